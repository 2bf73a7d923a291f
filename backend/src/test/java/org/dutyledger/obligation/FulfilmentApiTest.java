package org.dutyledger.obligation;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dutyledger.common.Today;
import org.dutyledger.support.Demo;
import org.dutyledger.support.Duties;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Fixtures;
import org.dutyledger.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.obligation.ObligationTree.createRule;
import static org.dutyledger.obligation.ObligationTree.instancesOf;
import static org.dutyledger.obligation.ObligationTree.rule;
import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** Fulfilment records, statuses, waivers, corrections, evidence, scope, the roll-up, my obligations, reminders. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class FulfilmentApiTest {

    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Inject
    Fixtures fixtures;

    @Inject
    ObligationReminders reminders;

    ObligationTree t;
    long ruleId;
    Periods.Period quarter;

    @BeforeEach
    void tree() {
        t = new ObligationTree(fixtures, Demo.uniqueCode(""));
        ruleId = createRule(t.staffX, rule(t.x, "测试季度研判", "ANALYSIS", "QUARTER", List.of("COMMUNITY")));
        quarter = Periods.containing(PeriodKind.QUARTER, Today.date());
    }

    long instanceOf(long org) {
        return ((Number) instancesOf(t.x, org, quarter.key(), ruleId).get(0).get("id")).longValue();
    }

    Map<String, Object> record(long org, List<Long> obligations, List<Long> participants) {
        Map<String, Object> b = new HashMap<>();
        b.put("organizationId", org);
        b.put("happenedOn", Today.date().toString());
        b.put("title", "第四季度意识形态工作分析研判会");
        b.put("kind", "ANALYSIS");
        b.put("participantIds", participants);
        b.put("guests", "街道宣传委员");
        b.put("summary", "会议分析了社区网络舆情。\n下一步加强阵地管理。");
        b.put("decisions", participants.isEmpty() ? List.of() : List.of(Map.of("text", "建立每周舆情通报制度",
                "positions", List.of(Map.of("personId", participants.get(0), "position", "OBJECT", "text", "建议每两周一次")))));
        b.put("obligationIds", obligations);
        return b;
    }

    @Test
    void aRecordMeetsTheInstanceAndACorrectionRecomputesIt() {
        long instance = instanceOf(t.a);
        long id = as(t.staffA).body(record(t.a, List.of(instance), List.of(t.personA))).post("/api/v1/fulfilments").then()
                .statusCode(201).body("late", equalTo(false)).body("obligationIds", equalTo(List.of((int) instance)))
                .body("participants[0].id", equalTo((int) t.personA))
                .body("decisions[0].positions[0].position", equalTo("OBJECT")).body("corrections", equalTo(0))
                .body("recordedBy.id", equalTo((int) t.personA)).body("version", equalTo(0))
                .extract().jsonPath().getLong("id");
        as(t.staffA).get("/api/v1/obligations/" + instance).then().statusCode(200).body("status", equalTo("MET"))
                .body("metCount", equalTo(1)).body("fulfilmentIds", equalTo(List.of((int) id)))
                .body("fulfilments[0].id", equalTo((int) id));

        Map<String, Object> correction = record(t.a, List.of(), List.of(t.personA));
        correction.remove("organizationId");
        correction.put("version", 0);
        correction.put("reason", "误关联到本季度");
        as(t.staffA).body(correction).post("/api/v1/fulfilments/" + id + "/corrections").then().statusCode(200)
                .body("corrections", equalTo(1)).body("obligationIds", hasSize(0)).body("version", equalTo(1));
        as(t.staffA).get("/api/v1/obligations/" + instance).then().statusCode(200).body("status", not(equalTo("MET")))
                .body("metCount", equalTo(0));
        as(t.staffA).body(correction).post("/api/v1/fulfilments/" + id + "/corrections").then().statusCode(409);
        correction.put("version", 1);
        correction.remove("reason");
        as(t.staffA).body(correction).post("/api/v1/fulfilments/" + id + "/corrections").then().statusCode(422)
                .body("errors[0].field", equalTo("reason"));
        assertThat(Duties.audit("fulfilment", id).getList("items.action", String.class)).contains("fulfilment.corrected", "fulfilment.recorded");
    }

    @Test
    void aSiblingNeverSeesAnotherOrganizationsObligationsRecordsOrEvidence() {
        long instance = instanceOf(t.a);
        long id = as(t.staffA).body(record(t.a, List.of(instance), List.of())).post("/api/v1/fulfilments").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        long file = upload(t.staffA, id, "签到表.png", "image/png", PNG).statusCode(201).extract().jsonPath().getLong("id");
        as(t.staffB).get("/api/v1/obligations/" + instance).then().statusCode(404);
        as(t.staffB).get("/api/v1/fulfilments/" + id).then().statusCode(404);
        as(t.staffB).get("/api/v1/fulfilments/" + id + "/attachments/" + file).then().statusCode(404);
        as(t.staffB).queryParam("under", t.x).get("/api/v1/obligations").then().statusCode(404);
        as(t.staffB).queryParam("under", t.b).get("/api/v1/obligations").then().statusCode(200)
                .body("items.organization.id", not(hasItem((int) t.a)));
        as(t.staffB).queryParam("under", t.a).queryParam("period", quarter.key()).get("/api/v1/compliance").then().statusCode(404);
        as(t.staffB).body(record(t.a, List.of(), List.of())).post("/api/v1/fulfilments").then().statusCode(404)
                .body("errors[0].field", equalTo("organizationId"));
        as(t.staffB).body(record(t.b, List.of(instance), List.of())).post("/api/v1/fulfilments").then().statusCode(404)
                .body("errors[0].field", equalTo("obligationIds[0]"));
        as(t.staffB).body(Map.of("version", 0, "reason", "x")).post("/api/v1/obligations/" + instance + "/waive").then().statusCode(404);
    }

    @Test
    void badRecordsAreRefusedNamingTheFieldAndNothingIsWritten() {
        long mine = instanceOf(t.a);
        long theirs = instanceOf(t.b);
        as(t.staffX).body(record(t.a, List.of(theirs), List.of())).post("/api/v1/fulfilments").then().statusCode(422)
                .body("errors[0].field", equalTo("obligationIds[0]"));
        as(t.staffA).body(record(t.a, List.of(mine), List.of(t.personB))).post("/api/v1/fulfilments").then().statusCode(422)
                .body("errors[0].field", equalTo("participantIds[0]"));
        Map<String, Object> future = record(t.a, List.of(mine), List.of());
        future.put("happenedOn", Today.date().plusDays(2).toString());
        as(t.staffA).body(future).post("/api/v1/fulfilments").then().statusCode(422).body("errors[0].field", equalTo("happenedOn"));
        Map<String, Object> badDecision = record(t.a, List.of(mine), List.of());
        badDecision.put("decisions", List.of(Map.of("text", "决定", "positions", List.of(Map.of("personId", t.personA, "position", "AGREE")))));
        as(t.staffA).body(badDecision).post("/api/v1/fulfilments").then().statusCode(422)
                .body("errors[0].field", equalTo("decisions[0].positions[0].personId"));
        Map<String, Object> noTitle = record(t.a, List.of(mine), List.of());
        noTitle.put("title", " ");
        as(t.staffA).body(noTitle).post("/api/v1/fulfilments").then().statusCode(422).body("errors[0].field", equalTo("title"));
        as(t.staffA).queryParam("organizationId", t.a).get("/api/v1/fulfilments").then().statusCode(200).body("total", equalTo(0));
        as(t.staffA).get("/api/v1/obligations/" + mine).then().statusCode(200).body("metCount", equalTo(0));
    }

    @Test
    void evidenceIsCheckedLikePublicationAttachments() throws Exception {
        long id = as(t.staffA).body(record(t.a, List.of(), List.of())).post("/api/v1/fulfilments").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PNG));
        long file = upload(t.staffA, id, "现场照片.png", "image/png", PNG).statusCode(201)
                .body("sha256", equalTo(sha)).body("size", equalTo(PNG.length)).body("contentType", equalTo("image/png"))
                .extract().jsonPath().getLong("id");
        byte[] back = as(t.staffA).get("/api/v1/fulfilments/" + id + "/attachments/" + file).then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment"))
                .extract().asByteArray();
        assertThat(back).isEqualTo(PNG);
        as(t.staffA).get("/api/v1/fulfilments/" + id).then().statusCode(200).body("attachments[0].sha256", equalTo(sha));
        upload(t.staffA, id, "会议纪要.pdf", "application/pdf", PNG).statusCode(422)
                .body("type", endsWith("attachment-content-mismatch")).body("errors[0].field", equalTo("file"));
        upload(t.staffA, id, "big.txt", "text/plain", new byte[1024 * 1024 + 1]).statusCode(413);
        upload(t.staffB, id, "a.png", "image/png", PNG).statusCode(404);
        upload("auditor", id, "a.png", "image/png", PNG).statusCode(403);
        as(t.staffA).get("/api/v1/fulfilments/" + id).then().statusCode(200).body("attachments", hasSize(1));
    }

    @Test
    void onlyTheIssuingLevelWaivesWithAReason() {
        long instance = instanceOf(t.a);
        long version = as(t.staffA).get("/api/v1/obligations/" + instance).then().statusCode(200).extract().jsonPath().getLong("version");
        as(t.staffA).body(Map.of("version", version, "reason", "我们自己免了")).post("/api/v1/obligations/" + instance + "/waive")
                .then().statusCode(403).body("type", endsWith("self-waiver"))
                .body("detail", equalTo("待落实事项 " + instance + "：被要求的组织不能修改或豁免自己的工作要求，由发布单位的工作人员办理"));
        as(t.staffX).body(Map.of("version", version)).post("/api/v1/obligations/" + instance + "/waive")
                .then().statusCode(422).body("errors[0].field", equalTo("reason"));
        as(t.staffX).body(Map.of("version", version + 5, "reason", "社区合并")).post("/api/v1/obligations/" + instance + "/waive")
                .then().statusCode(409);
        as(t.staffX).body(Map.of("version", version, "reason", "社区合并调整中")).post("/api/v1/obligations/" + instance + "/waive")
                .then().statusCode(200).body("status", equalTo("WAIVED")).body("waivedReason", equalTo("社区合并调整中"));
        as(t.staffX).body(Map.of("version", version + 1, "reason", "再次")).post("/api/v1/obligations/" + instance + "/waive")
                .then().statusCode(409).body("errors[0].code", equalTo("already-waived"))
                .body("errors[0].message", equalTo("待落实事项 " + instance + " 已豁免"));
        assertThat(Duties.audit("obligation", instance).getList("items.action", String.class)).contains("obligation.waived");
    }

    @Test
    void theRollUpCountsEachChildsSubtreeAndTheTotals() throws Exception {
        // Schools: a type no demo rule applies to, so the counts are this test's alone.
        long y = Demo.createOrg("教育工委", "OTHER", t.x).getLong("id");
        long s1 = Demo.createOrg("第一中学", "SCHOOL", y).getLong("id");
        long s11 = Demo.createOrg("第一中学分校", "SCHOOL", s1).getLong("id");
        long s2 = Demo.createOrg("第二中学", "SCHOOL", y).getLong("id");
        long empty = Demo.createOrg("教育工委办公室", "DEPARTMENT", y).getLong("id");
        long rule = createRule(t.staffX, rule(y, "学校季度研判", "ANALYSIS", "QUARTER", List.of("SCHOOL")));
        long i2 = ((Number) instancesOf(y, s2, quarter.key(), rule).get(0).get("id")).longValue();
        as(t.staffX).body(record(s2, List.of(i2), List.of())).post("/api/v1/fulfilments").then().statusCode(201);
        long i11 = ((Number) instancesOf(y, s11, quarter.key(), rule).get(0).get("id")).longValue();
        long v = as(t.staffX).get("/api/v1/obligations/" + i11).then().extract().jsonPath().getLong("version");
        as(t.staffX).body(Map.of("version", v, "reason", "新建分校")).post("/api/v1/obligations/" + i11 + "/waive").then().statusCode(200);

        var c = as(t.staffX).queryParam("under", y).queryParam("period", quarter.key()).get("/api/v1/compliance").then()
                .statusCode(200).body("period", equalTo(quarter.key())).body("organization.id", equalTo((int) y))
                .body("rules", hasSize(1)).body("rules[0].id", equalTo((int) rule)).body("rules[0].kind", equalTo("ANALYSIS"))
                .body("totals.total", equalTo(3)).body("totals.met", equalTo(1)).body("totals.waived", equalTo(1))
                .body("rows", hasSize(3)).extract().jsonPath();
        assertThat(c.getDouble("totals.rate")).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(0.001));
        Map<String, Object> row1 = c.getMap("rows.find { it.organization.id == " + s1 + " }");
        assertThat(row1.get("hasChildren")).isEqualTo(true);
        assertThat(((Map<?, ?>) row1.get("total")).get("total")).isEqualTo(2);
        assertThat(((Map<?, ?>) row1.get("total")).get("waived")).isEqualTo(1);
        Map<String, Object> row2 = c.getMap("rows.find { it.organization.id == " + s2 + " }");
        Map<?, ?> cell = (Map<?, ?>) ((List<?>) row2.get("cells")).get(0);
        assertThat(cell.get("ruleId")).isEqualTo((int) rule);
        assertThat(cell.get("met")).isEqualTo(1);
        assertThat(((Number) cell.get("rate")).doubleValue()).isEqualTo(1.0);
        Map<String, Object> rowEmpty = c.getMap("rows.find { it.organization.id == " + empty + " }");
        assertThat(((Map<?, ?>) rowEmpty.get("total")).get("total")).isEqualTo(0);
        assertThat(((Map<?, ?>) rowEmpty.get("total")).get("rate")).isNull();
        // Only problems: nothing here is overdue or missed.
        as(t.staffX).queryParam("under", y).queryParam("period", quarter.key()).queryParam("onlyProblems", "true")
                .get("/api/v1/compliance").then().statusCode(200).body("rows", hasSize(0));
        // A year holds its quarters; a sibling of the tree sees nothing of it.
        as(t.staffX).queryParam("under", y).queryParam("period", String.valueOf(quarter.start().getYear()))
                .get("/api/v1/compliance").then().statusCode(200).body("totals.total", equalTo(3));
        as(t.staffB).queryParam("under", y).queryParam("period", quarter.key()).get("/api/v1/compliance").then().statusCode(404);
        as(t.staffX).queryParam("under", y).get("/api/v1/compliance").then().statusCode(400).body("errors[0].field", equalTo("period"));

        byte[] xlsx = as(t.staffX).queryParam("under", y).queryParam("period", quarter.key()).get("/api/v1/compliance/export")
                .then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("组织");
            assertThat(wb.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("学校季度研判");
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(7);
        }
    }

    @Test
    void myObligationsAndTheCalendarShowWhatMyOrganizationOwes() {
        List<Map<String, Object>> mine = as(t.staffA).get("/api/v1/me/obligations").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertThat(mine).extracting(i -> (Object) ((Map<?, ?>) i.get("organization")).get("id")).containsOnly((int) t.a);
        assertThat(mine).extracting(i -> (String) i.get("dueDate")).isSorted();
        assertThat(mine).filteredOn(i -> ((Number) i.get("ruleId")).longValue() == ruleId).hasSize(2);
        as(t.staffA).queryParam("organizationId", t.a).queryParam("year", quarter.start().getYear())
                .get("/api/v1/obligations/calendar").then().statusCode(200).body("period", hasItem(quarter.key()));
        as(t.staffB).queryParam("organizationId", t.a).queryParam("year", 2026).get("/api/v1/obligations/calendar").then().statusCode(404);
        as(t.staffA).queryParam("organizationId", t.a).get("/api/v1/obligations/calendar").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }

    @Test
    void remindersGoToTheAccountableHoldersOnceAndOverdueOnesEscalate() {
        Duties.assigned(t.personA, t.a, "FIRST_RESPONSIBLE", "2024-01-01", null);
        long instance = instanceOf(t.a);
        LocalDate due = LocalDate.parse(as(t.staffA).get("/api/v1/obligations/" + instance).then().extract().jsonPath().getString("dueDate"));
        // Two service instances at once: each step is claimed by one of them only.
        var one = java.util.concurrent.CompletableFuture.supplyAsync(() -> reminders.send(due.minusDays(7)));
        var two = java.util.concurrent.CompletableFuture.supplyAsync(() -> reminders.send(due.minusDays(7)));
        one.join();
        two.join();
        reminders.send(due.minusDays(7));
        assertThat(as(t.staffA).get("/api/v1/me/notifications").then().statusCode(200).extract().jsonPath()
                .getList("items.title", String.class)).filteredOn(s -> s.contains("测试季度研判"))
                .singleElement().satisfies(s -> assertThat(s).contains(due.toString()));
        // Seven days overdue: the 第一责任人 (here the same person) hears of it once more, as an escalation.
        reminders.send(due.plusDays(8));
        reminders.send(due.plusDays(8));
        assertThat(as(t.staffA).get("/api/v1/me/notifications").then().statusCode(200).extract().jsonPath()
                .getList("items.title", String.class)).filteredOn(s -> s.contains("测试季度研判")).hasSize(2)
                .anyMatch(s -> s.contains("逾期超过 7 天"));
    }

    long unread(String user) {
        return as(user).get("/api/v1/me/notifications/unread-count").then().statusCode(200).extract().jsonPath().getLong("unreadCount");
    }

    static ValidatableResponse upload(String user, long id, String name, String type, byte[] content) {
        return given().auth().oauth2("auditor".equals(user) ? Tokens.of(user, "auditor") : Tokens.of(user))
                .multiPart("file", name, content, type).when().post("/api/v1/fulfilments/" + id + "/attachments").then();
    }
}
