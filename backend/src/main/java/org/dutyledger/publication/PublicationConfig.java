package org.dutyledger.publication;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "dutyledger.publication")
public interface PublicationConfig {

    Attachments attachments();

    /** How long an item may wait at one step before its reviewers are reminded. */
    @WithDefault("PT24H")
    Duration reminderAfter();

    /** How often the scheduler publishes due items (read by its @Scheduled expression). */
    @WithDefault("30s")
    String publishEvery();

    /** How often the scheduler looks for reviews waiting too long. */
    @WithDefault("5m")
    String remindEvery();

    interface Attachments {
        /** Largest file accepted, e.g. 20M. */
        @WithDefault("20M")
        io.quarkus.runtime.configuration.MemorySize maxSize();
    }
}
