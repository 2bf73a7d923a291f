package org.dutyledger.integration.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.SqlValues;
import org.dutyledger.outbox.OutboxQueue;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns outbox events into deliveries and sends them. Both steps claim rows with FOR UPDATE SKIP LOCKED, so
 * several instances share the work. A claimed delivery is leased (next_attempt_at moves past the lease) in
 * a committed transaction before the HTTP call: if the service stops mid-call, the lease runs out and the
 * delivery is due again, so no event is lost (receivers deduplicate by webhook-id).
 */
@ApplicationScoped
public class WebhookDeliverer {

    private static final Logger LOG = Logger.getLogger(WebhookDeliverer.class);
    static final int BATCH = 50;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    WebhookConfig config;

    @Inject
    WebhookSubscriptions subscriptions;

    @Inject
    WebhookUrlPolicy urlPolicy;

    @Inject
    OutboxQueue outbox;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Scheduled(every = "${dutyledger.webhooks.deliver-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        while (fanOut() == BATCH) {
            // drain the outbox first
        }
        deliverDue();
    }

    /** Creates a delivery for each active subscription matching each pending outbox event; returns the events taken. */
    public int fanOut() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<OutboxQueue.Pending> events = outbox.claimPending(BATCH);
            if (events.isEmpty()) {
                return 0;
            }
            @SuppressWarnings("unchecked")
            List<Object[]> subs = em.createNativeQuery("""
                            SELECT s.id, s.event_types, o.path, s.created_at FROM webhook_subscription s
                            LEFT JOIN organization o ON o.id = s.organization_id WHERE s.active""").getResultList();
            Instant now = Instant.now();
            List<Long> ids = new ArrayList<>();
            for (OutboxQueue.Pending e : events) {
                long eventId = e.id();
                String type = e.type();
                String eventPath = e.organizationPath();
                ids.add(eventId);
                for (Object[] s : subs) {
                    String subPath = (String) s[2];
                    boolean inSubtree = subPath == null || eventPath != null && eventPath.startsWith(subPath);
                    // A subscription hears of changes from its own creation on, not of the backlog before it.
                    boolean afterSubscribing = !e.createdAt().isBefore(SqlValues.instant(s[3]));
                    if (inSubtree && afterSubscribing && matches((String) s[1], type)) {
                        em.createNativeQuery("""
                                        INSERT INTO webhook_delivery (subscription_id, event_id, event_type, body, status, next_attempt_at, created_at)
                                        VALUES (?1, ?2, ?3, ?4, 'PENDING', ?5, ?5) ON CONFLICT ON CONSTRAINT webhook_delivery_once DO NOTHING""")
                                .setParameter(1, ((Number) s[0]).longValue()).setParameter(2, eventId).setParameter(3, type)
                                .setParameter(4, body(type, e.createdAt(), e.payload()))
                                .setParameter(5, now.atOffset(ZoneOffset.UTC)).executeUpdate();
                    }
                }
            }
            outbox.markFannedOut(ids, now);
            return events.size();
        });
    }

    /** Sends every due delivery once; returns how many were attempted. */
    public int deliverDue() {
        List<Claimed> claimed = claim();
        for (Claimed c : claimed) {
            send(c);
        }
        return claimed.size();
    }

    record Claimed(long id, String messageId, String url, String body, List<String> secrets, int attempts, int budgetUsed) {
    }

    private List<Claimed> claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                            SELECT d.id, d.event_id, s.url, d.body, s.secret, s.previous_secret, s.previous_secret_until,
                                   d.attempts, d.attempts_before_redelivery
                            FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id
                            WHERE d.status = 'PENDING' AND d.next_attempt_at <= ?1 AND s.active
                            ORDER BY d.next_attempt_at, d.id LIMIT ?2 FOR UPDATE OF d SKIP LOCKED""")
                    .setParameter(1, now.atOffset(ZoneOffset.UTC)).setParameter(2, BATCH).getResultList();
            List<Claimed> out = new ArrayList<>();
            for (Object[] r : rows) {
                long id = ((Number) r[0]).longValue();
                em.createNativeQuery("UPDATE webhook_delivery SET next_attempt_at = ?2 WHERE id = ?1")
                        .setParameter(1, id).setParameter(2, now.plus(config.claimLease()).atOffset(ZoneOffset.UTC)).executeUpdate();
                List<String> secrets = new ArrayList<>(List.of((String) r[4]));
                Instant previousUntil = SqlValues.instant(r[6]);
                if (r[5] != null && previousUntil != null && previousUntil.isAfter(now)) {
                    secrets.add((String) r[5]);
                }
                int attempts = ((Number) r[7]).intValue();
                out.add(new Claimed(id, messageId(((Number) r[1]).longValue()), (String) r[2], (String) r[3], secrets,
                        attempts, attempts - ((Number) r[8]).intValue()));
            }
            return out;
        });
    }

    private void send(Claimed c) {
        // The host may resolve elsewhere than when the URL was checked: check again, and do not call it if not public.
        String refusal = urlPolicy.refusalAtDelivery(c.url());
        if (refusal != null) {
            record(c, null, refusal);
            return;
        }
        Integer code = null;
        String error = null;
        long timestamp = Instant.now().getEpochSecond();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(c.url())).timeout(config.timeout())
                    .header("content-type", "application/json")
                    .header("user-agent", "DutyLedger-Webhooks/1")
                    .header("webhook-id", c.messageId())
                    .header("webhook-timestamp", String.valueOf(timestamp))
                    .header("webhook-signature", WebhookSignature.header(c.secrets(), c.messageId(), timestamp, c.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(c.body())).build();
            code = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (code < 200 || code > 299) {
                error = "HTTP " + code;
            }
        } catch (java.io.IOException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (RuntimeException e) {
            error = e.getClass().getSimpleName();
        }
        record(c, code, error);
    }

    private void record(Claimed c, Integer code, String error) {
        Instant now = Instant.now();
        int attempts = c.attempts() + 1;
        String status;
        Instant next = null;
        if (error == null) {
            status = "DELIVERED";
        } else if (c.budgetUsed() + 1 >= config.maxAttempts()) {
            status = "FAILED";
        } else {
            status = "PENDING";
            next = now.plus(retryDelay(config.backoff(), c.budgetUsed()));
        }
        String finalStatus = status;
        Instant finalNext = next;
        String finalError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
        if (error != null) {
            LOG.infof("webhook delivery %d attempt %d failed: %s", c.id(), attempts, finalError);
        }
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        UPDATE webhook_delivery SET status = ?2, attempts = ?3, last_status_code = ?4, last_error = ?5,
                            next_attempt_at = ?6, last_attempt_at = ?7, delivered_at = ?8 WHERE id = ?1""")
                .setParameter(1, c.id()).setParameter(2, finalStatus).setParameter(3, attempts).setParameter(4, code)
                .setParameter(5, finalError).setParameter(6, finalNext == null ? null : finalNext.atOffset(ZoneOffset.UTC))
                .setParameter(7, now.atOffset(ZoneOffset.UTC))
                .setParameter(8, "DELIVERED".equals(finalStatus) ? now.atOffset(ZoneOffset.UTC) : null).executeUpdate());
    }

    /** The delivery log of one subscription, newest first. */
    public List<WebhookViews.Delivery> deliveries(long subscriptionId, int limit) {
        subscriptions.get(subscriptionId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + DELIVERY_COLUMNS + " FROM webhook_delivery WHERE subscription_id = ?1"
                        + " ORDER BY id DESC").setParameter(1, subscriptionId).setMaxResults(limit).getResultList();
        return rows.stream().map(WebhookDeliverer::view).toList();
    }

    /** Sends a delivery again, with a fresh retry budget; the same webhook-id lets the receiver deduplicate. */
    public WebhookViews.Delivery redeliver(long deliveryId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> sub = em.createNativeQuery("SELECT subscription_id FROM webhook_delivery WHERE id = ?1")
                    .setParameter(1, deliveryId).getResultList();
            if (sub.isEmpty()) {
                throw ProblemException.notFound("Webhook delivery", deliveryId);
            }
            try {
                subscriptions.get(((Number) sub.get(0)).longValue());
            } catch (ProblemException e) {
                throw ProblemException.notFound("Webhook delivery", deliveryId);
            }
            int updated = em.createNativeQuery("""
                            UPDATE webhook_delivery SET status = 'PENDING', next_attempt_at = ?2, delivered_at = NULL,
                                attempts_before_redelivery = attempts WHERE id = ?1""")
                    .setParameter(1, deliveryId).setParameter(2, Instant.now().atOffset(ZoneOffset.UTC)).executeUpdate();
            if (updated == 0) {
                throw ProblemException.notFound("Webhook delivery", deliveryId);  // pruned meanwhile
            }
            return delivery(deliveryId);
        });
    }

    public WebhookViews.Delivery delivery(long id) {
        Object[] r = (Object[]) em.createNativeQuery("SELECT " + DELIVERY_COLUMNS + " FROM webhook_delivery WHERE id = ?1")
                .setParameter(1, id).getSingleResult();
        return view(r);
    }

    private static final String DELIVERY_COLUMNS = "id, subscription_id, event_id, event_type, status, attempts, last_status_code,"
            + " last_error, next_attempt_at, last_attempt_at, delivered_at, created_at";

    private static WebhookViews.Delivery view(Object[] r) {
        return new WebhookViews.Delivery(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                messageId(((Number) r[2]).longValue()), (String) r[3], (String) r[4], ((Number) r[5]).intValue(),
                r[6] == null ? null : ((Number) r[6]).intValue(), (String) r[7],
                "PENDING".equals(r[4]) ? SqlValues.instant(r[8]) : null, SqlValues.instant(r[9]),
                SqlValues.instant(r[10]), SqlValues.instant(r[11]));
    }

    /** Exponential backoff: after the first failed attempt of a budget wait backoff, then 2×, 4×, … (capped at 2^20×). */
    static Duration retryDelay(Duration backoff, int failedBefore) {
        return backoff.multipliedBy(1L << Math.min(failedBefore, 20));
    }

    static String messageId(long eventId) {
        return "msg_" + eventId;
    }

    static boolean matches(String patterns, String type) {
        for (String p : patterns.split(" ")) {
            if (p.equals("*") || p.equals(type) || p.endsWith(".*") && type.startsWith(p.substring(0, p.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The Standard Webhooks envelope: type, timestamp and the event as data. */
    private String body(String type, Instant at, String payloadJson) {
        try {
            Map<String, Object> envelope = new LinkedHashMap<>();
            envelope.put("type", type);
            envelope.put("timestamp", at.toString());
            envelope.put("data", json.readTree(payloadJson));
            return json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("outbox payloads are JSON", e);
        }
    }
}
