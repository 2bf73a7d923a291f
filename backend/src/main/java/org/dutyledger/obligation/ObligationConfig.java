package org.dutyledger.obligation;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "dutyledger.obligations")
public interface ObligationConfig {

    /** How often instances are generated and statuses follow the date (`off` stops it; it also runs at start). */
    @WithDefault("10m")
    String generateEvery();

    /** How often reminders and escalations are sent (`off` stops it). */
    @WithDefault("10m")
    String remindEvery();

    Attachments attachments();

    interface Attachments {
        /** Largest evidence file accepted, e.g. 20M. */
        @WithDefault("20M")
        MemorySize maxSize();
    }
}
