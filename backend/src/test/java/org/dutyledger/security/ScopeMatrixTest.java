package org.dutyledger.security;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.dutyledger.support.Demo;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.support.Tokens.as;

/**
 * The organization-scope rule for the organization and audit endpoints, against every kind of caller:
 * admin, auditor, STAFF of the target's street, STAFF of the sibling street, a read-only MEMBER, anonymous.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ScopeMatrixTest {

    static final String[] CALLERS = {"admin", "auditor", "secretary", "outsider", "reader", "anonymous"};
    static final String READER = "scope-matrix-reader";

    /** A fresh community under 东湖街道 for each call, so writes never trip over each other's versions. */
    record Target(long id, String code, long liuan) {
    }

    @BeforeEach
    void readOnlyMemberExists() {
        int found = as("admin").queryParam("q", READER).get("/api/v1/people").then().statusCode(200)
                .extract().jsonPath().getInt("total");
        if (found == 0) {
            as("admin").body(Map.of("name", "只读成员", "username", READER, "memberships",
                            List.of(Map.of("organizationId", Demo.org("STREET-DH"), "role", "MEMBER", "primary", true))))
                    .post("/api/v1/people").then().statusCode(201);
        }
    }

    static Stream<Arguments> matrix() {
        return Stream.of(
                row("GET organization", (c, t) -> c.get("/api/v1/organizations/" + t.id()), 200, 200, 200, 404, 200, 401),
                row("GET subtree list", (c, t) -> c.queryParam("under", t.id()).get("/api/v1/organizations"), 200, 200, 200, 404, 200, 401),
                row("GET tree", (c, t) -> c.get("/api/v1/organizations/" + t.id() + "/tree"), 200, 200, 200, 404, 200, 401),
                row("POST child", (c, t) -> c.body(Map.of("code", Demo.uniqueCode("M"), "name", "子级", "type", "OTHER",
                        "parentId", t.id())).post("/api/v1/organizations"), 201, 403, 201, 404, 403, 401),
                row("PATCH", (c, t) -> c.body(Map.of("version", 0, "name", "改名")).patch("/api/v1/organizations/" + t.id()),
                        200, 403, 200, 404, 403, 401),
                row("move", (c, t) -> c.body(Map.of("version", 0, "newParentId", t.liuan()))
                        .post("/api/v1/organizations/" + t.id() + "/move"), 200, 403, 200, 404, 403, 401),
                row("dissolve", (c, t) -> c.body(Map.of("version", 0)).post("/api/v1/organizations/" + t.id() + "/dissolve"),
                        200, 403, 200, 404, 403, 401),
                row("recode", (c, t) -> c.body(Map.of("version", 0, "newCode", Demo.uniqueCode("R"), "reason", "测试"))
                        .post("/api/v1/organizations/" + t.id() + "/recode"), 200, 403, 200, 404, 403, 401),
                row("PUT by code", (c, t) -> c.body(Map.of("name", "同步", "type", "OTHER", "parentCode", t.code()))
                        .put("/api/v1/organizations/by-code/" + Demo.uniqueCode("U")), 201, 403, 201, 404, 403, 401),
                row("audit of subtree", (c, t) -> c.queryParam("organization", t.id()).get("/api/v1/audit-events"),
                        200, 200, 200, 404, 200, 401),
                row("verify", (c, t) -> c.get("/api/v1/audit-events/verify"), 200, 200, 403, 403, 403, 401),
                row("export", (c, t) -> c.queryParam("organization", t.id()).get("/api/v1/audit-events/export"),
                        200, 200, 200, 404, 200, 401),
                row("security log", (c, t) -> c.get("/api/v1/security-events"), 200, 200, 403, 403, 403, 401));
    }

    static Arguments row(String name, BiFunction<RequestSpecification, Target, Response> call, int... expected) {
        return Arguments.of(name, call, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void everyCallerGetsWhatTheScopeRuleSays(String name, BiFunction<RequestSpecification, Target, Response> call,
                                             int[] expected) {
        long liuan = Demo.org("DH-LIUAN");
        for (int i = 0; i < CALLERS.length; i++) {
            JsonPath target = Demo.createOrg("矩阵目标", "COMMUNITY", Demo.org("STREET-DH"));
            Target t = new Target(target.getLong("id"), target.getString("code"), liuan);
            RequestSpecification caller = switch (CALLERS[i]) {
                case "anonymous" -> Tokens.anonymous();
                case "reader" -> as(READER);
                default -> as(CALLERS[i]);
            };
            Response response = call.apply(caller, t);
            assertThat(response.statusCode()).as("%s as %s: %s", name, CALLERS[i], response.asString())
                    .isEqualTo(expected[i]);
            if (response.statusCode() >= 400) {
                assertThat(response.contentType()).startsWith("application/problem+json");
            }
        }
    }

    @Test
    void listsNeverShowWhatIsOutsideTheScope() {
        assertThat(as("outsider").queryParam("q", "东湖").get("/api/v1/organizations").then().statusCode(200)
                .extract().jsonPath().getInt("total")).isZero();
        assertThat(as("outsider").queryParam("size", 500).get("/api/v1/organizations").then().statusCode(200)
                .extract().jsonPath().getList("items.code", String.class)).contains("STREET-XS").doesNotContain("STREET-DH", "DH-LIUAN", "CITY");
        long dh = Demo.org("STREET-DH");
        List<Long> dhSubtree = as("admin").queryParam("under", dh).queryParam("size", 500).queryParam("includeDissolved", "true")
                .get("/api/v1/organizations").then().extract().jsonPath().getList("items.id", Long.class);
        List<Long> seenByOutsider = as("outsider").queryParam("limit", 500).get("/api/v1/audit-events").then().statusCode(200)
                .extract().jsonPath().getList("items.organizationId", Long.class);
        assertThat(seenByOutsider).doesNotContainAnyElementsOf(dhSubtree);
        assertThat(as("community").queryParam("size", 500).get("/api/v1/organizations").then().statusCode(200)
                .extract().jsonPath().getList("items.code", String.class)).contains("DH-LIUAN")
                .doesNotContain("STREET-DH", "DH-TAOYUAN", "DH-DONGHU", "STREET-XS");
    }
}
