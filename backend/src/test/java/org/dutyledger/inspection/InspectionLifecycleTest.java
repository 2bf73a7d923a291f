package org.dutyledger.inspection;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dutyledger.common.Today;
import org.dutyledger.support.Demo;
import org.dutyledger.support.Duties;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.inspection.InspectionTree.inspection;
import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/**
 * An annual assessment from plan to conclusion: every allowed and forbidden step, scores with a failed veto item,
 * totals, grades and ranking, what targets see before and after, the INSPECTION obligation, notifications, xlsx.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class InspectionLifecycleTest {

    @Inject
    Fixtures fixtures;

    @Inject
    EntityManager em;

    InspectionTree t;
    String year;

    @BeforeEach
    void tree() {
        t = new InspectionTree(fixtures, Demo.uniqueCode(""));
        year = Integer.toString(Today.date().getYear());
    }

    @Test
    void anAssessmentRunsFromPlanToConclusionAndFulfilsTheInspectionObligation() {
        long ruleId = as(t.staffS).body(rule()).post("/api/v1/obligation-rules").then().statusCode(201).extract().jsonPath().getLong("id");
        long streetInstance = instanceOf(t.s, year, ruleId);
        long template = t.newTemplate();

        JsonPath planned = as(t.staffS).body(inspection(t.s, "ANNUAL_ASSESSMENT", template, year, List.of(t.a, t.b, t.c),
                List.of(t.staffSId, t.staffYId))).post("/api/v1/inspections").then().statusCode(201).extract().jsonPath();
        long id = planned.getLong("id");
        assertThat(planned.getString("status")).isEqualTo("PLANNED");
        assertThat(planned.getString("organizationName")).isEqualTo(t.nameS);
        assertThat(planned.getString("templateName")).isEqualTo("社区考核评分表");
        assertThat(planned.getList("targets.organizationName")).containsExactlyInAnyOrder(t.nameA, t.nameB, t.nameC);
        assertThat(planned.getList("team.personId", Long.class)).containsExactlyInAnyOrder(t.staffSId, t.staffYId);
        assertThat(planned.getString("draw")).isNull();

        // PLANNED: edit, but neither scoring nor concluding nor scores.
        Map<String, Object> edit = new HashMap<>(Map.of("version", 0, "title", "2026年度考核", "startsOn", year + "-11-02",
                "endsOn", year + "-12-20"));
        as(t.staffS).body(edit).put("/api/v1/inspections/" + id).then().statusCode(200).body("title", equalTo("2026年度考核"))
                .body("version", equalTo(1)).body("targets.size()", equalTo(3));
        as(t.staffS).body(edit).put("/api/v1/inspections/" + id).then().statusCode(409).body("type", endsWith("version-conflict"));
        // A target sees the plan, but neither a target nor the team moves it.
        as(t.staffA).body(Map.of("version", 1)).post("/api/v1/inspections/" + id + "/start").then().statusCode(403);
        as(t.staffY).body(Map.of("version", 1)).post("/api/v1/inspections/" + id + "/start").then().statusCode(403);
        transitionRefused(id, "scoring", 1);
        transitionRefused(id, "conclude", 1);
        score(t.staffS, id, t.a, 0, List.of(points("A1", 30))).statusCode(409).body("type", endsWith("inspection-transition"));

        step(id, "start", 1).body("status", equalTo("IN_PROGRESS"));
        assertThat(titles(t.staffY)).anyMatch(s -> s.contains("督查考核开始") && s.contains("2026年度考核"));
        transitionRefused(id, "start", 2);
        transitionRefused(id, "conclude", 2);
        as(t.staffS).body(new HashMap<>(Map.of("version", 2, "title", "x", "startsOn", year + "-11-02", "endsOn", year + "-12-20")))
                .put("/api/v1/inspections/" + id).then().statusCode(409).body("type", endsWith("inspection-transition"));

        // Scores: the team member from outside the street may score; a target may not see or touch them.
        score(t.staffY, id, t.a, 0, List.of(points("A1", 38), points("A2", 48), veto("V1", 10, true))).statusCode(200)
                .body("total", equalTo(96)).body("grade", equalTo("EXCELLENT")).body("version", equalTo(1));
        score(t.staffY, id, t.a, 0, List.of(points("A1", 37))).statusCode(409).body("type", endsWith("version-conflict"));
        score(t.staffS, id, t.b, 0, List.of(points("A1", 40), points("A2", 50), veto("V1", 8, false))).statusCode(200)
                .body("total", equalTo(98)).body("grade", equalTo("POOR")).body("vetoFailed", equalTo(true));
        score(t.staffA, id, t.a, 1, List.of(points("A1", 40))).statusCode(404);
        as(t.staffA).get("/api/v1/inspections/" + id + "/results").then().statusCode(404);
        as(t.staffA).get("/api/v1/inspections/" + id + "/targets/" + t.a + "/scores").then().statusCode(404);
        as(t.staffA).get("/api/v1/inspections/" + id).then().statusCode(200).body("status", equalTo("IN_PROGRESS"));

        step(id, "scoring", 2).body("status", equalTo("SCORING"));
        transitionRefused(id, "scoring", 3);
        transitionRefused(id, "start", 3);
        score(t.staffS, id, t.c, 0, List.of(points("A1", 30), points("A2", 40.5))).statusCode(200).body("total", equalTo(70.5f))
                .body("grade", equalTo("FAIR"));
        as(t.staffS).get("/api/v1/inspections/" + id + "/targets/" + t.c + "/scores").then().statusCode(200)
                .body("items.find { it.code == 'A2' }.points", equalTo(40.5f)).body("items.find { it.code == 'V1' }.points", equalTo(null))
                .body("maxTotal", equalTo(100));

        JsonPath results = as(t.staffS).get("/api/v1/inspections/" + id + "/results").then().statusCode(200).extract().jsonPath();
        assertThat(results.getList("rows.organizationId", Long.class)).containsExactly(t.b, t.a, t.c);
        assertThat(results.getList("rows.rank", Integer.class)).containsExactly(1, 2, 3);
        assertThat(results.getList("rows.grade", String.class)).containsExactly("POOR", "EXCELLENT", "FAIR");
        assertThat(results.getList("rows.vetoFailed", Boolean.class)).containsExactly(true, false, false);

        step(id, "conclude", 3).body("status", equalTo("CONCLUDED")).body("concludedAt", org.hamcrest.Matchers.notNullValue())
                .body("fulfilmentId", org.hamcrest.Matchers.notNullValue());
        // Locked.
        score(t.staffS, id, t.c, 1, List.of(points("A1", 31))).statusCode(409).body("type", endsWith("inspection-concluded"));
        as(t.staffS).body(Map.of("version", 4)).post("/api/v1/inspections/" + id + "/conclude").then().statusCode(409)
                .body("type", endsWith("inspection-concluded"));
        as(t.staffS).body(Map.of("version", 4)).post("/api/v1/inspections/" + id + "/start").then().statusCode(409);

        // The street's INSPECTION obligation of the year is met; community A's own instance is not touched.
        as("admin").get("/api/v1/obligations/" + streetInstance).then().statusCode(200).body("status", equalTo("MET"))
                .body("fulfilments[0].kind", equalTo("INSPECTION"));

        // Targets: their own row and sheet, never another's; their 第一责任人 were told.
        as(t.staffA).get("/api/v1/inspections/" + id + "/results").then().statusCode(200).body("rows.size()", equalTo(1))
                .body("rows[0].organizationId", equalTo((int) t.a)).body("rows[0].rank", equalTo(2))
                .body("rows[0].grade", equalTo("EXCELLENT"));
        as(t.staffA).get("/api/v1/inspections/" + id + "/targets/" + t.a + "/scores").then().statusCode(200).body("total", equalTo(96));
        as(t.staffA).get("/api/v1/inspections/" + id + "/targets/" + t.b + "/scores").then().statusCode(404);
        as(t.staffA).get("/api/v1/inspections/" + id + "/targets/" + t.a + "/record").then().statusCode(404);
        as(t.staffT).get("/api/v1/inspections/" + id).then().statusCode(404);
        as(t.staffT).get("/api/v1/inspections/" + id + "/results").then().statusCode(404);
        assertThat(titles(t.leaderA)).anyMatch(s -> s.contains("督查考核结果已发布"));
        assertThat(titles(t.leaderB)).anyMatch(s -> s.contains("督查考核结果已发布"));

        assertThat(Duties.audit("inspection", id).getList("items.action", String.class)).contains("inspection.created",
                "inspection.updated", "inspection.started", "inspection.scoring", "inspection.scored", "inspection.concluded");
        assertThat(eventTypes(id)).contains("inspection.started", "inspection.concluded");
        as(t.staffS).queryParam("organizationId", t.s).queryParam("status", "CONCLUDED").get("/api/v1/inspections").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo((int) id));
        as(t.staffA).get("/api/v1/inspections").then().statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem((int) id));
        as(t.staffT).queryParam("organizationId", t.s).get("/api/v1/inspections").then().statusCode(200).body("total", equalTo(0));
    }

    /** The scorer sees the target's record for the period beside the items: obligations, reports, vacancies. */
    @Test
    void theTargetsRecordIsReadFromObligationsReportsAndDuties() {
        long ruleId = as(t.staffS).body(rule()).post("/api/v1/obligation-rules").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> report = new HashMap<>(Map.of("organizationId", t.a, "kind", "ANNUAL", "period", year,
                "form", "WRITTEN", "progress", "<p>组织学习</p>", "problems", "<p>无</p>", "plans", "<p>继续</p>"));
        long reportId = as(t.staffA).body(report).post("/api/v1/work-reports").then().statusCode(201).extract().jsonPath().getLong("id");
        long id = planned(t.newTemplate(), List.of(t.a, t.c));
        JsonPath record = as(t.staffY).get("/api/v1/inspections/" + id + "/targets/" + t.a + "/record").then().statusCode(200)
                .extract().jsonPath();
        // The demo's rules from the top apply to every community too: the totals are the sum of the rules' rows.
        List<Integer> dues = record.getList("obligationsByRule.due", Integer.class);
        assertThat(record.getInt("obligations.due")).isEqualTo(dues.stream().mapToInt(Integer::intValue).sum());
        assertThat(record.getInt("obligations.fulfilled")).isZero();
        assertThat(record.getList("obligationsByRule.ruleId", Long.class)).contains(ruleId);
        String mine = "obligationsByRule.find { it.ruleId == " + ruleId + " }";
        assertThat(record.getString(mine + ".ruleName")).isEqualTo("年度督查");
        assertThat(record.getString(mine + ".kind")).isEqualTo("INSPECTION");
        assertThat(record.getInt(mine + ".due")).isEqualTo(1);
        assertThat(record.getInt(mine + ".fulfilled")).isZero();
        assertThat(record.getList("workReports.id", Long.class)).containsExactly(reportId);
        assertThat(record.getString("workReports[0].status")).isEqualTo("DRAFT");
        assertThat(record.getString("workReports[0].period")).isEqualTo(year);
        as(t.staffS).get("/api/v1/inspections/" + id + "/targets/" + t.c + "/record").then().statusCode(200)
                .body("workReports.size()", equalTo(0));
        // A holds FIRST_RESPONSIBLE only: the other required duties are vacant; C holds none.
        assertThat(record.getList("vacancies.role", String.class)).containsExactly("DIRECT_RESPONSIBLE", "LIAISON");
        as(t.staffS).get("/api/v1/inspections/" + id + "/targets/" + t.c + "/record").then().statusCode(200)
                .body("vacancies.size()", equalTo(3));
        as(t.staffS).get("/api/v1/inspections/" + id + "/targets/" + t.b + "/record").then().statusCode(404);
    }

    /** Bad scores are refused naming the field, and nothing is stored. */
    @Test
    void badScoresAreRefusedNamingTheField() {
        long id = planned(t.newTemplate(), List.of(t.a, t.b));
        step(id, "start", 0);
        score(t.staffS, id, t.a, 0, List.of(points("A1", 41))).statusCode(422).body("errors[0].field", equalTo("items[0].points"))
                .body("errors[0].code", equalTo("out-of-range"));
        score(t.staffS, id, t.a, 0, List.of(points("A1", 10), points("A1", 11))).statusCode(422)
                .body("errors[0].field", equalTo("items[1].code")).body("errors[0].code", equalTo("listed-twice"));
        score(t.staffS, id, t.a, 0, List.of(points("A1", 10), points("Z9", 1))).statusCode(422)
                .body("errors[0].field", equalTo("items[1].code")).body("errors[0].code", equalTo("unknown-item"));
        score(t.staffS, id, t.a, 0, List.of(points("A1", -1))).statusCode(422).body("errors[0].field", equalTo("items[0].points"));
        score(t.staffS, id, t.a, 0, List.of(points("A1", 1.005))).statusCode(422).body("errors[0].code", equalTo("at-most-two-decimals"));
        score(t.staffS, id, t.a, 0, List.of(veto("A1", 10, false))).statusCode(422).body("errors[0].field", equalTo("items[0].passed"))
                .body("errors[0].code", equalTo("veto-only"));
        Map<String, Object> control = points("A1", 10);
        control.put("note", "备\u0000注");
        score(t.staffS, id, t.a, 0, List.of(control)).statusCode(422).body("errors[0].field", equalTo("items[0].note"));
        score(t.staffS, id, t.a, 0, List.of()).statusCode(422).body("errors[0].field", equalTo("items"));
        score(t.staffS, id, t.d, 0, List.of(points("A1", 1))).statusCode(404);
        score(t.staffT, id, t.a, 0, List.of(points("A1", 1))).statusCode(404);
        as(t.staffS).get("/api/v1/inspections/" + id + "/targets/" + t.a + "/scores").then().statusCode(200)
                .body("version", equalTo(0)).body("total", equalTo(0)).body("grade", equalTo("POOR"));
        // A point cleared with null is no longer counted.
        score(t.staffS, id, t.a, 0, List.of(points("A1", 10))).statusCode(200).body("total", equalTo(10));
        Map<String, Object> cleared = new HashMap<>();
        cleared.put("code", "A1");
        cleared.put("points", null);
        score(t.staffS, id, t.a, 1, List.of(cleared)).statusCode(200).body("total", equalTo(0));
    }

    /** A finding from an inspection names that inspection, one of its targets and an item of its sheet; else 4xx. */
    @Test
    void aFindingFromAnInspectionNamesItsTargetAndItem() {
        long id = planned(t.newTemplate(), List.of(t.a));
        as(t.staffS).body(finding(id, t.a, "A1")).post("/api/v1/findings").then().statusCode(201)
                .body("inspectionId", equalTo((int) id)).body("itemCode", equalTo("A1"));
        as(t.staffS).body(finding(id, t.b, "A1")).post("/api/v1/findings").then().statusCode(422)
                .body("errors[0].field", equalTo("targetOrganizationId")).body("errors[0].code", equalTo("not-inspected"));
        as(t.staffS).body(finding(id, t.a, "Z9")).post("/api/v1/findings").then().statusCode(422)
                .body("errors[0].field", equalTo("itemCode")).body("errors[0].code", equalTo("unknown-item"));
        as(t.staffS).body(finding(id + 100000, t.a, "A1")).post("/api/v1/findings").then().statusCode(404)
                .body("errors[0].field", equalTo("inspectionId"));
    }

    Map<String, Object> finding(long inspectionId, long target, String itemCode) {
        return new HashMap<>(Map.of("targetOrganizationId", target, "raisingOrganizationId", t.s, "source", "INSPECTION",
                "inspectionId", inspectionId, "itemCode", itemCode, "description", "台账记录不全", "severity", "MEDIUM"));
    }

    /** Equal totals share a rank; the xlsx holds the ranking with each item's points. */
    @Test
    void equalTotalsShareARankAndTheXlsxHoldsTheResults() throws Exception {
        long id = planned(t.newTemplate(), List.of(t.a, t.b, t.c));
        step(id, "start", 0);
        score(t.staffS, id, t.a, 0, List.of(points("A1", 30), points("A2", 40))).statusCode(200);
        score(t.staffS, id, t.b, 0, List.of(points("A1", 35), points("A2", 35))).statusCode(200);
        score(t.staffS, id, t.c, 0, List.of(points("A1", 40), points("A2", 45), veto("V1", 10, true))).statusCode(200);
        JsonPath results = as(t.staffS).get("/api/v1/inspections/" + id + "/results").then().statusCode(200).extract().jsonPath();
        assertThat(results.getList("rows.organizationId", Long.class)).containsExactly(t.c, t.a, t.b);
        assertThat(results.getList("rows.rank", Integer.class)).containsExactly(1, 2, 2);
        assertThat(results.getList("rows.grade", String.class)).containsExactly("EXCELLENT", "FAIR", "FAIR");

        byte[] xlsx = as(t.staffS).get("/api/v1/inspections/" + id + "/results/export").then().statusCode(200)
                .contentType(containsString("spreadsheetml")).header("Content-Disposition", containsString("filename*=UTF-8''"))
                .extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            List<String> head = cells(sheet.getRow(0));
            assertThat(head).containsExactly("排名", "被检查单位", "A1 落实意识形态工作责任制情况（40分）", "A2 阵地管理情况（50分）",
                    "V1 未发生严重错误导向事件（10分）【一票否决】", "总分", "等级", "一票否决");
            assertThat(cells(sheet.getRow(1))).containsExactly("1", t.nameC, "40", "45", "10", "95", "优秀", "否");
            assertThat(cells(sheet.getRow(2))).containsExactly("2", t.nameA, "30", "40", "", "70", "一般", "否");
            assertThat(cells(sheet.getRow(3))).containsExactly("2", t.nameB, "35", "35", "", "70", "一般", "否");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
        }
        as(t.staffA).get("/api/v1/inspections/" + id + "/results/export").then().statusCode(404);
    }

    // ---- helpers

    long planned(long template, List<Long> targets) {
        return as(t.staffS).body(inspection(t.s, "ANNUAL_ASSESSMENT", template, year, targets, List.of(t.staffYId)))
                .post("/api/v1/inspections").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    Map<String, Object> rule() {
        return new HashMap<>(Map.of("issuerOrganizationId", t.s, "title", "年度督查", "kind", "INSPECTION", "period", "YEAR",
                "minCount", 1, "appliesTo", List.of("STREET", "COMMUNITY"), "includeIssuer", true,
                "accountableRole", "FIRST_RESPONSIBLE", "validFrom", "2024-01-01"));
    }

    static Map<String, Object> points(String code, Object points) {
        Map<String, Object> m = new HashMap<>();
        m.put("code", code);
        m.put("points", points);
        m.put("note", "查阅台账");
        return m;
    }

    static Map<String, Object> veto(String code, Object points, boolean passed) {
        Map<String, Object> m = points(code, points);
        m.put("passed", passed);
        return m;
    }

    static ValidatableResponse score(String user, long id, long org, long version, List<Map<String, Object>> items) {
        return as(user).body(Map.of("version", version, "items", items)).put("/api/v1/inspections/" + id + "/targets/" + org + "/scores")
                .then();
    }

    ValidatableResponse step(long id, String action, long version) {
        return as(t.staffS).body(Map.of("version", version)).post("/api/v1/inspections/" + id + "/" + action).then().statusCode(200);
    }

    void transitionRefused(long id, String action, long version) {
        as(t.staffS).body(Map.of("version", version)).post("/api/v1/inspections/" + id + "/" + action).then().statusCode(409)
                .body("type", endsWith("inspection-transition"));
    }

    long instanceOf(long org, String period, long ruleId) {
        List<Map<String, Object>> items = as("admin").queryParam("under", org).queryParam("period", period).queryParam("size", 500)
                .get("/api/v1/obligations").then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(i -> ((Number) i.get("ruleId")).longValue() == ruleId && ((Number) ((Map<?, ?>) i.get("organization")).get("id")).longValue() == org)
                .map(i -> ((Number) i.get("id")).longValue()).findFirst().orElseThrow();
    }

    List<String> eventTypes(long id) {
        return fixtures.asSystem(() -> {
            @SuppressWarnings("unchecked")
            List<String> types = em.createNativeQuery("SELECT type FROM outbox_event WHERE aggregate_type = 'inspection'"
                    + " AND aggregate_id = ?1 ORDER BY id").setParameter(1, String.valueOf(id)).getResultList();
            return types;
        });
    }

    static List<String> titles(String user) {
        return as(user).get("/api/v1/me/notifications").then().statusCode(200).extract().jsonPath().getList("items.title", String.class);
    }

    static List<String> cells(Row row) {
        List<String> out = new ArrayList<>();
        row.forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }
}
