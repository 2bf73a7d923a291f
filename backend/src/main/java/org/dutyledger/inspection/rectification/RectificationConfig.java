package org.dutyledger.inspection.rectification;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "dutyledger.rectifications")
public interface RectificationConfig {

    /** How often overdue rectifications are escalated and long-term ones come due again (`off` stops it). */
    @WithDefault("10m")
    String escalateEvery();

    Attachments attachments();

    interface Attachments {
        /** Largest evidence file of a progress update, e.g. 20M. */
        @WithDefault("20M")
        MemorySize maxSize();
    }
}
