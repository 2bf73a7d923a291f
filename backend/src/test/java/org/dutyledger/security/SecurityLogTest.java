package org.dutyledger.security;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.dutyledger.support.Demo;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.support.Tokens.as;

/** Refused writes leave a trace of their own, readable by administrators and auditors only. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class SecurityLogTest {

    @Test
    void aRefusedWriteOutsideTheScopeIsLogged() throws Exception {
        long street = Demo.org("STREET-DH");
        String path = "/api/v1/organizations/" + street;
        as("outsider").body(Map.of("version", 0, "name", "越权修改")).patch(path).then().statusCode(404);
        Map<String, Object> event = awaitEvent(e -> path.equals(e.get("path")) && "outsider".equals(e.get("username")));
        assertThat(event).containsEntry("method", "PATCH").containsEntry("status", 404);
    }

    @Test
    void anAnonymousWriteIsLogged() throws Exception {
        String path = "/api/v1/organizations/" + Demo.org("STREET-XS") + "/dissolve";
        Tokens.anonymous().body(Map.of("version", 0)).post(path).then().statusCode(401)
                .header("WWW-Authenticate", "Bearer");
        Map<String, Object> event = awaitEvent(e -> path.equals(e.get("path")) && e.get("username") == null);
        assertThat(event).containsEntry("method", "POST").containsEntry("status", 401);
    }

    @Test
    void readsThatFindNothingAreNotLogged() {
        as("outsider").get("/api/v1/organizations/" + Demo.org("STREET-DH")).then().statusCode(404);
        List<Map<String, Object>> items = as("admin").queryParam("size", 500).get("/api/v1/security-events")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(items).noneMatch(e -> "GET".equals(e.get("method")));
    }

    @Test
    void onlyAdministratorsAndAuditorsReadTheSecurityLog() {
        as("admin").get("/api/v1/security-events").then().statusCode(200);
        as("auditor").get("/api/v1/security-events").then().statusCode(200);
        as("secretary").get("/api/v1/security-events").then().statusCode(403).contentType("application/problem+json");
        Tokens.anonymous().get("/api/v1/security-events").then().statusCode(401);
    }

    private Map<String, Object> awaitEvent(java.util.function.Predicate<Map<String, Object>> match) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            JsonPath page = as("auditor").queryParam("size", 100).get("/api/v1/security-events").then().statusCode(200)
                    .extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            var found = items.stream().filter(match).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no matching security event was logged");
    }
}
