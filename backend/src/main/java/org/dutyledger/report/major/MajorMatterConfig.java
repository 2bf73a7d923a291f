package org.dutyledger.report.major;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "dutyledger.major-matters")
public interface MajorMatterConfig {

    /** How often unacknowledged matters past their deadline are looked for (`off` stops it). */
    @WithDefault("1m")
    String ackCheckEvery();

    Attachments attachments();

    interface Attachments {
        /** Largest follow-up attachment accepted, e.g. 20M. */
        @WithDefault("20M")
        MemorySize maxSize();
    }
}
