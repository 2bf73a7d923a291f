package org.dutyledger.integration.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.outbox.OutboxQueue;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Prunes what the webhooks leave behind: finished deliveries (DELIVERED or FAILED) whose last attempt is older
 * than the retention, then outbox events fanned out before it that no delivery refers to any more. A PENDING
 * delivery is never deleted, nor is its event. Each batch is one short transaction whose rows are claimed with
 * FOR UPDATE SKIP LOCKED, so several instances can prune at once and none waits for a row another is using
 * (a redelivery in progress, say). Housekeeping, not a change of the ledger: it writes no audit event.
 */
@ApplicationScoped
public class WebhookCleanup {

    private static final Logger LOG = Logger.getLogger(WebhookCleanup.class);

    @Inject
    EntityManager em;

    @Inject
    WebhookConfig config;

    @Inject
    OutboxQueue outbox;

    public record Pruned(int deliveries, int events) {
    }

    @Scheduled(every = "${dutyledger.webhooks.cleanup-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        Pruned p = prune(Instant.now().minus(config.retention()));
        if (p.deliveries() > 0 || p.events() > 0) {
            LOG.infof("webhook cleanup: deleted %d deliveries and %d outbox events older than %s",
                    p.deliveries(), p.events(), config.retention());
        }
    }

    /** Deletes, batch by batch, what finished before the cutoff; returns how many rows went. */
    public Pruned prune(Instant cutoff) {
        int deliveries = 0;
        int n;
        do {
            n = batch("""
                    DELETE FROM webhook_delivery WHERE id IN (
                        SELECT id FROM webhook_delivery
                        WHERE status <> 'PENDING' AND last_attempt_at < ?1
                        LIMIT ?2 FOR UPDATE SKIP LOCKED)""", cutoff);
            deliveries += n;
        } while (n == config.cleanupBatch());
        int events = 0;
        do {
            n = QuarkusTransaction.requiringNew().call(() -> outbox.pruneFannedOut(cutoff, config.cleanupBatch(),
                    "EXISTS (SELECT 1 FROM webhook_delivery d WHERE d.event_id = e.id)"));
            events += n;
        } while (n == config.cleanupBatch());
        return new Pruned(deliveries, events);
    }

    private int batch(String sql, Instant cutoff) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(sql)
                .setParameter(1, cutoff.atOffset(ZoneOffset.UTC)).setParameter(2, config.cleanupBatch()).executeUpdate());
    }
}
