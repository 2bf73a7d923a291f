package org.dutyledger.integration.webhook;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.organization.OrganizationService;
import org.dutyledger.organization.OrganizationRequests;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Finished deliveries and spent outbox events go after the retention; nothing pending ever does. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class WebhookCleanupTest {

    static final String SUBS = "/api/v1/webhook-subscriptions";

    @Inject
    WebhookDeliverer deliverer;

    @Inject
    WebhookCleanup cleanup;

    @Inject
    WebhookConfig config;

    @Inject
    Fixtures fixtures;

    @Inject
    OrganizationService organizations;

    @Inject
    EntityManager em;

    HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    String receiver() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    void rename(long org, String name) {
        fixtures.asSystem(() -> organizations.update(org, new OrganizationRequests.Update(
                fixtures.asSystem(() -> organizations.get(org).version), name, null, null, null)));
    }

    void sql(String statement, Object... params) {
        QuarkusTransaction.requiringNew().run(() -> {
            var q = em.createNativeQuery(statement);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            q.executeUpdate();
        });
    }

    boolean exists(String table, long id) {
        return QuarkusTransaction.requiringNew().call(() -> !em.createNativeQuery("SELECT 1 FROM " + table + " WHERE id = ?1")
                .setParameter(1, id).getResultList().isEmpty());
    }

    long newestEvent(long org) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT max(id) FROM outbox_event WHERE organization_id = ?1").setParameter(1, org).getSingleResult()).longValue());
    }

    void drain() {
        while (deliverer.fanOut() > 0) {
            // every pending outbox event becomes deliveries
        }
    }

    /** Fans out and sends until the subscription's deliveries are all DELIVERED (others' retries share the batches). */
    JsonPath deliverAll(long subId, int expected) {
        drain();
        for (int round = 0; round < 20; round++) {
            deliverer.deliverDue();
            JsonPath log = as("admin").get(SUBS + "/" + subId + "/deliveries").then().statusCode(200).extract().jsonPath();
            if (log.getList("status").size() == expected && log.getList("status").stream().allMatch("DELIVERED"::equals)) {
                return log;
            }
        }
        throw new AssertionError("the deliveries of subscription " + subId + " were not all delivered");
    }

    Instant cutoff() {
        return Instant.now().minus(config.retention());
    }

    @Test
    void oldFinishedDeliveriesAndSpentEventsArePrunedButNothingPending() throws Exception {
        long org = fixtures.newOrganization("STREET-DH");
        long quiet = fixtures.newOrganization("STREET-DH");
        long subId = as("admin").body(Map.of("url", receiver(), "eventTypes", List.of("organization.updated"), "organizationId", org))
                .post(SUBS).then().statusCode(201).extract().jsonPath().getLong("id");
        for (int i = 1; i <= 4; i++) {
            rename(org, "清理测试 " + i);
        }
        rename(quiet, "无人订阅的事件");
        long unsubscribedEvent = newestEvent(quiet);
        JsonPath log = deliverAll(subId, 4);
        // The log is newest first; oldest first reads easier below.
        List<Long> deliveries = new ArrayList<>(log.getList("id", Long.class));
        List<Long> events = new ArrayList<>(log.getList("messageId", String.class).stream()
                .map(m -> Long.parseLong(m.substring("msg_".length()))).toList());
        Collections.reverse(deliveries);
        Collections.reverse(events);
        // d0 delivered long ago, d1 given up long ago, d2 still pending after a long time, d3 delivered recently.
        sql("UPDATE webhook_delivery SET last_attempt_at = now() - interval '40 days' WHERE id = ?1", deliveries.get(0));
        sql("UPDATE webhook_delivery SET status = 'FAILED', last_attempt_at = now() - interval '40 days' WHERE id = ?1",
                deliveries.get(1));
        sql("UPDATE webhook_delivery SET status = 'PENDING', last_attempt_at = now() - interval '40 days',"
                + " next_attempt_at = now() + interval '1 day' WHERE id = ?1", deliveries.get(2));
        sql("UPDATE outbox_event SET fanned_out_at = now() - interval '40 days' WHERE id = ANY(CAST(?1 AS bigint[]))",
                "{" + events.get(0) + "," + events.get(1) + "," + events.get(2) + "," + events.get(3) + "," + unsubscribedEvent + "}");
        // An event not yet fanned out, however old, waits for its subscribers.
        rename(quiet, "尚未分发");
        long waitingEvent = newestEvent(quiet);
        sql("UPDATE outbox_event SET created_at = now() - interval '40 days' WHERE id = ?1", waitingEvent);

        WebhookCleanup.Pruned pruned = cleanup.prune(cutoff());

        assertTrue(pruned.deliveries() >= 2 && pruned.events() >= 3, "pruned " + pruned + " in batches of 2");
        assertFalse(exists("webhook_delivery", deliveries.get(0)));
        assertFalse(exists("webhook_delivery", deliveries.get(1)));
        assertTrue(exists("webhook_delivery", deliveries.get(2)), "a pending delivery is never pruned");
        assertTrue(exists("webhook_delivery", deliveries.get(3)), "a recent delivery stays in the log");
        assertFalse(exists("outbox_event", events.get(0)));
        assertFalse(exists("outbox_event", events.get(1)));
        assertTrue(exists("outbox_event", events.get(2)), "the event of a pending delivery stays");
        assertTrue(exists("outbox_event", events.get(3)), "the event of a logged delivery stays");
        assertFalse(exists("outbox_event", unsubscribedEvent), "an old event nobody subscribed to goes");
        assertTrue(exists("outbox_event", waitingEvent), "an event not yet fanned out stays");
        as("admin").get(SUBS + "/" + subId + "/deliveries").then().statusCode(200)
                .body("id", contains(deliveries.get(3).intValue(), deliveries.get(2).intValue()));
        as("admin").post(SUBS + "/deliveries/" + deliveries.get(0) + "/redeliver").then().statusCode(404);
    }

    @Test
    void aRowAnotherInstanceHoldsIsSkippedNotWaitedFor() throws Exception {
        long org = fixtures.newOrganization("STREET-DH");
        long subId = as("admin").body(Map.of("url", receiver(), "eventTypes", List.of("organization.updated"), "organizationId", org))
                .post(SUBS).then().statusCode(201).extract().jsonPath().getLong("id");
        rename(org, "被锁住的投递");
        long delivery = deliverAll(subId, 1).getLong("[0].id");
        sql("UPDATE webhook_delivery SET last_attempt_at = now() - interval '40 days' WHERE id = ?1", delivery);
        try (Connection other = EmbeddedPostgresResource.superuser()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("SELECT id FROM webhook_delivery WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, delivery);
                lock.executeQuery().close();
            }
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> cleanup.prune(cutoff()), "the cleanup does not wait");
            assertTrue(exists("webhook_delivery", delivery), "the locked delivery is left for later");
            other.rollback();
        }
        cleanup.prune(cutoff());
        assertFalse(exists("webhook_delivery", delivery));
    }
}
