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
 * Changing a draft's facts (PUT /accountability-cases/{id}): who may, the proposal computed again for the new incident
 * date, stale versions, bad input naming the field and changing nothing, and no edit once submitted. Also the case
 * list's status filter and revoking a filing grant.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class AccountabilityDraftEditTest {

    @Inject
    Fixtures fixtures;

    AccountabilityTree t;

    @BeforeEach
    void tree() {
        t = new AccountabilityTree(fixtures, Fixtures.unique(""));
    }

    private Map<String, Object> editBody(long version, String incidentDate) {
        Map<String, Object> b = t.caseBody(incidentDate, List.of());
        b.remove("filingOrganizationId");
        b.remove("subjectOrganizationId");
        b.put("version", version);
        b.put("title", "街道网站转载错误信息（补充事实）");
        b.put("description", "经核实，转载时未经审核");
        return b;
    }

    @Test
    void theFilerChangesADraftsFactsAndTheProposalFollowsTheNewIncidentDate() {
        JsonPath filed = t.file("2025-03-01", List.of());
        long id = filed.getLong("id");
        String path = "/api/v1/accountability-cases/" + id;
        assertThat(lineOf(filed, t.firstId)).isNotNull();

        // Before anyone held the street's duties (assigned from 2024-01-01), the ledger names no holder.
        Map<String, Object> b = editBody(filed.getLong("version"), "2023-06-01");
        JsonPath edited = as(t.filer).body(b).put(path).then().statusCode(200).extract().jsonPath();
        assertThat(edited.getString("title")).isEqualTo("街道网站转载错误信息（补充事实）");
        assertThat(edited.getString("description")).isEqualTo("经核实，转载时未经审核");
        assertThat(edited.getString("incidentDate")).isEqualTo("2023-06-01");
        assertThat(edited.getString("status")).isEqualTo("DRAFT");
        assertThat(edited.getLong("version")).isGreaterThan(filed.getLong("version"));
        assertThat(lineOf(edited, t.firstId)).isNull();
        assertThat(lineOf(edited, t.directId)).isNull();

        // Back to a day they held them: named again.
        b = editBody(edited.getLong("version"), "2025-03-01");
        b.put("situation", "OTHER");
        b.put("situationText", "其他情形：转载未核实");
        b.put("decisionKind", "INDIVIDUAL");
        JsonPath again = as(t.filer).body(b).put(path).then().statusCode(200).extract().jsonPath();
        assertThat(lineOf(again, t.firstId)).containsEntry("responsibility", "MAIN_LEADERSHIP");
        assertThat(again.getString("situation")).isEqualTo("OTHER");
        assertThat(again.getString("situationText")).isEqualTo("其他情形：转载未核实");
        assertThat(again.getString("decisionKind")).isEqualTo("INDIVIDUAL");

        // The version seen before the last edit is stale.
        as(t.filer).body(editBody(edited.getLong("version"), "2025-03-01")).put(path).then().statusCode(409)
                .body("type", endsWith("version-conflict"));
        // An admin may edit too.
        as("admin").body(editBody(version(id), "2025-03-02")).put(path).then().statusCode(200)
                .body("incidentDate", equalTo("2025-03-02"));

        List<String> actions = Duties.audit("accountability-case", id).getList("items.action");
        assertThat(actions.stream().filter("accountability-case.edited"::equals)).hasSize(3);
    }

    @Test
    void onlyThoseWhoManageTheCaseEditItOthersGet404Or403() {
        long id = t.file("2025-03-01", List.of()).getLong("id");
        String path = "/api/v1/accountability-cases/" + id;
        long v = version(id);

        as(t.filerT).body(editBody(v, "2025-03-01")).put(path).then().statusCode(404);
        as(t.staffS).body(editBody(v, "2025-03-01")).put(path).then().statusCode(404);
        as(t.first).body(editBody(v, "2025-03-01")).put(path).then().statusCode(403);
        as("auditor").body(editBody(v, "2025-03-01")).put(path).then().statusCode(403);
        as(t.filer).body(editBody(v, "2025-03-01")).put("/api/v1/accountability-cases/999999999").then().statusCode(404);

        JsonPath after = get("admin", id);
        assertThat(after.getLong("version")).isEqualTo(v);
        assertThat(after.getString("title")).isEqualTo("网站转载错误信息");
    }

    @Test
    void badInputNamesTheFieldAndChangesNothing() {
        long id = t.file("2025-03-01", List.of()).getLong("id");
        String path = "/api/v1/accountability-cases/" + id;
        JsonPath before = get("admin", id);
        long v = before.getLong("version");

        Map<String, Object> b = editBody(v, "2025-03-01");
        b.put("title", "标题\u0007");
        as(t.filer).body(b).put(path).then().statusCode(422).body("errors[0].field", equalTo("title"));

        b = editBody(v, "2025-03-01");
        b.put("title", " ");
        as(t.filer).body(b).put(path).then().statusCode(422).body("errors[0].field", equalTo("title"));

        b = editBody(v, "2025-03-01");
        b.put("situation", "OTHER");
        as(t.filer).body(b).put(path).then().statusCode(422).body("errors[0].field", equalTo("situationText"));

        as(t.filer).body(editBody(v, "2999-01-01")).put(path).then().statusCode(422)
                .body("errors[0].field", equalTo("incidentDate"));

        b = editBody(v, "2025-03-01");
        b.remove("version");
        as(t.filer).body(b).put(path).then().statusCode(422).body("errors[0].field", equalTo("version"));

        b = editBody(v, "2025-03-01");
        b.put("links", List.of(link("PUBLICATION", 999_999_999L, null)));
        as(t.filer).body(b).put(path).then().statusCode(404).body("errors[0].field", equalTo("links[0].id"));

        b = editBody(v, "2025-03-01");
        b.put("links", List.of(link("MAJOR_MATTER", 1L, 0)));
        as(t.filer).body(b).put(path).then().statusCode(422).body("errors[0].field", equalTo("links[0].decisionIndex"));

        b = editBody(v, "2025-03-01");
        b.put("subjectOrganizationId", t.t);
        as(t.filer).body(b).put(path).then().statusCode(400);

        JsonPath after = get("admin", id);
        assertThat(after.getLong("version")).isEqualTo(v);
        assertThat(after.getString("title")).isEqualTo(before.getString("title"));
        assertThat(after.getString("incidentDate")).isEqualTo("2025-03-01");
        assertThat(after.getList("lines.personId")).isEqualTo(before.getList("lines.personId"));
        assertThat(Duties.audit("accountability-case", id).getList("items.action")).doesNotContain("accountability-case.edited");
    }

    @Test
    void aSubmittedCaseIsNoLongerEdited() {
        long id = t.file("2025-03-01", List.of()).getLong("id");
        String path = "/api/v1/accountability-cases/" + id;
        as(t.filer).body(Map.of("version", version(id))).post(path + "/submit").then().statusCode(200);
        as(t.filer).body(editBody(version(id), "2025-03-01")).put(path).then().statusCode(409)
                .body("type", endsWith("case-transition"));
        assertThat(get("admin", id).getString("title")).isEqualTo("网站转载错误信息");
    }

    @Test
    void theListFiltersByStatus() {
        long draft = t.file("2025-03-01", List.of()).getLong("id");
        long submitted = t.file("2025-03-02", List.of()).getLong("id");
        as(t.filer).body(Map.of("version", version(submitted))).post("/api/v1/accountability-cases/" + submitted + "/submit")
                .then().statusCode(200);

        JsonPath drafts = as(t.filer).queryParam("subjectOrganizationId", t.s).queryParam("status", "DRAFT")
                .get("/api/v1/accountability-cases").then().statusCode(200).extract().jsonPath();
        assertThat(drafts.getList("items.id", Long.class)).containsExactly(draft);
        assertThat(drafts.getLong("total")).isEqualTo(1);
        JsonPath review = as(t.filer).queryParam("subjectOrganizationId", t.s).queryParam("status", "UNDER_REVIEW")
                .get("/api/v1/accountability-cases").then().statusCode(200).extract().jsonPath();
        assertThat(review.getList("items.id", Long.class)).containsExactly(submitted);
        assertThat(review.getList("items.status", String.class)).containsOnly("UNDER_REVIEW");
        assertThat(as(t.filer).queryParam("subjectOrganizationId", t.s).queryParam("status", "CLOSED")
                .get("/api/v1/accountability-cases").then().statusCode(200).extract().jsonPath().getList("items")).isEmpty();
        // The named person's own cases, filtered the same way.
        assertThat(as(t.first).queryParam("status", "UNDER_REVIEW").get("/api/v1/accountability-cases").then()
                .statusCode(200).extract().jsonPath().getList("items.id", Long.class)).contains(submitted).doesNotContain(draft);

        as(t.filer).queryParam("status", "OPEN").get("/api/v1/accountability-cases").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        as(t.filer).queryParam("status", "draft").get("/api/v1/accountability-cases").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void onlyAnAdminRevokesAGrantAndTheFilerThenNoLongerFilesNorSeesTheCases() {
        long id = t.file("2025-03-01", List.of()).getLong("id");
        List<Map<String, Object>> grants = as("admin").queryParam("organizationId", t.d).get("/api/v1/accountability-filers")
                .then().statusCode(200).extract().jsonPath().getList("");
        long grant = grants.stream().map(g -> ((Number) g.get("id")).longValue()).findFirst().orElseThrow();

        as(t.filer).delete("/api/v1/accountability-filers/" + grant).then().statusCode(403);
        as("auditor").delete("/api/v1/accountability-filers/" + grant).then().statusCode(403);
        as("admin").delete("/api/v1/accountability-filers/abc").then().statusCode(400).body("errors[0].field", equalTo("id"));
        as("admin").delete("/api/v1/accountability-filers/999999999").then().statusCode(404);
        assertThat(as("admin").queryParam("organizationId", t.d).get("/api/v1/accountability-filers").then().statusCode(200)
                .extract().jsonPath().getList("id", Long.class)).contains(grant);

        as("admin").delete("/api/v1/accountability-filers/" + grant).then().statusCode(204);
        as("admin").delete("/api/v1/accountability-filers/" + grant).then().statusCode(404);
        assertThat(as("admin").queryParam("organizationId", t.d).get("/api/v1/accountability-filers").then().statusCode(200)
                .extract().jsonPath().getList("id", Long.class)).doesNotContain(grant);

        as(t.filer).body(t.caseBody("2025-03-01", List.of())).post("/api/v1/accountability-cases").then().statusCode(403)
                .body("errors[0].field", equalTo("filingOrganizationId"));
        as(t.filer).get("/api/v1/accountability-cases/" + id).then().statusCode(404);
        as(t.filer).get("/api/v1/accountability-filers").then().statusCode(403);

        assertThat(Duties.audit("accountability-filer", grant).getList("items.action", String.class))
                .contains("accountability-filer.granted", "accountability-filer.revoked");
    }
}
