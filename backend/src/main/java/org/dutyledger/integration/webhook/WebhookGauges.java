package org.dutyledger.integration.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.dutyledger.common.CachedCount;
import org.dutyledger.common.LedgerGauges;

/** Webhook deliveries that gave up (FAILED, until an operator redelivers them or the retention removes them) and those still trying. */
@Startup
@ApplicationScoped
public class WebhookGauges implements LedgerGauges {

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry registry;

    private CachedCount failed;
    private CachedCount pending;
    private CachedCount oldestPendingAge;

    @PostConstruct
    void register() {
        failed = CachedCount.register(registry, "dutyledger.webhook.deliveries", null, "Webhook deliveries by status",
                "status", "FAILED");
        pending = CachedCount.register(registry, "dutyledger.webhook.deliveries", null, "Webhook deliveries by status",
                "status", "PENDING");
        oldestPendingAge = CachedCount.register(registry, "dutyledger.webhook.deliveries.oldest.pending.age", "seconds",
                "Age of the oldest webhook delivery still pending (0 when there is none)");
    }

    @Override
    @Transactional
    public void refresh() {
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT count(*) FILTER (WHERE status = 'FAILED'), count(*) FILTER (WHERE status = 'PENDING'),
                       coalesce(floor(extract(epoch FROM now() - min(created_at) FILTER (WHERE status = 'PENDING'))), 0)
                FROM webhook_delivery""").getSingleResult();
        failed.set(((Number) row[0]).longValue());
        pending.set(((Number) row[1]).longValue());
        oldestPendingAge.set(((Number) row[2]).longValue());
    }
}
