package org.dutyledger.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.dutyledger.common.CachedCount;
import org.dutyledger.common.LedgerGauges;

/** What waits in the outbox for fan-out to the subscriptions: a growing age means the deliverer is stuck or off. */
@Startup
@ApplicationScoped
public class OutboxGauges implements LedgerGauges {

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry registry;

    private CachedCount backlog;
    private CachedCount oldestAge;

    @PostConstruct
    void register() {
        backlog = CachedCount.register(registry, "dutyledger.outbox.backlog", null, "Outbox events not yet fanned out");
        oldestAge = CachedCount.register(registry, "dutyledger.outbox.oldest.age", "seconds",
                "Age of the oldest outbox event not yet fanned out (0 when there is none)");
    }

    @Override
    @Transactional
    public void refresh() {
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT count(*), coalesce(floor(extract(epoch FROM now() - min(created_at))), 0)
                FROM outbox_event WHERE fanned_out_at IS NULL""").getSingleResult();
        backlog.set(((Number) row[0]).longValue());
        oldestAge.set(((Number) row[1]).longValue());
    }
}
