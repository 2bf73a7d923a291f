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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasToString;

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

    @Test
    void aScopeRefusalAnsweredWith422IsLoggedWithoutChangingTheAnswer() throws Exception {
        long otherStreet = Demo.org("XS-OFFICE");
        Map<String, Object> body = Map.of("name", "越权建档", "memberships",
                List.of(Map.of("organizationId", otherStreet, "role", "MEMBER", "primary", true)));
        as("secretary").body(body).post("/api/v1/people").then().statusCode(422)
                .body("errors[0].field", equalTo("memberships[0].organizationId"))
                .body("errors[0].code", equalTo("unknown-reference"))
                .body("errors[0].args.kind", equalTo("organization"))
                .body("errors[0].args.id", hasToString(String.valueOf(otherStreet)));
        Map<String, Object> event = awaitEvent(e -> "/api/v1/people".equals(e.get("path"))
                && "secretary".equals(e.get("username")) && Integer.valueOf(422).equals(e.get("status")));
        assertThat(event).containsEntry("method", "POST");
        // An organization that really does not exist is bad input, not a scope decision: the same answer.
        as("secretary").body(Map.of("name", "无此机构", "memberships",
                        List.of(Map.of("organizationId", 987654321L, "role", "MEMBER", "primary", true))))
                .post("/api/v1/people").then().statusCode(422)
                .body("errors[0].code", equalTo("unknown-reference"))
                .body("errors[0].args.id", hasToString("987654321"));
    }

    @Test
    void aLeadingGroupNamingAPersonOutsideTheScopeIsLoggedAsAScopeRefusal() throws Exception {
        String path = "/api/v1/organizations/" + Demo.org("STREET-DH") + "/leading-group";
        Object version = as("secretary").get(path).then().statusCode(200).extract().path("version");
        Long outsider = as("admin").queryParam("q", "陈志强").get("/api/v1/people").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("version", version);
        body.put("name", "网络意识形态工作领导小组");
        body.put("members", List.of(Map.of("personId", outsider, "position", "LEADER")));
        as("secretary").body(body).put(path).then().statusCode(422)
                .body("errors[0].field", equalTo("members[0].personId"))
                .body("errors[0].code", equalTo("unknown-reference"))
                .body("errors[0].args.kind", equalTo("person"))
                .body("errors[0].args.id", hasToString(String.valueOf(outsider)));
        Map<String, Object> event = awaitEvent(e -> path.equals(e.get("path"))
                && "secretary".equals(e.get("username")) && Integer.valueOf(422).equals(e.get("status")));
        assertThat(event).containsEntry("method", "PUT");
    }

    @Test
    void anonymousWritesToRoutesThatDoNotExistAreCountedNotStored() {
        String path = "/api/v1/no-such-route-" + System.nanoTime() + "/" + "x".repeat(2000);
        long before = counted();
        Tokens.anonymous().body(Map.of()).post(path).then().statusCode(404);
        assertThat(counted()).isEqualTo(before + 1);
        List<Map<String, Object>> items = as("admin").queryParam("size", 500).get("/api/v1/security-events")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(items).noneMatch(e -> String.valueOf(e.get("path")).startsWith(path.substring(0, 40)));
    }

    @Test
    void aCallerWithAValidTokenToARouteThatDoesNotExistIsLoggedByNameWithTheStoredPathCut() throws Exception {
        String prefix = "/api/v1/no-such-route-" + System.nanoTime() + "/";
        as("admin").body(Map.of()).post(prefix + "y".repeat(2000)).then().statusCode(404);
        Map<String, Object> event = awaitEvent(e -> String.valueOf(e.get("path")).startsWith(prefix));
        assertThat(event).containsEntry("username", "admin").containsEntry("subject", "sub-admin")
                .containsEntry("status", 404);
        assertThat((String) event.get("path")).hasSizeLessThanOrEqualTo(SecurityLog.MAX_PATH);
    }

    @Test
    void theClientAddressIsStoredAndAForwardedForFromAnUntrustedPeerIsIgnored() throws Exception {
        String path = "/api/v1/organizations/" + Demo.org("STREET-XS") + "/move";
        as("outsider").header("X-Forwarded-For", "203.0.113.77").body(Map.of("version", 0, "newParentId", 1))
                .post(path).then().statusCode(404);
        Map<String, Object> event = awaitEvent(e -> path.equals(e.get("path")) && "outsider".equals(e.get("username")));
        assertThat((String) event.get("clientAddress")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1", "::1");
    }

    private static long counted() {
        return as("admin").get("/api/v1/security-events").then().statusCode(200).extract().jsonPath()
                .getLong("anonymousNotFoundSinceStart");
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
