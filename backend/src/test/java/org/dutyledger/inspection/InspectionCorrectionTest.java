package org.dutyledger.inspection;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.dutyledger.common.Today;
import org.dutyledger.support.Demo;
import org.dutyledger.support.Duties;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.inspection.InspectionLifecycleTest.points;
import static org.dutyledger.inspection.InspectionLifecycleTest.score;
import static org.dutyledger.inspection.InspectionLifecycleTest.veto;
import static org.dutyledger.inspection.InspectionTree.inspection;
import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/** A correction after conclusion: a reasoned, audited new revision of one target's sheet; the old one kept; results follow. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class InspectionCorrectionTest {

    @Inject
    Fixtures fixtures;

    InspectionTree t;
    String year;

    @BeforeEach
    void tree() {
        t = new InspectionTree(fixtures, Demo.uniqueCode(""));
        year = Integer.toString(Today.date().getYear());
    }

    @Test
    void aConcludedSheetIsCorrectedAsANewRevisionAndTheRankingFollows() {
        long id = as(t.staffS).body(inspection(t.s, "ANNUAL_ASSESSMENT", t.newTemplate(), year, List.of(t.a, t.b), List.of(t.staffYId)))
                .post("/api/v1/inspections").then().statusCode(201).extract().jsonPath().getLong("id");
        step(id, "start", 0);
        score(t.staffS, id, t.a, 0, List.of(points("A1", 38), points("A2", 48), veto("V1", 10, true))).statusCode(200);
        score(t.staffS, id, t.b, 0, List.of(points("A1", 30), points("A2", 40), veto("V1", 10, true))).statusCode(200);
        // Not before conclusion: that is an ordinary score.
        correct(t.staffS, id, t.b, 1, List.of(points("A1", 40)), "复核").statusCode(409).body("type", endsWith("inspection-transition"));
        step(id, "scoring", 1);
        step(id, "conclude", 2);
        as(t.staffS).get("/api/v1/inspections/" + id + "/targets/" + t.b + "/scores").then().statusCode(200)
                .body("revisions.size()", equalTo(0));

        // Refusals change nothing: a stale version, no reason, a bad item, a target not inspected, a target's or the team's try.
        correct(t.staffS, id, t.b, 0, List.of(points("A1", 40)), "复核").statusCode(409).body("type", endsWith("version-conflict"));
        correct(t.staffS, id, t.b, 1, List.of(points("A1", 40)), "  ").statusCode(422).body("errors[0].field", equalTo("reason"));
        correct(t.staffS, id, t.b, 1, List.of(points("A1", 41)), "复核").statusCode(422)
                .body("errors[0].field", equalTo("items[0].points"));
        correct(t.staffS, id, t.c, 0, List.of(points("A1", 40)), "复核").statusCode(422).body("errors[0].field", equalTo("targetId"))
                .body("errors[0].code", equalTo("not-inspected"));
        correct(t.staffS, id, t.b, 1, List.of(points("A1", 40)), "复\u0007核").statusCode(422).body("errors[0].field", equalTo("reason"));
        correct(t.staffA, id, t.a, 1, List.of(points("A1", 40)), "复核").statusCode(403);
        correct(t.staffY, id, t.b, 1, List.of(points("A1", 40)), "复核").statusCode(403);
        correct(t.staffT, id, t.b, 1, List.of(points("A1", 40)), "复核").statusCode(404);
        as(t.staffS).get("/api/v1/inspections/" + id + "/results").then().statusCode(200)
                .body("rows.organizationId", equalTo(List.of((int) t.a, (int) t.b)));

        // B's A1 was misread from the ledger: 30 → 40 and A2 45; B is now first.
        JsonPath corrected = correct(t.staffS, id, t.b, 1, List.of(points("A1", 40), points("A2", 49)),
                "复核台账发现漏记一次专题学习").statusCode(200).extract().jsonPath();
        assertThat(corrected.getInt("total")).isEqualTo(99);
        assertThat(corrected.getString("grade")).isEqualTo("EXCELLENT");
        assertThat(corrected.getInt("version")).isEqualTo(2);
        assertThat(corrected.getList("revisions.revision", Integer.class)).containsExactly(1, 2);
        assertThat(corrected.getInt("revisions[0].total")).isEqualTo(80);
        assertThat(corrected.getString("revisions[0].grade")).isEqualTo("GOOD");
        assertThat(corrected.getString("revisions[0].reason")).isNull();
        assertThat(corrected.getInt("revisions[0].items.find { it.code == 'A1' }.points")).isEqualTo(30);
        assertThat(corrected.getString("revisions[1].reason")).isEqualTo("复核台账发现漏记一次专题学习");
        assertThat(corrected.getString("revisions[1].madeByName")).isNotBlank();
        assertThat(corrected.getInt("revisions[1].total")).isEqualTo(99);

        JsonPath results = as(t.staffS).get("/api/v1/inspections/" + id + "/results").then().statusCode(200).extract().jsonPath();
        assertThat(results.getList("rows.organizationId", Long.class)).containsExactly(t.b, t.a);
        assertThat(results.getList("rows.total", Integer.class)).containsExactly(99, 96);
        // The target sees its corrected sheet with the history; a second correction adds revision 3.
        as(t.leaderB).get("/api/v1/inspections/" + id + "/targets/" + t.b + "/scores").then().statusCode(200)
                .body("total", equalTo(99)).body("revisions.size()", equalTo(2));
        correct(t.staffS, id, t.b, 2, List.of(veto("V1", 10, false)), "核实发生错误导向事件，一票否决").statusCode(200)
                .body("grade", equalTo("POOR")).body("revisions.revision", equalTo(List.of(1, 2, 3)));
        as(t.staffS).get("/api/v1/inspections/" + id + "/results").then().statusCode(200)
                .body("rows.find { it.organizationId == " + t.b + " }.vetoFailed", equalTo(true));

        List<Map<String, Object>> audit = Duties.audit("inspection", id).getList("items");
        assertThat(audit.stream().filter(e -> "inspection.corrected".equals(e.get("action")))).hasSize(2);
    }

    ValidatableResponse correct(String user, long id, long target, long version, List<Map<String, Object>> items, String reason) {
        Map<String, Object> body = new HashMap<>(Map.of("version", version, "targetId", target, "items", items, "reason", reason));
        return as(user).body(body).post("/api/v1/inspections/" + id + "/corrections").then();
    }

    void step(long id, String action, long version) {
        as(t.staffS).body(Map.of("version", version)).post("/api/v1/inspections/" + id + "/" + action).then().statusCode(200);
    }
}
