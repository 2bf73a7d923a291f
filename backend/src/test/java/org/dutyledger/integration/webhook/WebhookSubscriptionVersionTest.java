package org.dutyledger.integration.webhook;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.dutyledger.support.Demo;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** Subscriptions carry an optimistic version: every change names the version it was based on. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class WebhookSubscriptionVersionTest {

    static final String SUBS = "/api/v1/webhook-subscriptions";
    static final String CONFLICT = "https://dutyledger.org/problems/version-conflict";

    JsonPath subscribe() {
        long org = Demo.createOrg("订阅版本", "COMMUNITY", Demo.org("STREET-DH")).getLong("id");
        return as("admin").body(Map.of("url", "https://hooks.example.org/versions", "eventTypes", List.of("organization.*"),
                "organizationId", org)).post(SUBS).then().statusCode(201).body("version", equalTo(0)).extract().jsonPath();
    }

    @Test
    void aPatchNeedsTheCurrentVersionAndMovesItOn() {
        long id = subscribe().getLong("id");
        as("admin").body(Map.of("description", "无版本")).patch(SUBS + "/" + id).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("version"));
        long head = Demo.auditHead();
        as("admin").body(Map.of("version", 0, "description", "第一次")).patch(SUBS + "/" + id).then().statusCode(200)
                .body("version", equalTo(1)).body("description", equalTo("第一次"));
        as("admin").body(Map.of("version", 0, "description", "基于旧版本")).patch(SUBS + "/" + id).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo(CONFLICT));
        as("admin").get(SUBS + "/" + id).then().statusCode(200).body("version", equalTo(1)).body("description", equalTo("第一次"));
        assertThat(Demo.auditHead()).as("the refused change left no trace").isEqualTo(head + 1);
        // A change that changes nothing keeps the version.
        as("admin").body(Map.of("version", 1, "description", "第一次")).patch(SUBS + "/" + id).then().statusCode(200)
                .body("version", equalTo(1));
    }

    @Test
    void aSecretRotationIsAnUpdateAndNeedsTheCurrentVersionToo() {
        JsonPath sub = subscribe();
        long id = sub.getLong("id");
        as("admin").post(SUBS + "/" + id + "/rotate-secret").then().statusCode(422).contentType("application/problem+json");
        as("admin").body(Map.of("version", 7)).post(SUBS + "/" + id + "/rotate-secret").then().statusCode(409)
                .body("type", equalTo(CONFLICT));
        as("admin").body(Map.of("version", 0)).post(SUBS + "/" + id + "/rotate-secret").then().statusCode(200)
                .body("version", equalTo(1)).body("secret", startsWith("whsec_"));
        // A second rotation based on the same version would end the first new secret's life unseen: refused.
        as("admin").body(Map.of("version", 0)).post(SUBS + "/" + id + "/rotate-secret").then().statusCode(409);
        as("admin").body(Map.of("version", 0, "active", false)).patch(SUBS + "/" + id).then().statusCode(409);
        as("admin").body(Map.of("version", 1, "active", false)).patch(SUBS + "/" + id).then().statusCode(200)
                .body("version", equalTo(2)).body("active", equalTo(false));
    }

    @Test
    void twoConcurrentPatchesOfOneVersionLetExactlyOneThrough() throws Exception {
        for (int round = 0; round < 5; round++) {
            long id = subscribe().getLong("id");
            long head = Demo.auditHead();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Callable<Integer>> writers = new ArrayList<>();
            for (String description : List.of("甲方的修改", "乙方的修改")) {
                writers.add(() -> {
                    var request = as("admin").body(Map.of("version", 0, "description", description));
                    start.await();
                    return request.patch(SUBS + "/" + id).statusCode();
                });
            }
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> w : writers) {
                futures.add(pool.submit(w));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : futures) {
                statuses.add(f.get());
            }
            pool.shutdown();
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            assertThat(Demo.auditHead()).isEqualTo(head + 1);
            as("admin").get(SUBS + "/" + id).then().body("version", equalTo(1));
        }
    }
}
