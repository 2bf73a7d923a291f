package org.dutyledger.inspection;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.dutyledger.support.Demo;
import org.dutyledger.support.Duties;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Fixtures;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.inspection.InspectionTree.grade;
import static org.dutyledger.inspection.InspectionTree.inspection;
import static org.dutyledger.inspection.InspectionTree.item;
import static org.dutyledger.inspection.InspectionTree.template;
import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/** Scoring templates: items and bands checked field by field, frozen once an inspection uses them, revised after. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ScoringTemplateApiTest {

    @Inject
    Fixtures fixtures;

    InspectionTree t;

    @BeforeEach
    void tree() {
        t = new InspectionTree(fixtures, Demo.uniqueCode(""));
    }

    @Test
    void aTemplateIsEditableUntilUsedThenFrozenAndRevised() {
        JsonPath created = as(t.staffS).body(template(t.s, "社区考核评分表")).post("/api/v1/scoring-templates").then()
                .statusCode(201).extract().jsonPath();
        long id = created.getLong("id");
        assertThat(created.getInt("revision")).isEqualTo(1);
        assertThat(created.getBoolean("frozen")).isFalse();
        assertThat(created.getString("organizationName")).isEqualTo(t.nameS);
        assertThat(created.getList("items.code")).containsExactly("A1", "A2", "V1");
        assertThat(created.getList("items.veto")).containsExactly(false, false, true);
        assertThat(created.getList("grades.grade")).containsExactly("EXCELLENT", "GOOD", "FAIR", "POOR");
        assertThat(created.getInt("maxTotal")).isEqualTo(100);

        Map<String, Object> edit = new java.util.HashMap<>(template(t.s, "社区考核评分表（修订）"));
        edit.remove("organizationId");
        edit.put("version", 0);
        as(t.staffS).body(edit).put("/api/v1/scoring-templates/" + id).then().statusCode(200)
                .body("name", equalTo("社区考核评分表（修订）")).body("version", equalTo(1));
        as(t.staffS).body(edit).put("/api/v1/scoring-templates/" + id).then().statusCode(409).body("type", endsWith("version-conflict"));
        // A community reads the sheet it is scored by, but does not change it; a sibling street does not see it.
        as(t.staffA).get("/api/v1/scoring-templates/" + id).then().statusCode(200);
        edit.put("version", 1);
        as(t.staffA).body(edit).put("/api/v1/scoring-templates/" + id).then().statusCode(403);
        as(t.staffT).get("/api/v1/scoring-templates/" + id).then().statusCode(404);
        as(t.staffT).queryParam("organizationId", t.s).get("/api/v1/scoring-templates").then().statusCode(200).body("total", equalTo(0));

        as(t.staffS).body(inspection(t.s, "ANNUAL_ASSESSMENT", id, "2026", List.of(t.a), List.of())).post("/api/v1/inspections")
                .then().statusCode(201);
        JsonPath frozen = as(t.staffS).get("/api/v1/scoring-templates/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(frozen.getBoolean("frozen")).isTrue();
        edit.put("version", frozen.getLong("version"));
        as(t.staffS).body(edit).put("/api/v1/scoring-templates/" + id).then().statusCode(409).body("type", endsWith("template-frozen"));

        JsonPath revised = as(t.staffS).post("/api/v1/scoring-templates/" + id + "/revise").then().statusCode(201).extract().jsonPath();
        assertThat(revised.getInt("revision")).isEqualTo(2);
        assertThat(revised.getBoolean("frozen")).isFalse();
        assertThat(revised.getLong("revisedFromId")).isEqualTo(id);
        assertThat(revised.getList("items.code")).containsExactly("A1", "A2", "V1");
        edit.put("version", 0);
        as(t.staffS).body(edit).put("/api/v1/scoring-templates/" + revised.getLong("id")).then().statusCode(200);
        assertThat(Duties.audit("scoring-template", id).getList("items.action", String.class))
                .contains("scoring-template.created", "scoring-template.updated", "scoring-template.frozen");
        as(t.staffS).queryParam("organizationId", t.s).get("/api/v1/scoring-templates").then().statusCode(200).body("total", equalTo(2));
    }

    @Test
    void badItemsAndBandsAreRefusedNamingTheField() {
        refused(with("items", List.of(item("A1", "x", 10, "INTERVIEW", false), item("A1", "y", 10, "INTERVIEW", false))),
                422, "items[1].code", "listed-twice");
        refused(with("items", List.of(item("A1", "x", 0, "INTERVIEW", false))), 422, "items[0].maxPoints", "out-of-range");
        refused(with("items", List.of(item("A1", "x", 1.234, "INTERVIEW", false))), 422, "items[0].maxPoints", "at-most-two-decimals");
        refused(with("items", List.of(item("A 1", "x", 10, "INTERVIEW", false))), 422, "items[0].code", "bad-code");
        refused(with("items", List.of(item("A1", " ", 10, "INTERVIEW", false))), 422, "items[0].text", "required");
        refused(with("items", List.of()), 422, "items", "required");
        refused(with("grades", List.of(grade("EXCELLENT", 90), grade("GOOD", 95), grade("POOR", 0))), 422, "grades[1].minPoints",
                "grades-descending");
        refused(with("grades", List.of(grade("GOOD", 80), grade("EXCELLENT", 90), grade("POOR", 0))), 422, "grades[1].minPoints",
                "grades-descending");
        refused(with("grades", List.of(grade("EXCELLENT", 90), grade("FAIR", 60))), 422, "grades", "poor-from-zero");
        refused(with("name", "评分\u0001表"), 422, "name", "control-character");
        Map<String, Object> badRule = with("items", new ArrayList<>(List.of(item("A1", "x", 10, "INTERVIEW", false))));
        @SuppressWarnings("unchecked")
        Map<String, Object> first = (Map<String, Object>) ((List<Object>) badRule.get("items")).get(0);
        first.put("obligationRuleId", 999_999_999L);
        refused(badRule, 404, "items[0].obligationRuleId", "unknown-reference");
        Map<String, Object> badMethod = with("items", List.of(item("A1", "x", 10, "TELEPATHY", false)));
        as(t.staffS).body(badMethod).post("/api/v1/scoring-templates").then().statusCode(400);
        // Not the caller's organization to write: a sibling street, then a community below.
        as(t.staffT).body(template(t.s, "x")).post("/api/v1/scoring-templates").then().statusCode(404)
                .body("errors[0].field", equalTo("organizationId"));
        as(t.staffA).body(template(t.s, "x")).post("/api/v1/scoring-templates").then().statusCode(404);
        as(t.staffS).queryParam("organizationId", t.s).get("/api/v1/scoring-templates").then().statusCode(200).body("total", equalTo(0));
    }

    private Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = new java.util.HashMap<>(template(t.s, "评分表"));
        body.put(field, value);
        return body;
    }

    private void refused(Map<String, Object> body, int status, String field, String code) {
        as(t.staffS).body(body).post("/api/v1/scoring-templates").then().statusCode(status)
                .body("errors[0].field", equalTo(field)).body("errors[0].code", equalTo(code));
    }
}
