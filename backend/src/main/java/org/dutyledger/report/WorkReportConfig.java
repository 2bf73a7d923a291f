package org.dutyledger.report;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "dutyledger.work-reports")
public interface WorkReportConfig {

    Attachments attachments();

    interface Attachments {
        /** Largest attachment accepted, e.g. 20M. */
        @WithDefault("20M")
        MemorySize maxSize();
    }
}
