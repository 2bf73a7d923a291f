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

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class WebhookDeliveryTest {

    static final String SUBS = "/api/v1/webhook-subscriptions";

    @Inject
    WebhookDeliverer deliverer;

    @Inject
    Fixtures fixtures;

    @Inject
    OrganizationService organizations;

    @Inject
    EntityManager em;

    HttpServer server;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger failuresLeft = new AtomicInteger();

    record Received(Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    /** A real receiver on the loopback address that answers 500 while failuresLeft is positive, then 204. */
    String startReceiver(int failFirst) throws IOException {
        failuresLeft.set(failFirst);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body));
            int status = failuresLeft.getAndDecrement() > 0 ? 500 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    @AfterEach
    void stopReceiver() {
        if (server != null) {
            server.stop(0);
        }
    }

    /**
     * Standard Webhooks verification written from the specification, independent of the service's code:
     * the key is the base64 part of whsec_…, the signed content is "id.timestamp.body", the header lists
     * space-separated "v1,<base64 HMAC-SHA256>" and one match is enough; the timestamp must be recent.
     */
    static boolean verify(String secret, Received r) throws Exception {
        String id = r.header("webhook-id");
        String timestamp = r.header("webhook-timestamp");
        String signatures = r.header("webhook-signature");
        if (id == null || timestamp == null || signatures == null) {
            return false;
        }
        if (Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > 300) {
            return false;
        }
        byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        byte[] expected = mac.doFinal((id + "." + timestamp + "." + r.body()).getBytes(StandardCharsets.UTF_8));
        for (String versioned : signatures.split(" ")) {
            String[] parts = versioned.split(",", 2);
            if (parts.length == 2 && parts[0].equals("v1")
                    && MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1]))) {
                return true;
            }
        }
        return false;
    }

    long newRoot() {
        return fixtures.newOrganization("STREET-DH");
    }

    void renameAsSystem(long orgId, String name) {
        fixtures.asSystem(() -> organizations.update(orgId, new OrganizationRequests.Update(
                fixtures.asSystem(() -> organizations.get(orgId).version), name, null, null, null)));
    }

    JsonPath subscribe(String url, long orgId, String... types) {
        return as("admin").body(Map.of("url", url, "eventTypes", List.of(types), "organizationId", orgId))
                .post(SUBS).then().statusCode(201).body("secret", startsWith("whsec_")).extract().jsonPath();
    }

    void drainOutbox() {
        while (deliverer.fanOut() > 0) {
            // every pending outbox event becomes deliveries
        }
    }

    @Test
    void aReceiverThatFailsTwiceGetsTheSignedEventOnTheThirdAttempt() throws Exception {
        String url = startReceiver(2);
        long org = newRoot();
        JsonPath sub = subscribe(url, org, "organization.*");
        String secret = sub.getString("secret");
        as("admin").get(SUBS + "/" + sub.getLong("id")).then().statusCode(200).body("secret", nullValue());
        renameAsSystem(org, "改名后的部门");
        drainOutbox();
        for (int i = 0; i < 3; i++) {
            deliverer.deliverDue();
        }
        assertEquals(3, received.size());
        for (Received r : received) {
            assertTrue(verify(secret, r), "signature verifies with the subscription secret");
            assertEquals(received.get(0).header("webhook-id"), r.header("webhook-id"), "retries keep the message id");
        }
        assertTrue(!verify("whsec_" + Base64.getEncoder().encodeToString(new byte[32]), received.get(0)));
        JsonPath body = new JsonPath(received.get(2).body());
        assertEquals("organization.updated", body.getString("type"));
        assertEquals(String.valueOf(org), body.getString("data.entityId"));
        assertEquals("改名后的部门", body.getString("data.changes.name.after"));
        as("admin").get(SUBS + "/" + sub.getLong("id") + "/deliveries").then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].status", equalTo("DELIVERED"))
                .body("[0].attempts", equalTo(3))
                .body("[0].lastResponseCode", equalTo(204))
                .body("[0].messageId", equalTo(received.get(0).header("webhook-id")));
    }

    @Test
    void aReceiverThatDoesNotAnswerInTimeIsRetried() throws Exception {
        String url = startReceiver(0);
        AtomicInteger calls = new AtomicInteger();
        server.removeContext("/hook");
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body));
            if (calls.getAndIncrement() == 0) {
                try {
                    Thread.sleep(5_000);  // longer than the test profile's 3 s timeout
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        long org = newRoot();
        long subId = subscribe(url, org, "organization.updated").getLong("id");
        renameAsSystem(org, "超时之后重试");
        drainOutbox();
        deliverer.deliverDue();
        as("admin").get(SUBS + "/" + subId + "/deliveries").then()
                .body("[0].status", equalTo("PENDING")).body("[0].attempts", equalTo(1))
                .body("[0].lastError", containsString("Timeout"));
        deliverer.deliverDue();
        as("admin").get(SUBS + "/" + subId + "/deliveries").then()
                .body("[0].status", equalTo("DELIVERED")).body("[0].attempts", equalTo(2));
        assertEquals(received.get(0).header("webhook-id"), received.get(1).header("webhook-id"));
    }

    @Test
    void retriesWaitExponentiallyLonger() {
        java.time.Duration backoff = java.time.Duration.ofSeconds(30);
        assertEquals(List.of(30L, 60L, 120L, 240L, 480L), java.util.stream.IntStream.range(0, 5)
                .mapToObj(n -> WebhookDeliverer.retryDelay(backoff, n).toSeconds()).toList());
    }

    @Test
    void aDeliveryLeftPendingByAStoppedDelivererIsSentByTheNextOne() throws Exception {
        String url = startReceiver(0);
        long org = newRoot();
        long subId = subscribe(url, org, "organization.updated").getLong("id");
        renameAsSystem(org, "停机前的改名");
        // The service stopped after the change committed: the event waits in the outbox, not yet fanned out.
        drainOutbox();
        // A deliverer claimed the delivery and died before sending: its lease is all that is left.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "UPDATE webhook_delivery SET next_attempt_at = now() + interval '2 minutes' WHERE subscription_id = ?1")
                .setParameter(1, subId).executeUpdate());
        deliverer.deliverDue();
        assertEquals(0, received.size(), "a leased delivery is not sent twice at once");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "UPDATE webhook_delivery SET next_attempt_at = now() - interval '1 second' WHERE subscription_id = ?1")
                .setParameter(1, subId).executeUpdate());
        deliverer.deliverDue();
        assertEquals(1, received.size());
        as("admin").get(SUBS + "/" + subId + "/deliveries").then().body("[0].status", equalTo("DELIVERED"));
    }

    @Test
    void redeliverySendsTheSameMessageAgainAndStopsAfterTheConfiguredAttempts() throws Exception {
        String url = startReceiver(100);
        long org = newRoot();
        long subId = subscribe(url, org, "organization.*").getLong("id");
        renameAsSystem(org, "一直失败");
        drainOutbox();
        for (int i = 0; i < 7; i++) {
            deliverer.deliverDue();
        }
        assertEquals(5, received.size(), "max-attempts is 5 in the test profile");
        JsonPath log = as("admin").get(SUBS + "/" + subId + "/deliveries").then().statusCode(200)
                .body("[0].status", equalTo("FAILED")).body("[0].attempts", equalTo(5))
                .body("[0].lastResponseCode", equalTo(500)).extract().jsonPath();
        long deliveryId = log.getLong("[0].id");
        failuresLeft.set(0);
        as("admin").post(SUBS + "/deliveries/" + deliveryId + "/redeliver").then().statusCode(200)
                .body("status", equalTo("PENDING"));
        deliverer.deliverDue();
        assertEquals(6, received.size());
        assertEquals(received.get(0).header("webhook-id"), received.get(5).header("webhook-id"));
        as("admin").get(SUBS + "/" + subId + "/deliveries").then()
                .body("[0].status", equalTo("DELIVERED")).body("[0].attempts", equalTo(6));
        as("outsider").post(SUBS + "/deliveries/" + deliveryId + "/redeliver").then().statusCode(404);
    }

    @Test
    void afterARotationBothSecretsSignUntilTheGracePeriodEnds() throws Exception {
        String url = startReceiver(0);
        long org = newRoot();
        JsonPath sub = subscribe(url, org, "organization.*");
        String oldSecret = sub.getString("secret");
        String newSecret = as("admin").body(Map.of("version", sub.getLong("version")))
                .post(SUBS + "/" + sub.getLong("id") + "/rotate-secret").then().statusCode(200)
                .extract().path("secret");
        assertTrue(!newSecret.equals(oldSecret));
        renameAsSystem(org, "轮换密钥后");
        drainOutbox();
        deliverer.deliverDue();
        assertEquals(1, received.size());
        assertEquals(2, received.get(0).header("webhook-signature").split(" ").length);
        assertTrue(verify(oldSecret, received.get(0)));
        assertTrue(verify(newSecret, received.get(0)));
    }

    @Test
    void eventsOutsideTheSubscribedSubtreeOrTypesAreNotDelivered() throws Exception {
        String url = startReceiver(0);
        long org = newRoot();
        long other = newRoot();
        subscribe(url, org, "person.*");
        renameAsSystem(org, "类型不符");
        renameAsSystem(other, "子树之外");
        drainOutbox();
        deliverer.deliverDue();
        assertEquals(0, received.size());
    }

    @Test
    void subscriptionUrlsMustBeHttpsToAPublicHost() {
        long org = newRoot();
        for (String bad : List.of("http://hooks.example.org/x", "https://10.1.2.3/x", "https://192.168.0.10/x",
                "https://172.16.5.4/x", "https://[::1]/x", "https://169.254.169.254/latest", "https://intranet/x",
                "https://db.internal/x", "ftp://example.org/x", "not a url")) {
            as("admin").body(Map.of("url", bad, "eventTypes", List.of("*"), "organizationId", org)).post(SUBS)
                    .then().statusCode(422).body("errors[0].field", equalTo("url"));
        }
        as("admin").body(Map.of("url", "https://hooks.example.org/duty-ledger", "eventTypes", List.of("organization.*"),
                "organizationId", org)).post(SUBS).then().statusCode(201);
        as("admin").body(Map.of("url", "https://hooks.example.org/x", "eventTypes", List.of("Organization!"),
                "organizationId", org)).post(SUBS).then().statusCode(422).body("errors[0].field", equalTo("eventTypes[0]"));
    }

    @Test
    void staffSubscribeForTheirOwnSubtreeOnlyAndOnlyAdminsForEverything() {
        long dh = fixtures.orgId("STREET-DH");
        Map<String, Object> body = Map.of("url", "https://hooks.example.org/dh", "eventTypes", List.of("duty.*"), "organizationId", dh);
        long id = as("secretary").body(body).post(SUBS).then().statusCode(201).extract().jsonPath().getLong("id");
        as("secretary").get(SUBS).then().statusCode(200).body("id", org.hamcrest.Matchers.hasItem((int) id));
        as("outsider").get(SUBS + "/" + id).then().statusCode(404);
        as("outsider").body(body).post(SUBS).then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(403), equalTo(404), equalTo(422)));
        as("secretary").body(Map.of("url", "https://hooks.example.org/all", "eventTypes", List.of("*"))).post(SUBS)
                .then().statusCode(403);
        as("secretary").delete(SUBS + "/" + id).then().statusCode(204);
        as("secretary").get(SUBS + "/" + id).then().statusCode(404);
    }
}
