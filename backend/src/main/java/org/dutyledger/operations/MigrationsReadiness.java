package org.dutyledger.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;

import java.time.Duration;
import java.time.Instant;

/**
 * Ready only when the database schema is the one this build expects: every migration it ships is applied and none
 * failed (a newer instance may have added more; that is fine). Flyway's answer is kept for a while, since a
 * balancer probes every few seconds and reading the history scans the migrations on the class path.
 */
@Readiness
@ApplicationScoped
public class MigrationsReadiness implements HealthCheck {

    private static final Duration KEEP = Duration.ofSeconds(30);

    @Inject
    Flyway flyway;

    private volatile HealthCheckResponse last;
    private volatile Instant lastAt = Instant.MIN;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponse kept = last;
        if (kept != null && kept.getStatus() == HealthCheckResponse.Status.UP && lastAt.plus(KEEP).isAfter(Instant.now())) {
            return kept;
        }
        HealthCheckResponse fresh = check();
        last = fresh;
        lastAt = Instant.now();
        return fresh;
    }

    private HealthCheckResponse check() {
        try {
            MigrationInfoService info = flyway.info();
            int pending = info.pending().length;
            long failed = java.util.Arrays.stream(info.all()).filter(m -> m.getState().isFailed()).count();
            MigrationInfo current = info.current();
            return HealthCheckResponse.named("Database migrations")
                    .status(pending == 0 && failed == 0)
                    .withData("version", current == null ? "none" : current.getVersion().getVersion())
                    .withData("pending", pending).withData("failed", failed).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("Database migrations").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
