package org.dutyledger.dossier;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** dutyledger.packages.*: how long a built package is kept, the worker's lease and how often it looks for work. */
@ConfigMapping(prefix = "dutyledger.packages")
public interface PackageConfig {

    /** Days a built package can be downloaded before the cleanup deletes it. */
    @WithDefault("7")
    int keepDays();

    /** A worker whose heartbeat is older than this has died; another claims its job and starts again. */
    @WithDefault("PT2M")
    Duration lease();

    /** How often the worker looks for packages to build (read by its @Scheduled). */
    @WithDefault("5s")
    String pollEvery();

    /** How often the cleanup looks for expired packages (read by its @Scheduled; off in tests). */
    @WithDefault("1h")
    String cleanupEvery();
}
