package org.dutyledger.accountability;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.dutyledger.support.Duties;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.accountability.AccountabilityTree.get;
import static org.dutyledger.accountability.AccountabilityTree.lineOf;
import static org.dutyledger.accountability.AccountabilityTree.link;
import static org.dutyledger.accountability.AccountabilityTree.version;
import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/**
 * A case over HTTP: who sees it (named person: own line only; subject staff, a sibling's staff and filer: 404; auditor:
 * everything, changes nothing), every transition with its notifications and the forbidden ones (case-transition),
 * statements by the named person only, the decision's rules, filers, bad input and stale versions.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class AccountabilityCaseFlowTest {

    @Inject
    Fixtures fixtures;

    AccountabilityTree t;

    @BeforeEach
    void tree() {
        t = new AccountabilityTree(fixtures, Fixtures.unique(""));
    }

    @Test
    void aNamedPersonSeesTheirOwnLineTheSubjectsStaffAndSiblingsSeeNothingAuditorsReadOnly() {
        long id = t.file("2025-03-01", List.of()).getLong("id");
        String path = "/api/v1/accountability-cases/" + id;

        JsonPath own = get(t.first, id);
        assertThat(own.getBoolean("ownLineOnly")).isTrue();
        assertThat(own.getList("lines")).hasSize(1);
        assertThat(own.getLong("lines[0].personId")).isEqualTo(t.firstId);
        assertThat(own.getString("title")).isEqualTo("网站转载错误信息");

        as(t.staffS).get(path).then().statusCode(404);
        as(t.staffT).get(path).then().statusCode(404);
        as(t.filerT).get(path).then().statusCode(404);
        as(t.member).get(path).then().statusCode(404);

        JsonPath audited = get("auditor", id);
        assertThat(audited.getBoolean("ownLineOnly")).isFalse();
        assertThat(audited.getList("lines").size()).isGreaterThanOrEqualTo(3);
        as("auditor").body(Map.of("version", audited.getLong("version"))).post(path + "/submit").then().statusCode(403);
        as(t.first).body(Map.of("version", audited.getLong("version"))).post(path + "/submit").then().statusCode(403);

        List<Long> mineInList = as(t.first).get("/api/v1/accountability-cases").then().statusCode(200).extract().jsonPath()
                .getList("items.id", Long.class);
        assertThat(mineInList).contains(id);
        assertThat(as(t.staffS).get("/api/v1/accountability-cases").then().statusCode(200).extract().jsonPath()
                .getList("items.id", Long.class)).doesNotContain(id);
        assertThat(as(t.filer).queryParam("subjectOrganizationId", t.s).get("/api/v1/accountability-cases").then()
                .statusCode(200).extract().jsonPath().getList("items.id", Long.class)).containsExactly(id);
        JsonPath mine = as(t.first).get("/api/v1/me/accountability-lines").then().statusCode(200).extract().jsonPath();
        assertThat(mine.getList("caseId", Long.class)).contains(id);
        assertThat(mine.getString("find { it.caseId == " + id + " }.line.responsibility")).isEqualTo("MAIN_LEADERSHIP");
    }

    @Test
    void everyTransitionAndTheForbiddenOnes() {
        JsonPath c = t.file("2025-03-01", List.of());
        long id = c.getLong("id");
        String path = "/api/v1/accountability-cases/" + id;
        long firstLine = ((Number) lineOf(c, t.firstId).get("id")).longValue();
        long directLine = ((Number) lineOf(c, t.directId).get("id")).longValue();

        as(t.filer).body(Map.of("version", version(id))).post(path + "/decide").then().statusCode(422);
        as(t.filer).body(Map.of("version", version(id))).post(path + "/close").then().statusCode(409)
                .body("type", endsWith("case-transition"));
        as(t.filer).body(Map.of("version", version(id))).post(path + "/submit").then().statusCode(200)
                .body("status", equalTo("UNDER_REVIEW"));
        as(t.filer).body(Map.of("version", version(id))).post(path + "/submit").then().statusCode(409)
                .body("type", endsWith("case-transition"));
        as(t.filer).body(Map.of("version", version(id))).post(path + "/recompute").then().statusCode(409);
        List<String> told = as(t.first).get("/api/v1/me/notifications").then().statusCode(200).extract().jsonPath()
                .getList("items.type");
        assertThat(told).contains("ACCOUNTABILITY_CASE_SUBMITTED");

        as(t.first).body(Map.of("text", "本人当时在外学习，未参与")).post(path + "/lines/" + firstLine + "/statement")
                .then().statusCode(200).body("lines[0].statement.text", equalTo("本人当时在外学习，未参与"));
        as(t.first).body(Map.of("text", "补充：已安排专人审核")).post(path + "/lines/" + firstLine + "/statement")
                .then().statusCode(200).body("lines[0].statement.text", equalTo("补充：已安排专人审核"));
        as(t.first).body(Map.of("text", "替他申辩")).post(path + "/lines/" + directLine + "/statement").then().statusCode(404);
        as(t.filer).body(Map.of("text", "替他申辩")).post(path + "/lines/" + firstLine + "/statement").then().statusCode(403);

        List<Map<String, Object>> all = get("admin", id).getList("lines");
        List<Map<String, Object>> decided = new ArrayList<>();
        for (Map<String, Object> l : all) {
            Map<String, Object> d = new HashMap<>();
            d.put("lineId", l.get("id"));
            d.put("responsibility", l.get("responsibility"));
            d.put("outcome", "CRITICISM");
            decided.add(d);
        }
        Map<String, Object> decide = new HashMap<>(Map.of("version", version(id), "decisionKind", "COLLECTIVE",
                "decisionBasis", "区纪发〔2025〕7号", "lines", decided.subList(0, 1)));
        as(t.filer).body(decide).post(path + "/decide").then().statusCode(422).body("errors[0].field", equalTo("lines"));
        decide.put("lines", decided);
        Map<String, Object> none = new HashMap<>(decided.get(0));
        none.put("responsibility", "NONE");
        List<Map<String, Object>> withNone = new ArrayList<>(decided);
        withNone.set(0, none);
        decide.put("lines", withNone);
        as(t.filer).body(decide).post(path + "/decide").then().statusCode(422).body("errors[0].field", equalTo("lines[0].outcome"));
        decide.put("lines", decided);
        JsonPath done = as(t.filer).body(decide).post(path + "/decide").then().statusCode(200).extract().jsonPath();
        assertThat(done.getString("status")).isEqualTo("DECIDED");
        assertThat(done.getString("decisionBasis")).isEqualTo("区纪发〔2025〕7号");
        assertThat(lineOf(done, t.firstId)).containsEntry("outcome", "CRITICISM");
        assertThat(as(t.first).get("/api/v1/me/notifications").then().extract().jsonPath().getList("items.type", String.class))
                .contains("ACCOUNTABILITY_CASE_DECIDED");
        as(t.first).body(Map.of("text", "迟到的申辩")).post(path + "/lines/" + firstLine + "/statement").then().statusCode(409)
                .body("type", endsWith("case-transition"));

        as(t.filer).body(Map.of("version", version(id))).post(path + "/file-upward").then().statusCode(200)
                .body("status", equalTo("FILED_UPWARD")).body("filedUpwardToId", equalTo((int) Duties.container()));
        as(t.filer).body(Map.of("version", version(id))).post(path + "/close").then().statusCode(200)
                .body("status", equalTo("CLOSED"));
        as(t.filer).body(Map.of("version", version(id))).post(path + "/close").then().statusCode(409)
                .body("type", endsWith("case-transition"));
        as(t.filer).body(Map.of("version", 0)).post(path + "/close").then().statusCode(409).body("type", endsWith("version-conflict"));

        List<String> actions = Duties.audit("accountability-case", id).getList("items.action");
        assertThat(actions).contains("accountability-case.filed", "accountability-case.submitted",
                "accountability-case.statement-added", "accountability-case.decided", "accountability-case.filed-upward",
                "accountability-case.closed");
    }

    @Test
    void theMenuBadgeCountsTheCallersLinesUnderReviewWithoutAStatement() {
        long baseline = accountabilityLines(t.first);
        long id = t.file("2025-03-01", List.of()).getLong("id");
        String path = "/api/v1/accountability-cases/" + id;
        long firstLine = ((Number) lineOf(get("admin", id), t.firstId).get("id")).longValue();
        assertThat(accountabilityLines(t.first)).as("a draft waits for nobody").isEqualTo(baseline);

        as(t.filer).body(Map.of("version", version(id))).post(path + "/submit").then().statusCode(200);
        assertThat(accountabilityLines(t.first)).isEqualTo(baseline + 1);
        assertThat(accountabilityLines(t.direct)).isEqualTo(1);
        assertThat(accountabilityLines(t.member)).as("not named").isZero();
        assertThat(accountabilityLines(t.filer)).as("the filer has no line").isZero();

        as(t.first).body(Map.of("text", "本人已安排专人审核")).post(path + "/lines/" + firstLine + "/statement").then().statusCode(200);
        assertThat(accountabilityLines(t.first)).as("the statement is made").isEqualTo(baseline);
        assertThat(accountabilityLines(t.direct)).as("another's statement does not count for him").isEqualTo(1);
    }

    private static long accountabilityLines(String user) {
        return as(user).get("/api/v1/me/counts").then().statusCode(200).extract().jsonPath().getLong("accountabilityLines");
    }

    @Test
    void badInputNamesTheFieldAndChangesNothing() {
        long before = as(t.filer).get("/api/v1/accountability-cases").then().statusCode(200).extract().jsonPath().getLong("total");
        Map<String, Object> b = t.caseBody("2025-03-01", List.of());
        b.put("title", "标题\u0007");
        as(t.filer).body(b).post("/api/v1/accountability-cases").then().statusCode(422).body("errors[0].field", equalTo("title"));

        b = t.caseBody("2025-03-01", List.of(link("PUBLICATION", 999_999_999L, null)));
        as(t.filer).body(b).post("/api/v1/accountability-cases").then().statusCode(404)
                .body("errors[0].field", equalTo("links[0].id"));

        b = t.caseBody("2025-03-01", List.of());
        b.put("subjectOrganizationId", t.x);
        as(t.filer).body(b).post("/api/v1/accountability-cases").then().statusCode(404)
                .body("errors[0].field", equalTo("subjectOrganizationId"));

        b = t.caseBody("2025-03-01", List.of());
        b.put("situation", "OTHER");
        as(t.filer).body(b).post("/api/v1/accountability-cases").then().statusCode(422)
                .body("errors[0].field", equalTo("situationText"));

        as(t.filer).body(t.caseBody("2999-01-01", List.of())).post("/api/v1/accountability-cases").then().statusCode(422)
                .body("errors[0].field", equalTo("incidentDate"));
        as(t.staffS).body(t.caseBody("2025-03-01", List.of())).post("/api/v1/accountability-cases").then().statusCode(403)
                .body("errors[0].field", equalTo("filingOrganizationId"));

        assertThat(as(t.filer).get("/api/v1/accountability-cases").then().statusCode(200).extract().jsonPath().getLong("total"))
                .isEqualTo(before);
    }

    @Test
    void onlyAdminsGrantFilingToMembersOfTheOrganization() {
        as(t.filer).body(Map.of("organizationId", t.d, "personId", t.firstId)).post("/api/v1/accountability-filers")
                .then().statusCode(403);
        as("admin").body(Map.of("organizationId", t.d, "personId", t.firstId)).post("/api/v1/accountability-filers")
                .then().statusCode(422).body("errors[0].field", equalTo("personId"));
        List<Long> orgs = as(t.filer).queryParam("organizationId", t.d).get("/api/v1/accountability-filers").then()
                .statusCode(200).extract().jsonPath().getList("organizationId", Long.class);
        assertThat(orgs).isNotEmpty().allMatch(o -> o == t.d);
        as(t.staffS).get("/api/v1/accountability-filers").then().statusCode(403);
    }
}
