package org.dutyledger.duty;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.dutyledger.duty.DutyRole;
import org.dutyledger.support.Demo;
import org.dutyledger.support.DutyFixtures;
import org.dutyledger.support.Fixtures;
import org.dutyledger.support.Duties;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
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
 * Every duty, matrix and channel endpoint against every kind of caller: admin, auditor, STAFF of the street
 * (secretary), STAFF of the sibling street (outsider), a read-only MEMBER of the street, anonymous.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class DutyAuthorizationTest {

    static final String[] CALLERS = {"admin", "auditor", "secretary", "outsider", "reader", "anonymous"};
    static final String READER = "duty-matrix-reader";

    @Inject
    Fixtures fixtures;

    @Inject
    DutyFixtures duties;

    /** A fresh unit under 东湖街道 per call, with a LIAISON (deputy) and an active channel of its own. */
    record Target(long org, long assignment, long channel, long editor) {
    }

    @BeforeEach
    void readOnlyMemberExists() {
        if (fixtures.personId(READER) != null) {
            return;
        }
        int found = as("admin").queryParam("q", READER).get("/api/v1/people").then().statusCode(200)
                .extract().jsonPath().getInt("total");
        if (found == 0) {
            as("admin").body(Map.of("name", "只读成员", "username", READER, "memberships",
                            List.of(Map.of("organizationId", Demo.org("STREET-DH"), "role", "MEMBER", "primary", true))))
                    .post("/api/v1/people").then().statusCode(201);
        }
    }

    static final int[] READ = {200, 200, 200, 404, 200, 401};
    static final int[] WRITE = {200, 403, 200, 404, 403, 401};
    static final int[] CREATE = {201, 403, 201, 404, 403, 401};

    static Stream<Arguments> matrix() {
        return Stream.of(
                row("list assignments", (c, t) -> c.queryParam("under", t.org()).get("/api/v1/duty-assignments"), READ),
                row("assign", (c, t) -> c.body(Duties.body(t.editor(), t.org(), "LIAISON", "2024-01-01", null))
                        .post("/api/v1/duty-assignments"), CREATE),
                row("export assignments", (c, t) -> c.queryParam("under", t.org()).get("/api/v1/duty-assignments/export.xlsx"), READ),
                row("read assignment", (c, t) -> c.get("/api/v1/duty-assignments/" + t.assignment()), READ),
                row("end", (c, t) -> c.body(Map.of("version", 0, "validTo", "2024-12-31"))
                        .post("/api/v1/duty-assignments/" + t.assignment() + "/end"), WRITE),
                row("correct", (c, t) -> c.body(Map.of("version", 0, "reason", "更正", "personId", t.editor(),
                        "role", "LIAISON", "validFrom", "2024-01-01")).post("/api/v1/duty-assignments/" + t.assignment() + "/correct"), WRITE),
                row("hand over", (c, t) -> c.body(Map.of("role", "LIAISON", "personId", t.editor(), "effectiveDate", "2024-06-01"))
                        .post("/api/v1/organizations/" + t.org() + "/handover"), CREATE),
                row("responsibility", (c, t) -> c.get("/api/v1/organizations/" + t.org() + "/responsibility"), READ),
                row("timeline", (c, t) -> c.get("/api/v1/organizations/" + t.org() + "/duty-assignments"), READ),
                row("read settings", (c, t) -> c.get("/api/v1/organizations/" + t.org() + "/duty-settings"), READ),
                row("change settings", (c, t) -> c.body(Map.of("allowMultipleDirectResponsible", true))
                        .put("/api/v1/organizations/" + t.org() + "/duty-settings"), WRITE),
                row("matrix", (c, t) -> c.queryParam("under", t.org()).get("/api/v1/responsibility-matrix"), READ),
                row("matrix export", (c, t) -> c.queryParam("under", t.org()).get("/api/v1/responsibility-matrix/export.xlsx"), READ),
                row("vacancies", (c, t) -> c.queryParam("under", t.org()).get("/api/v1/vacancies"), READ),
                row("my duties", (c, t) -> c.get("/api/v1/me/duties"), 200, 200, 200, 200, 200, 401),
                row("list channels", (c, t) -> c.queryParam("under", t.org()).get("/api/v1/channels"), READ),
                row("create channel", (c, t) -> c.body(Map.of("organizationId", t.org(), "type", "WEIBO", "name", "微博"))
                        .post("/api/v1/channels"), CREATE),
                row("read channel", (c, t) -> c.get("/api/v1/channels/" + t.channel()), READ),
                row("edit channel", (c, t) -> c.body(Map.of("version", 0, "description", "说明"))
                        .patch("/api/v1/channels/" + t.channel()), WRITE),
                row("close channel", (c, t) -> c.body(Map.of("version", 0, "closedOn", "2025-01-01", "reason", "停用"))
                        .post("/api/v1/channels/" + t.channel() + "/close"), WRITE),
                row("channel export", (c, t) -> c.queryParam("under", t.org()).get("/api/v1/channels/export.xlsx"), READ));
    }

    static Arguments row(String name, BiFunction<RequestSpecification, Target, Response> call, int... expected) {
        return Arguments.of(name, call, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void everyCallerGetsWhatTheScopeRuleSays(String name, BiFunction<RequestSpecification, Target, Response> call,
                                             int[] expected) {
        long deputy = fixtures.personId("deputy");
        long editor = fixtures.personId("editor");
        long street = Duties.container();
        for (int i = 0; i < CALLERS.length; i++) {
            long org = fixtures.newOrganizationUnder(street);
            long assignment = duties.assign(deputy, org, DutyRole.LIAISON, "2023-01-01");
            Target t = new Target(org, assignment, duties.activeChannel(org, "目标网站"), editor);
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

}
