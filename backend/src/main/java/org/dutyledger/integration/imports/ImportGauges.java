package org.dutyledger.integration.imports;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.dutyledger.common.CachedCount;
import org.dutyledger.common.LedgerGauges;

import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
/** Import jobs waiting for a worker (queued, or whose worker stopped beating) and those a live worker holds. */
@Startup
@ApplicationScoped
public class ImportGauges implements LedgerGauges {

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "dutyledger.imports.lease")
    Duration lease;

    private CachedCount queued;
    private CachedCount running;

    @PostConstruct
    void register() {
        queued = CachedCount.register(registry, "dutyledger.import.jobs", null, "Import jobs by state", "state", "queued");
        running = CachedCount.register(registry, "dutyledger.import.jobs", null, "Import jobs by state", "state", "running");
    }

    @Override
    @Transactional
    public void refresh() {
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT count(*) FILTER (WHERE claimed_by IS NULL OR heartbeat_at < now() - make_interval(secs => ?1)),
                       count(*) FILTER (WHERE claimed_by IS NOT NULL AND heartbeat_at >= now() - make_interval(secs => ?1))
                FROM import_job WHERE status IN ('VALIDATING', 'COMMITTING')""")
                .setParameter(1, (double) lease.toSeconds()).getSingleResult();
        queued.set(((Number) row[0]).longValue());
        running.set(((Number) row[1]).longValue());
    }
}
