package org.dutyledger.report;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.dutyledger.common.Today;
import org.dutyledger.obligation.PeriodKind;
import org.dutyledger.obligation.Periods;
import org.dutyledger.support.Demo;
import org.dutyledger.support.Duties;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Fixtures;
import org.dutyledger.support.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.report.WorkReportTree.create;
import static org.dutyledger.report.WorkReportTree.report;
import static org.dutyledger.report.WorkReportTree.step;
import static org.dutyledger.report.WorkReportTree.version;
import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Work reports: the state machine, sign-off by the day's 第一责任人, deadlines, compile, board, scope, files. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class WorkReportApiTest {

    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Inject
    Fixtures fixtures;

    /** The day the service believes it is, while a test holds one; closed after each test. */
    Today.Pretence pretence;

    @Inject
    jakarta.persistence.EntityManager em;

    WorkReportTree t;

    @BeforeEach
    void tree() {
        t = new WorkReportTree(fixtures, Demo.uniqueCode(""));
    }

    @AfterEach
    void calendarAgain() {
        pretend(null);
    }

    /** From now on the service acts on `day` (null: the calendar's day again). */
    private void pretend(LocalDate day) {
        if (pretence != null) {
            pretence.close();
            pretence = null;
        }
        if (day != null) {
            pretence = Today.pretend(day);
        }
    }

    /** Draft, sign-off, submit, acknowledge; the REPORT obligation of the half is met; everyone concerned is told. */
    @Test
    void aReportGoesUpSignedOffAndFulfilsTheReportObligation() {
        Periods.Period half = Periods.containing(PeriodKind.HALF, Today.date());
        Map<String, Object> rule = new HashMap<>(Map.of("issuerOrganizationId", t.s, "title", "每半年专题汇报", "kind", "REPORT",
                "period", "HALF", "minCount", 1, "appliesTo", List.of("COMMUNITY"), "includeIssuer", false,
                "accountableRole", "FIRST_RESPONSIBLE", "validFrom", "2024-01-01"));
        long ruleId = as(t.staffS).body(rule).post("/api/v1/obligation-rules").then().statusCode(201).extract().jsonPath().getLong("id");
        long instance = instanceOf(t.a, half.key(), ruleId);

        JsonPath r = create(t.staffA, report(t.a, "SEMIANNUAL", half.key()));
        long id = r.getLong("id");
        assertThat(r.getString("status")).isEqualTo("DRAFT");
        assertThat(r.getLong("recipientOrganizationId")).isEqualTo(t.s);
        assertThat(r.getString("recipientOrganizationName")).isEqualTo(t.nameS);
        assertThat(r.getString("title")).isEqualTo(t.nameA + WorkReportPeriods.words(half) + "意识形态工作专题汇报");
        assertThat(r.getString("progress")).contains("<p>组织学习12次。</p>").doesNotContain("script");
        assertThat(r.getString("dueOn")).isEqualTo(half.end().toString());
        assertThat(titles(t.leaderA)).anyMatch(s -> s.contains("待签发"));

        as(t.staffA).body(Map.of("version", 0)).post("/api/v1/work-reports/" + id + "/submit").then().statusCode(409)
                .body("type", endsWith("report-not-signed"));
        as(t.staffA).body(Map.of("version", 0)).post("/api/v1/work-reports/" + id + "/sign-off").then().statusCode(403)
                .body("type", endsWith("not-first-responsible"));
        JsonPath signed = step(t.leaderA, id, "sign-off", 0);
        assertThat(signed.getString("status")).isEqualTo("SIGNED_OFF");
        assertThat(signed.getString("signedOffByName")).startsWith("甲社区书记");
        assertThat(signed.getLong("version")).isEqualTo(1);
        as(t.staffA).body(Map.of("version", 0)).post("/api/v1/work-reports/" + id + "/submit").then().statusCode(409)
                .body("type", endsWith("version-conflict"));
        JsonPath submitted = step(t.staffA, id, "submit", 1);
        assertThat(submitted.getString("status")).isEqualTo("SUBMITTED");
        assertThat(submitted.getBoolean("late")).isFalse();
        assertThat(submitted.getString("submittedAt")).isNotNull();
        assertThat(titles(t.leaderS)).anyMatch(s -> s.contains("收到工作汇报") && s.contains(t.nameA));
        assertThat(titles(t.liaisonS)).anyMatch(s -> s.contains("收到工作汇报"));

        as("admin").get("/api/v1/obligations/" + instance).then().statusCode(200).body("status", equalTo("MET"))
                .body("metCount", equalTo(1)).body("fulfilments[0].kind", equalTo("REPORT"));

        as(t.staffA).body(Map.of("version", 2)).post("/api/v1/work-reports/" + id + "/acknowledge").then().statusCode(403);
        JsonPath ack = step(t.staffS, id, "acknowledge", 2);
        assertThat(ack.getString("status")).isEqualTo("ACKNOWLEDGED");
        assertThat(ack.getString("acknowledgedByName")).startsWith("街道干事");
        assertThat(titles(t.staffA)).anyMatch(s -> s.contains("已确认"));
        assertThat(Duties.audit("work-report", id).getList("items.action", String.class))
                .contains("work-report.created", "work-report.signed-off", "work-report.submitted", "work-report.acknowledged");
        assertThat(eventTypes(id)).contains("work-report.created", "work-report.signed-off", "work-report.submitted",
                "work-report.acknowledged");
        // Acknowledged is final on both sides.
        as(t.staffS).body(Map.of("version", 3, "comment", "再补充")).post("/api/v1/work-reports/" + id + "/return").then()
                .statusCode(409).body("type", endsWith("report-transition"));
    }

    /** Every forbidden step is a 409 naming from and to; a return sends it back through edit, sign-off and submit. */
    @Test
    void returnAndResubmitAndTheForbiddenTransitions() {
        long id = create(t.staffA, report(t.a, "ANNUAL", "2025")).getLong("id");
        as(t.staffS).body(Map.of("version", 0)).post("/api/v1/work-reports/" + id + "/acknowledge").then().statusCode(409)
                .body("type", endsWith("report-transition")).body("detail", containsString("DRAFT"));
        step(t.leaderA, id, "sign-off", 0);
        as(t.leaderA).body(Map.of("version", 1)).post("/api/v1/work-reports/" + id + "/sign-off").then().statusCode(409)
                .body("type", endsWith("report-transition"));
        // Editing what the leader signed puts it back to a draft.
        JsonPath edited = put(t.staffA, id, 1, "修改后的标题").statusCode(200).extract().jsonPath();
        assertThat(edited.getString("status")).isEqualTo("DRAFT");
        assertThat(edited.getString("signedOffByName")).isNull();
        step(t.leaderA, id, "sign-off", 2);
        step(t.staffA, id, "submit", 3);
        put(t.staffA, id, 4, "报送后不能改").statusCode(409).body("type", endsWith("report-transition"));
        as(t.staffS).body(Map.of("version", 4)).post("/api/v1/work-reports/" + id + "/return").then().statusCode(422)
                .body("errors[0].field", equalTo("comment"));
        JsonPath returned = as(t.staffS).body(Map.of("version", 4, "comment", "请补充阵地管理的具体数据"))
                .post("/api/v1/work-reports/" + id + "/return").then().statusCode(200).extract().jsonPath();
        assertThat(returned.getString("status")).isEqualTo("RETURNED");
        assertThat(returned.getString("returnComment")).isEqualTo("请补充阵地管理的具体数据");
        assertThat(titles(t.staffA)).anyMatch(s -> s.contains("被退回") && s.contains("请补充阵地管理的具体数据"));
        as(t.staffA).get("/api/v1/me/work-reports").then().statusCode(200).body("returned.id", hasItem((int) id));
        as(t.leaderA).get("/api/v1/me/work-reports").then().statusCode(200).body("toSignOff.id", hasItem((int) id));

        as(t.staffA).body(Map.of("version", 5)).post("/api/v1/work-reports/" + id + "/submit").then().statusCode(409)
                .body("type", endsWith("report-not-signed"));
        assertThat(put(t.staffA, id, 5, "补充后的报告").statusCode(200).extract().jsonPath().getString("status")).isEqualTo("RETURNED");
        step(t.leaderA, id, "sign-off", 6);
        JsonPath again = step(t.staffA, id, "submit", 7);
        assertThat(again.getString("status")).isEqualTo("SUBMITTED");
        assertThat(again.getString("title")).isEqualTo("补充后的报告");
        as(t.staffS).get("/api/v1/me/work-reports").then().statusCode(200).body("toAcknowledge.id", hasItem((int) id));
        step(t.staffS, id, "acknowledge", 8);
        as(t.staffA).body(Map.of("version", 9)).post("/api/v1/work-reports/" + id + "/submit").then().statusCode(409)
                .body("type", endsWith("report-transition"));
        assertThat(Duties.audit("work-report", id).getList("items.action", String.class))
                .contains("work-report.returned", "work-report.updated");
        // The resubmission did not record the fulfilment twice: one REPORT record of the organization.
        as(t.staffA).queryParam("organizationId", t.a).get("/api/v1/fulfilments").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].kind", equalTo("REPORT"));
    }

    /** The menu's badge (`/me/counts`) counts the caller's inbox of `/me/work-reports`, step by step. */
    @Test
    void theWorkReportsBadgeFollowsTheInbox() {
        long id = create(t.staffA, report(t.a, "ANNUAL", "2025")).getLong("id");
        assertThat(workReportsBadge(t.leaderA)).as("waits for the 第一责任人's sign-off").isEqualTo(1);
        assertThat(workReportsBadge(t.staffS)).isZero();
        step(t.leaderA, id, "sign-off", 0);
        assertThat(workReportsBadge(t.leaderA)).isZero();
        step(t.staffA, id, "submit", 1);
        assertThat(workReportsBadge(t.staffS)).as("waits for the recipient's acknowledgement").isEqualTo(1);
        as(t.staffS).body(Map.of("version", 2, "comment", "请补充数据")).post("/api/v1/work-reports/" + id + "/return")
                .then().statusCode(200);
        assertThat(workReportsBadge(t.staffS)).isZero();
        assertThat(workReportsBadge(t.staffA)).as("returned to the author's staff").isEqualTo(1);
        assertThat(workReportsBadge(t.leaderA)).as("and again to sign off").isEqualTo(1);
        assertThat(workReportsBadge(t.staffB)).isZero();
    }

    private static long workReportsBadge(String user) {
        return as(user).get("/api/v1/me/counts").then().statusCode(200).extract().jsonPath().getLong("workReports");
    }

    /** The 第一责任人 of the day signs: after a hand-over the successor does, the predecessor no longer. */
    @Test
    void signOffFollowsTheHandOver() {
        String successor = "wrnew" + Long.toString(System.nanoTime(), 36);
        long successorId = fixtures.newPerson("新任书记", successor, t.codeA, org.dutyledger.person.MembershipRole.MEMBER);
        LocalDate day = Today.date();
        Duties.handOver("admin", t.a, "FIRST_RESPONSIBLE", successorId, day.toString()).statusCode(201);
        long id = create(t.staffA, report(t.a, "DUTY_REPORT", "2025")).getLong("id");
        as(t.leaderA).body(Map.of("version", 0)).post("/api/v1/work-reports/" + id + "/sign-off").then().statusCode(403)
                .body("type", endsWith("not-first-responsible"));
        // The day before the hand-over the predecessor held the duty, and the successor did not.
        pretend(day.minusDays(1));
        as(successor).body(Map.of("version", 0)).post("/api/v1/work-reports/" + id + "/sign-off").then().statusCode(403);
        pretend(null);
        assertThat(step(successor, id, "sign-off", 0).getString("signedOffByName")).isEqualTo("新任书记");
        long other = create(t.staffA, report(t.a, "ANNUAL", "2025")).getLong("id");
        pretend(day.minusDays(1));
        assertThat(step(t.leaderA, other, "sign-off", 0).getString("status")).isEqualTo("SIGNED_OFF");
    }

    /** On the due day a report is on time, the day after it is late; the board says who has and has not reported. */
    @Test
    void lateAtTheBoundaryAndTheStatusBoard() throws Exception {
        String leaderB = "wrlb" + Long.toString(System.nanoTime(), 36);
        Duties.assigned(fixtures.newPerson("乙社区书记", leaderB, codeOf(t.b), org.dutyledger.person.MembershipRole.MEMBER),
                t.b, "FIRST_RESPONSIBLE", "2024-01-01", null);
        LocalDate due = LocalDate.parse("2025-12-31");
        long onTime = create(t.staffA, report(t.a, "SEMIANNUAL", "2025-H2")).getLong("id");
        long late = create(t.staffB, report(t.b, "SEMIANNUAL", "2025-H2")).getLong("id");
        pretend(due);
        step(t.leaderA, onTime, "sign-off", 0);
        assertThat(step(t.staffA, onTime, "submit", 1).getBoolean("late")).isFalse();
        board(t.staffS, "2025-H2").body("dueOn", equalTo("2025-12-31")).body("kind", equalTo("SEMIANNUAL"))
                .body("rows.find { it.organizationId == " + t.c + " }.status", equalTo("NOT_STARTED"))
                .body("rows.find { it.organizationId == " + t.c + " }.late", equalTo(false));
        pretend(due.plusDays(1));
        step(leaderB, late, "sign-off", 0);
        assertThat(step(t.staffB, late, "submit", 1).getBoolean("late")).isTrue();

        JsonPath b = board(t.staffS, "2025-H2").body("rows", hasSize(3)).body("period", equalTo("2025-H2")).extract().jsonPath();
        assertThat(b.getString("rows.find { it.organizationId == " + t.a + " }.status")).isEqualTo("SUBMITTED");
        assertThat(b.getBoolean("rows.find { it.organizationId == " + t.a + " }.late")).isFalse();
        assertThat(b.getLong("rows.find { it.organizationId == " + t.a + " }.reportId")).isEqualTo(onTime);
        assertThat(b.getBoolean("rows.find { it.organizationId == " + t.b + " }.late")).isTrue();
        assertThat(b.getString("rows.find { it.organizationId == " + t.c + " }.status")).isEqualTo("NOT_STARTED");
        assertThat(b.getBoolean("rows.find { it.organizationId == " + t.c + " }.late")).isTrue();
        assertThat(b.getString("rows.find { it.organizationId == " + t.c + " }.reportId")).isNull();

        byte[] xlsx = as(t.staffS).queryParam("under", t.s).queryParam("period", "2025-H2").get("/api/v1/work-reports/status/export")
                .then().statusCode(200).header("Content-Disposition", containsString("filename*=UTF-8''")).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("组织");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            Map<String, List<String>> rows = new HashMap<>();
            for (int i = 1; i <= 3; i++) {
                var row = sheet.getRow(i);
                rows.put(row.getCell(0).getStringCellValue(), List.of(row.getCell(1).getStringCellValue(),
                        row.getCell(2).getStringCellValue(), row.getCell(3).getStringCellValue()));
            }
            assertThat(rows.get(t.nameA).subList(0, 2)).containsExactly("已报送", "否");
            assertThat(rows.get(t.nameB).subList(0, 2)).containsExactly("已报送", "是");
            assertThat(rows.values()).anySatisfy(v -> assertThat(v).containsExactly("未开始", "是", ""));
        }
        // A sibling cannot see the street's board; a bad period is a 400 naming it.
        as(t.staffB).queryParam("under", t.s).queryParam("period", "2025-H2").get("/api/v1/work-reports/status").then().statusCode(404);
        as(t.staffS).queryParam("under", t.s).queryParam("period", "2025-H2").queryParam("kind", "ANNUAL")
                .get("/api/v1/work-reports/status").then().statusCode(400).body("errors[0].field", equalTo("period"));
    }

    /** The street starts its own report from its communities' submitted ones, each under its name, with links back. */
    @Test
    void compileFromTheChildrensSubmittedReports() {
        long fromA = create(t.staffA, report(t.a, "SEMIANNUAL", "2025-H1")).getLong("id");
        step(t.leaderA, fromA, "sign-off", 0);
        step(t.staffA, fromA, "submit", 1);
        Map<String, Object> draftB = report(t.b, "SEMIANNUAL", "2025-H1");
        draftB.put("progress", "<p>乙社区尚未报送的内容</p>");
        create(t.staffB, draftB);

        JsonPath c = as(t.staffS).body(Map.of("organizationId", t.s, "kind", "SEMIANNUAL", "period", "2025-H1"))
                .post("/api/v1/work-reports/compile").then().statusCode(201).extract().jsonPath();
        assertThat(c.getString("status")).isEqualTo("DRAFT");
        assertThat(c.getLong("organizationId")).isEqualTo(t.s);
        assertThat(c.getLong("recipientOrganizationId")).isEqualTo(Duties.container());
        assertThat(c.getString("progress")).isEqualTo("<h3>" + t.nameA + "</h3><p>组织学习12次。</p><p>开展网络阵地排查。</p>");
        assertThat(c.getString("problems")).isEqualTo("<h3>" + t.nameA + "</h3><p>阵地管理人员不足。</p>");
        assertThat(c.getString("plans")).contains("加强培训").doesNotContain("乙社区");
        assertThat(c.getList("sources.reportId", Long.class)).containsExactly(fromA);
        assertThat(c.getList("sources.organizationName", String.class)).containsExactly(t.nameA);
        as(t.staffS).body(Map.of("organizationId", t.s, "kind", "SEMIANNUAL", "period", "2025-H1"))
                .post("/api/v1/work-reports/compile").then().statusCode(409).body("type", endsWith("report-exists"));
        as(t.staffA).body(Map.of("organizationId", t.s, "kind", "SEMIANNUAL", "period", "2025-H1"))
                .post("/api/v1/work-reports/compile").then().statusCode(404).body("errors[0].field", equalTo("organizationId"));
        // The top of the tree has no superior to compile for: the refusal names the field the request has.
        long root = Demo.org("CITY");
        as("admin").get("/api/v1/organizations/" + root).then().statusCode(200).body("parentId", equalTo(null));
        as("admin").body(Map.of("organizationId", root, "kind", "SEMIANNUAL", "period", "2025-H1"))
                .post("/api/v1/work-reports/compile").then().statusCode(422)
                .body("errors[0].field", equalTo("organizationId")).body("errors[0].code", equalTo("no-superior"));
        assertThat(Duties.audit("work-report", c.getLong("id")).getList("items.action", String.class)).contains("work-report.compiled");
    }

    /**
     * A copy goes up the reporting organization's line or inside the caller's own scope, never sideways: a sibling's
     * subtree is refused as unknown, naming the field, and nothing is written.
     */
    @Test
    void copiesGoUpTheLineOrInsideTheCallersScopeOnly() {
        for (long sideways : List.of(t.b, t.y)) {
            Map<String, Object> body = report(t.a, "ANNUAL", "2025");
            body.put("copyOrganizationIds", List.of(Duties.container(), sideways));
            as(t.staffA).body(body).post("/api/v1/work-reports").then().statusCode(404)
                    .body("errors[0].field", equalTo("copyOrganizationIds[1]")).body("errors[0].code", equalTo("unknown-reference"));
        }
        as(t.staffA).queryParam("organizationId", t.a).get("/api/v1/work-reports").then().statusCode(200).body("total", equalTo(0));
        Map<String, Object> upTheLine = report(t.a, "ANNUAL", "2025");
        upTheLine.put("copyOrganizationIds", List.of(Duties.container()));
        long id = create(t.staffA, upTheLine).getLong("id");
        as(t.staffA).body(Map.of("version", 0, "title", "改抄送", "form", "WRITTEN", "copyOrganizationIds", List.of(t.y)))
                .put("/api/v1/work-reports/" + id).then().statusCode(404).body("errors[0].field", equalTo("copyOrganizationIds[0]"));
        assertThat(as(t.staffA).get("/api/v1/work-reports/" + id).then().statusCode(200).extract().jsonPath()
                .getList("copyOrganizationIds", Long.class)).containsExactly(Duties.container());
    }

    /** Author, recipient and copy sides read a report; a sibling does not know it exists. */
    @Test
    void siblingsNeverSeeAReportAndCopiesDo() {
        Map<String, Object> body = report(t.a, "ANNUAL", "2025");
        body.put("copyOrganizationIds", List.of(t.y, t.a));
        // Office Y lies beside the street: only a caller who may address it (here the admin) copies to it.
        JsonPath r = create("admin", body);
        long id = r.getLong("id");
        assertThat(r.getList("copyOrganizationIds", Long.class)).containsExactly(t.y);
        long file = upload(t.staffA, id, "附件.png", PNG).statusCode(201).extract().jsonPath().getLong("id");
        as(t.staffB).get("/api/v1/work-reports/" + id).then().statusCode(404);
        as(t.staffB).get("/api/v1/work-reports/" + id + "/document").then().statusCode(404);
        as(t.staffB).get("/api/v1/work-reports/" + id + "/attachments/" + file).then().statusCode(404);
        as(t.staffB).body(Map.of("version", 0)).post("/api/v1/work-reports/" + id + "/acknowledge").then().statusCode(404);
        as(t.staffB).get("/api/v1/work-reports").then().statusCode(200).body("items.id", not(hasItem((int) id)));
        as(t.staffY).get("/api/v1/work-reports/" + id).then().statusCode(200);
        as(t.staffY).queryParam("organizationId", t.a).get("/api/v1/work-reports").then().statusCode(200)
                .body("items.id", hasItem((int) id));
        as(t.staffS).queryParam("recipientId", t.s).queryParam("period", "2025").get("/api/v1/work-reports").then().statusCode(200)
                .body("items.id", hasItem((int) id)).body("total", equalTo(1));
        // The copy side reads only: it cannot edit or answer the report.
        put(t.staffY, id, 0, "抄送方修改").statusCode(403);
    }

    /** Bad input is refused naming the field, and nothing is written. */
    @Test
    void badInputIsRefusedNamingTheField() {
        as(t.staffA).body(report(t.a, "SEMIANNUAL", "2025")).post("/api/v1/work-reports").then().statusCode(400)
                .body("errors[0].field", equalTo("period")).body("errors[0].code", equalTo("period-not-of-kind"));
        as(t.staffA).body(report(t.a, "ANNUAL", "2025-H1")).post("/api/v1/work-reports").then().statusCode(400)
                .body("errors[0].field", equalTo("period"));
        as(t.staffA).body(report(t.a, "ANNUAL", "2025-Q5")).post("/api/v1/work-reports").then().statusCode(400)
                .body("errors[0].field", equalTo("period"));
        Map<String, Object> control = report(t.a, "ANNUAL", "2025");
        control.put("title", "年度\u0007报告");
        as(t.staffA).body(control).post("/api/v1/work-reports").then().statusCode(422).body("errors[0].field", equalTo("title"))
                .body("errors[0].code", equalTo("control-character"));
        as(t.staffA).body(report(999_999_999L, "ANNUAL", "2025")).post("/api/v1/work-reports").then().statusCode(404)
                .body("errors[0].field", equalTo("organizationId"));
        as(t.staffA).body(report(t.b, "ANNUAL", "2025")).post("/api/v1/work-reports").then().statusCode(404)
                .body("errors[0].field", equalTo("organizationId"));
        Map<String, Object> notAbove = report(t.a, "ANNUAL", "2025");
        notAbove.put("recipientOrganizationId", t.b);
        as(t.staffA).body(notAbove).post("/api/v1/work-reports").then().statusCode(422)
                .body("errors[0].field", equalTo("recipientOrganizationId")).body("errors[0].code", equalTo("not-an-ancestor"));
        Map<String, Object> badCopy = report(t.a, "ANNUAL", "2025");
        badCopy.put("copyOrganizationIds", List.of(999_999_999L));
        as(t.staffA).body(badCopy).post("/api/v1/work-reports").then().statusCode(404)
                .body("errors[0].field", equalTo("copyOrganizationIds[0]"));
        as("auditor").body(report(t.a, "ANNUAL", "2025")).post("/api/v1/work-reports").then().statusCode(403);
        as(t.staffA).queryParam("organizationId", t.a).get("/api/v1/work-reports").then().statusCode(200).body("total", equalTo(0));

        Map<String, Object> toDistrict = report(t.a, "ANNUAL", "2025");
        toDistrict.put("recipientOrganizationId", Duties.container());
        long id = create(t.staffA, toDistrict).getLong("id");
        create(t.staffA, report(t.a, "ANNUAL", "2025"));
        as(t.staffA).body(toDistrict).post("/api/v1/work-reports").then().statusCode(409).body("type", endsWith("report-exists"));
        put(t.staffA, id, 7, "过期版本").statusCode(409).body("type", endsWith("version-conflict"));
        put(t.staffA, id, 0, " ").statusCode(422).body("errors[0].field", equalTo("title"));
        as(t.staffA).get("/api/v1/work-reports/abc").then().statusCode(400).body("errors[0].field", equalTo("id"));
    }

    /** The Word file opens in POI and says what the report says, addressed and signed. */
    @Test
    void theWordDocumentHoldsHeadingRecipientSectionsDateAndSignature() throws Exception {
        long id = create(t.staffA, report(t.a, "ANNUAL", "2025")).getLong("id");
        step(t.leaderA, id, "sign-off", 0);
        ValidatableResponse res = as(t.staffA).get("/api/v1/work-reports/" + id + "/document").then().statusCode(200)
                .contentType(containsString("wordprocessingml"))
                .header("Content-Disposition", containsString("filename*=UTF-8''"));
        byte[] docx = res.extract().asByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            List<String> paragraphs = doc.getParagraphs().stream().map(p -> p.getText()).filter(s -> !s.isEmpty()).toList();
            assertThat(paragraphs.get(0)).isEqualTo(t.nameA + "2025年度意识形态工作年度报告");
            assertThat(paragraphs.get(1)).isEqualTo(t.nameS + "：");
            assertThat(paragraphs).containsSubsequence("一、工作开展情况", "组织学习12次。", "开展网络阵地排查。",
                    "二、存在问题", "阵地管理人员不足。", "三、下一步打算", "加强培训。", t.nameA);
            LocalDate today = Today.date();
            assertThat(text.getText()).contains(today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日")
                    .contains("第一责任人（签字）：甲社区书记").doesNotContain("alert");
        }
    }

    /** Files are checked like evidence, listed on the report, and frozen once it is submitted. */
    @Test
    void attachmentsAreCheckedAndFrozenOnSubmission() {
        long id = create(t.staffA, report(t.a, "ANNUAL", "2025")).getLong("id");
        long file = upload(t.staffA, id, "photo.png", PNG).statusCode(201).body("contentType", equalTo("image/png"))
                .body("size", equalTo(PNG.length)).extract().jsonPath().getLong("id");
        assertThat(as(t.staffA).get("/api/v1/work-reports/" + id + "/attachments/" + file).then().statusCode(200)
                .header("Content-Disposition", containsString("attachment")).extract().asByteArray()).isEqualTo(PNG);
        upload(t.staffA, id, "纪要.pdf", PNG).statusCode(422).body("type", endsWith("attachment-content-mismatch"));
        long second = upload(t.staffA, id, "second.png", PNG).statusCode(201).extract().jsonPath().getLong("id");
        as(t.staffA).delete("/api/v1/work-reports/" + id + "/attachments/" + second).then().statusCode(204);
        as(t.staffA).get("/api/v1/work-reports/" + id).then().statusCode(200).body("attachments", hasSize(1))
                .body("attachments[0].fileName", equalTo("photo.png")).body("attachments[0].uploadedByName", not(nullValue()));
        step(t.leaderA, id, "sign-off", 0);
        step(t.staffA, id, "submit", 1);
        upload(t.staffA, id, "late.png", PNG).statusCode(409).body("type", endsWith("report-transition"));
        as(t.staffA).delete("/api/v1/work-reports/" + id + "/attachments/" + file).then().statusCode(409);
    }

    /** The demo holds one draft: 桃园社区's H1 report to 东湖街道, shown on the street's board. */
    @Test
    void theDemoHasADraftHalfYearReport() {
        long taoyuan = Demo.org("DH-TAOYUAN");
        String h1 = Today.date().getYear() + "-H1";
        as("admin").queryParam("organizationId", taoyuan).queryParam("period", h1).get("/api/v1/work-reports").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].status", equalTo("DRAFT"))
                .body("items[0].kind", equalTo("SEMIANNUAL")).body("items[0].recipientOrganizationName", equalTo("临江区东湖街道党工委"));
        as("admin").queryParam("under", Demo.org("STREET-DH")).queryParam("period", h1).get("/api/v1/work-reports/status")
                .then().statusCode(200).body("rows.find { it.organizationId == " + taoyuan + " }.status", equalTo("DRAFT"))
                .body("rows.find { it.organizationId == " + Demo.org("DH-LIUAN") + " }.status", equalTo("NOT_STARTED"));
    }

    // ---- helpers

    long instanceOf(long org, String period, long ruleId) {
        List<Map<String, Object>> items = as("admin").queryParam("under", org).queryParam("period", period).queryParam("size", 500)
                .get("/api/v1/obligations").then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(i -> ((Number) i.get("ruleId")).longValue() == ruleId)
                .map(i -> ((Number) i.get("id")).longValue()).findFirst().orElseThrow();
    }

    /** The webhook events written for the report (the outbox rows its audit events published). */
    List<String> eventTypes(long reportId) {
        return fixtures.asSystem(() -> {
            @SuppressWarnings("unchecked")
            List<String> types = em.createNativeQuery("SELECT type FROM outbox_event WHERE aggregate_type = 'work-report'"
                    + " AND aggregate_id = ?1 ORDER BY id").setParameter(1, String.valueOf(reportId)).getResultList();
            return types;
        });
    }

    static List<String> titles(String user) {
        return as(user).get("/api/v1/me/notifications").then().statusCode(200).extract().jsonPath().getList("items.title", String.class);
    }

    static ValidatableResponse put(String user, long id, long version, String title) {
        Map<String, Object> b = new HashMap<>();
        b.put("version", version);
        b.put("title", title);
        b.put("form", "IN_PERSON");
        b.put("progress", "<p>补充：阵地 12 个。</p>");
        b.put("problems", "<p>无</p>");
        b.put("plans", "<p>继续</p>");
        return as(user).body(b).put("/api/v1/work-reports/" + id).then();
    }

    ValidatableResponse board(String user, String period) {
        return as(user).queryParam("under", t.s).queryParam("period", period).get("/api/v1/work-reports/status").then().statusCode(200);
    }

    String codeOf(long org) {
        return as("admin").get("/api/v1/organizations/" + org).then().statusCode(200).extract().jsonPath().getString("code");
    }

    static ValidatableResponse upload(String user, long id, String name, byte[] content) {
        return given().auth().oauth2(Tokens.of(user)).multiPart("file", name, content, "image/png").when()
                .post("/api/v1/work-reports/" + id + "/attachments").then();
    }
}
