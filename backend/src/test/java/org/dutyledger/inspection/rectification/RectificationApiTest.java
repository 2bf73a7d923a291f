package org.dutyledger.inspection.rectification;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dutyledger.common.Today;
import org.dutyledger.support.Duties;
import org.dutyledger.support.DutyFixtures;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.inspection.rectification.RectificationTree.get;
import static org.dutyledger.inspection.rectification.RectificationTree.notices;
import static org.dutyledger.inspection.rectification.RectificationTree.outbox;
import static org.dutyledger.inspection.rectification.RectificationTree.version;
import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Findings and rectifications over HTTP: every allowed and forbidden transition, self-verification, extensions,
 * evidence, re-pointing after a hand-over, scope, bad input, stale versions, the 整改台账 and its xlsx, the inbox.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class RectificationApiTest {

    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Inject
    Fixtures fixtures;

    @Inject
    DutyFixtures duties;

    @Inject
    EntityManager em;

    RectificationTree t;

    @BeforeEach
    void tree() {
        t = new RectificationTree(fixtures, duties);
    }

    String inDays(int days) {
        return Today.date().plusDays(days).toString();
    }

    @Test
    void aRectificationGoesFromOpenToVerifiedAndNobodyVerifiesTheirOwn() {
        long finding = t.raised("宣传栏内容未按规定审核即发布");
        as(t.staffS).get("/api/v1/findings/" + finding).then().statusCode(200).body("source", equalTo("DIRECT"))
                .body("targetOrganizationId", equalTo((int) t.a)).body("raisingOrganizationId", equalTo((int) t.s))
                .body("rectificationId", nullValue());
        JsonPath created = as(t.staffS).body(t.rectification(finding, inDays(30))).post("/api/v1/rectifications").then()
                .statusCode(201).extract().jsonPath();
        long id = created.getLong("id");
        assertThat(created.getString("status")).isEqualTo("OPEN");
        assertThat(created.getLong("responsiblePersonId")).as("A's 直接责任人 today").isEqualTo(t.ownerAId);
        assertThat(created.getString("deadline")).isEqualTo(inDays(30));
        assertThat(created.getString("dueOn")).isEqualTo(inDays(30));
        assertThat(created.getBoolean("overdue")).isFalse();
        assertThat(created.getInt("escalationLevel")).isZero();
        assertThat(created.getLong("finding.id")).isEqualTo(finding);
        assertThat(notices(t.ownerA, id)).containsExactly("RECTIFICATION_CREATED");
        as(t.staffS).get("/api/v1/findings/" + finding).then().body("rectificationId", equalTo((int) id));
        // One rectification per finding.
        as(t.staffS).body(t.rectification(finding, inDays(30))).post("/api/v1/rectifications").then().statusCode(409)
                .body("type", endsWith("rectification-exists"));

        // OPEN: nothing to submit, verify or reject yet.
        as(t.ownerA).body(Map.of("version", 0)).post("/api/v1/rectifications/" + id + "/submit").then().statusCode(409)
                .body("type", endsWith("rectification-transition"));
        as(t.staffS2).body(Map.of("version", 0)).post("/api/v1/rectifications/" + id + "/verify").then().statusCode(409)
                .body("type", endsWith("rectification-transition"));
        as(t.staffS2).body(Map.of("version", 0, "comment", "不行")).post("/api/v1/rectifications/" + id + "/reject").then()
                .statusCode(409).body("type", endsWith("rectification-transition"));

        // Progress starts the work; evidence goes with it.
        JsonPath progressed = as(t.ownerA).body(Map.of("version", 0, "text", "已建立审核台账。\n已组织培训。"))
                .post("/api/v1/rectifications/" + id + "/progress").then().statusCode(201)
                .body("status", equalTo("IN_PROGRESS")).body("version", equalTo(1)).body("progress", hasSize(1))
                .extract().jsonPath();
        long progressId = progressed.getLong("progress[0].id");
        assertThat(progressed.getString("progress[0].text")).isEqualTo("已建立审核台账。\n已组织培训。");
        JsonPath file = as(t.ownerA).contentType("multipart/form-data").multiPart("file", "ledger.png", PNG, "image/png")
                .post("/api/v1/rectifications/" + id + "/progress/" + progressId + "/attachments").then().statusCode(201)
                .extract().jsonPath();
        long attachmentId = file.getLong("id");
        assertThat(file.getString("sha256")).hasSize(64);
        byte[] back = as(t.staffS).get("/api/v1/rectifications/" + id + "/progress/" + progressId + "/attachments/" + attachmentId)
                .then().statusCode(200).header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment"))
                .extract().asByteArray();
        assertThat(back).isEqualTo(PNG);
        as(t.staffB).get("/api/v1/rectifications/" + id + "/progress/" + progressId + "/attachments/" + attachmentId)
                .then().statusCode(404);
        as(t.staffS).get("/api/v1/rectifications/" + id).then().body("progress[0].attachments[0].fileName", equalTo("ledger.png"));

        // The target's staff submit; neither the responsible person nor the submitter verifies.
        as(t.staffA).body(Map.of("version", 0)).post("/api/v1/rectifications/" + id + "/submit").then().statusCode(409)
                .body("type", endsWith("version-conflict"));
        as(t.staffA).body(Map.of("version", 1)).post("/api/v1/rectifications/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("submittedByName", not(nullValue())).body("version", equalTo(2));
        assertThat(notices(t.liaisonS, id)).as("the raising organization's 联络员 is asked to verify").contains("RECTIFICATION_SUBMITTED");
        as(t.ownerA).body(Map.of("version", 2)).post("/api/v1/rectifications/" + id + "/verify").then().statusCode(403)
                .body("type", endsWith("self-verification"));
        as(t.staffA).body(Map.of("version", 2)).post("/api/v1/rectifications/" + id + "/verify").then().statusCode(403)
                .body("type", endsWith("self-verification"));
        as(t.ownerA).body(Map.of("version", 2, "comment", "自己退回")).post("/api/v1/rectifications/" + id + "/reject").then()
                .statusCode(403).body("type", endsWith("self-verification"));
        // Staff of the target (not the raising organization) do not verify either.
        String otherStaffA = t.successorA;
        as(otherStaffA).body(Map.of("version", 2)).post("/api/v1/rectifications/" + id + "/verify").then().statusCode(403)
                .body("type", endsWith("not-raising-organization"));
        as(t.ownerA).body(Map.of("version", 2)).post("/api/v1/rectifications/" + id + "/submit").then().statusCode(409)
                .body("type", endsWith("rectification-transition"));

        // The street sends it back; the owner works on and submits again.
        as(t.staffS).body(Map.of("version", 2, "comment", "培训记录缺少签到表")).post("/api/v1/rectifications/" + id + "/reject")
                .then().statusCode(200).body("status", equalTo("IN_PROGRESS")).body("rejectComment", equalTo("培训记录缺少签到表"))
                .body("version", equalTo(3));
        assertThat(notices(t.ownerA, id)).contains("RECTIFICATION_REJECTED");
        as(t.ownerA).body(Map.of("version", 3, "text", "已补充签到表")).post("/api/v1/rectifications/" + id + "/progress")
                .then().statusCode(201).body("status", equalTo("IN_PROGRESS")).body("version", equalTo(4));
        // The street's staff may act for the target (it keeps the ledger below), and then may not verify what they submitted.
        as(t.staffS).body(Map.of("version", 4)).post("/api/v1/rectifications/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        as(t.staffS).body(Map.of("version", 5)).post("/api/v1/rectifications/" + id + "/verify").then().statusCode(403)
                .body("type", endsWith("self-verification"));
        as(t.staffS2).body(Map.of("version", 5)).post("/api/v1/rectifications/" + id + "/verify").then().statusCode(200)
                .body("status", equalTo("VERIFIED")).body("verifiedByName", not(nullValue())).body("version", equalTo(6));
        assertThat(notices(t.ownerA, id)).contains("RECTIFICATION_VERIFIED");

        // Nothing moves a verified rectification.
        as(t.ownerA).body(Map.of("version", 6, "text", "补充")).post("/api/v1/rectifications/" + id + "/progress").then()
                .statusCode(409).body("type", endsWith("rectification-transition"));
        as(t.ownerA).body(Map.of("version", 6)).post("/api/v1/rectifications/" + id + "/submit").then().statusCode(409);
        as(t.staffS2).body(Map.of("version", 6)).post("/api/v1/rectifications/" + id + "/verify").then().statusCode(409);
        as(t.staffS2).body(Map.of("version", 6, "comment", "再退回")).post("/api/v1/rectifications/" + id + "/reject").then().statusCode(409);
        as(t.ownerA).body(Map.of("version", 6, "requestedDeadline", inDays(60), "reason", "延期")).post("/api/v1/rectifications/" + id + "/extensions")
                .then().statusCode(409).body("type", endsWith("rectification-transition"));

        assertThat(outbox(em, id)).containsExactly("rectification.created", "rectification.progress-added",
                "rectification.attachment-added", "rectification.submitted", "rectification.rejected",
                "rectification.progress-added", "rectification.submitted", "rectification.verified");
        assertThat(Duties.audit("rectification", id).getList("items.action", String.class)).contains("rectification.created",
                "rectification.submitted", "rectification.rejected", "rectification.verified");
        assertThat(Duties.audit("finding", finding).getList("items.action", String.class)).containsExactly("finding.raised");
    }

    @Test
    void aLongTermRectificationIsMonitoredAfterVerification() {
        long finding = t.raised("意识形态工作责任制落实需长期坚持");
        Map<String, Object> body = t.rectification(finding, null);
        body.put("longTerm", true);
        body.put("checkDates", List.of(inDays(40), inDays(10)));
        JsonPath created = as(t.staffS).body(body).post("/api/v1/rectifications").then().statusCode(201).extract().jsonPath();
        long id = created.getLong("id");
        assertThat(created.getList("checkDates", String.class)).containsExactly(inDays(10), inDays(40));
        assertThat(created.getString("dueOn")).isEqualTo(inDays(10));
        assertThat(created.getString("deadline")).isNull();
        as(t.ownerA).body(Map.of("version", 0, "text", "制定长效机制")).post("/api/v1/rectifications/" + id + "/progress").then().statusCode(201);
        as(t.ownerA).body(Map.of("version", 1)).post("/api/v1/rectifications/" + id + "/submit").then().statusCode(200);
        as(t.staffS2).body(Map.of("version", 2)).post("/api/v1/rectifications/" + id + "/verify").then().statusCode(200)
                .body("status", equalTo("MONITORING")).body("dueOn", equalTo(inDays(40))).body("overdue", equalTo(false));
        // Progress is still recorded while monitored; it does not change the status.
        as(t.ownerA).body(Map.of("version", 3, "text", "按月自查")).post("/api/v1/rectifications/" + id + "/progress").then()
                .statusCode(201).body("status", equalTo("MONITORING"));
        as(t.ownerA).body(Map.of("version", 4)).post("/api/v1/rectifications/" + id + "/submit").then().statusCode(409)
                .body("type", endsWith("rectification-transition"));
    }

    @Test
    void extensionsAreDecidedByTheRaisingOrganization() {
        long id = t.rectification("网站栏目长期未更新", inDays(5));
        as(t.ownerA).body(Map.of("version", 0, "requestedDeadline", inDays(5), "reason", "需采购设备"))
                .post("/api/v1/rectifications/" + id + "/extensions").then().statusCode(422)
                .body("errors[0].field", equalTo("requestedDeadline")).body("errors[0].code", equalTo("not-after-due"));
        long extension = as(t.ownerA).body(Map.of("version", 0, "requestedDeadline", inDays(20), "reason", "需采购设备"))
                .post("/api/v1/rectifications/" + id + "/extensions").then().statusCode(201)
                .body("extensions[0].status", equalTo("PENDING")).body("version", equalTo(1))
                .extract().jsonPath().getLong("extensions[0].id");
        as(t.ownerA).body(Map.of("version", 1, "requestedDeadline", inDays(25), "reason", "再延"))
                .post("/api/v1/rectifications/" + id + "/extensions").then().statusCode(409).body("type", endsWith("extension-pending"));
        as(t.staffA).body(Map.of("version", 1)).post("/api/v1/rectifications/" + id + "/extensions/" + extension + "/approve")
                .then().statusCode(403).body("type", endsWith("not-raising-organization"));
        as(t.staffS).body(Map.of("version", 1)).post("/api/v1/rectifications/" + id + "/extensions/" + extension + "/approve")
                .then().statusCode(200).body("deadline", equalTo(inDays(20))).body("dueOn", equalTo(inDays(20)))
                .body("extensions[0].status", equalTo("APPROVED")).body("extensions[0].decidedByName", not(nullValue()))
                .body("version", equalTo(2));
        as(t.staffS).body(Map.of("version", 2)).post("/api/v1/rectifications/" + id + "/extensions/" + extension + "/refuse")
                .then().statusCode(409).body("type", endsWith("extension-decided"));
        assertThat(notices(t.ownerA, id)).contains("RECTIFICATION_EXTENSION_APPROVED");

        long second = as(t.ownerA).body(Map.of("version", 2, "requestedDeadline", inDays(40), "reason", "仍需时间"))
                .post("/api/v1/rectifications/" + id + "/extensions").then().statusCode(201).extract().jsonPath().getLong("extensions[1].id");
        as(t.staffS).body(Map.of("version", 3)).post("/api/v1/rectifications/" + id + "/extensions/" + second + "/refuse")
                .then().statusCode(200).body("deadline", equalTo(inDays(20))).body("extensions[1].status", equalTo("REFUSED"));
        as(t.staffS).body(Map.of("version", 4)).post("/api/v1/rectifications/" + id + "/extensions/999999999/approve")
                .then().statusCode(404);
        assertThat(outbox(em, id)).containsExactly("rectification.created", "rectification.extension-requested",
                "rectification.extension-approved", "rectification.extension-requested", "rectification.extension-refused");
    }

    @Test
    void theResponsiblePersonFollowsTheDutyAtAHandOver() {
        long id = t.rectification("信息发布未落实三审三校", inDays(30));
        long other = t.rectification("阵地管理员未备案", inDays(30));
        as(t.ownerA).body(Map.of("version", 0, "text", "已开始整改")).post("/api/v1/rectifications/" + other + "/progress").then().statusCode(201);
        Duties.handOver("admin", t.a, "DIRECT_RESPONSIBLE", t.successorAId, Today.date().toString()).statusCode(201);

        JsonPath after = get(t.successorA, id);
        assertThat(after.getLong("responsiblePersonId")).isEqualTo(t.successorAId);
        assertThat(after.getString("responsiblePersonName")).startsWith("社区接任者");
        assertThat(after.getLong("version")).isEqualTo(1);
        assertThat(get(t.staffS, other).getLong("responsiblePersonId")).isEqualTo(t.successorAId);
        assertThat(notices(t.successorA, id)).containsExactly("RECTIFICATION_REPOINTED");
        assertThat(outbox(em, id)).containsExactly("rectification.created", "rectification.repointed");
        List<Map<String, Object>> audit = Duties.audit("rectification", id).getList("items");
        assertThat(audit).anySatisfy(e -> assertThat(e.get("action")).isEqualTo("rectification.repointed"));

        JsonPath mine = as(t.successorA).get("/api/v1/me/rectifications").then().statusCode(200).extract().jsonPath();
        assertThat(mine.getList("owned.id", Long.class)).contains(id, other);
        assertThat(as(t.ownerA).get("/api/v1/me/rectifications").then().statusCode(200).extract().jsonPath()
                .getList("owned.id", Long.class)).doesNotContain(id, other);
        // The previous holder is no longer the owner: as STAFF of A they may still act for A, but not verify.
        as(t.successorA).body(Map.of("version", 1, "text", "接手整改")).post("/api/v1/rectifications/" + id + "/progress").then()
                .statusCode(201);
    }

    @Test
    void theInboxListsOwnedAndToVerify() {
        long id = t.rectification("公众号未按期更新", inDays(10));
        as(t.ownerA).body(Map.of("version", 0, "text", "已更新")).post("/api/v1/rectifications/" + id + "/progress").then().statusCode(201);
        as(t.ownerA).body(Map.of("version", 1)).post("/api/v1/rectifications/" + id + "/submit").then().statusCode(200);
        assertThat(as(t.ownerA).get("/api/v1/me/rectifications").then().extract().jsonPath().getList("owned.id", Long.class)).contains(id);
        assertThat(as(t.ownerA).get("/api/v1/me/rectifications").then().extract().jsonPath().getList("toVerify.id", Long.class))
                .doesNotContain(id);
        assertThat(as(t.staffS2).get("/api/v1/me/rectifications").then().extract().jsonPath().getList("toVerify.id", Long.class))
                .contains(id);
        assertThat(as(t.staffX).get("/api/v1/me/rectifications").then().extract().jsonPath().getList("toVerify.id", Long.class))
                .doesNotContain(id);
        // The menu badge counts the same inbox.
        for (String user : List.of(t.ownerA, t.staffS2, t.staffX)) {
            JsonPath inbox = as(user).get("/api/v1/me/rectifications").then().extract().jsonPath();
            long listed = inbox.getList("owned").size() + inbox.getList("toVerify").size();
            assertThat(as(user).get("/api/v1/me/counts").then().statusCode(200).extract().jsonPath().getLong("rectifications"))
                    .as(user).isEqualTo(listed);
        }
        long before = as(t.staffS2).get("/api/v1/me/counts").then().extract().jsonPath().getLong("rectifications");
        as(t.staffS2).body(Map.of("version", 2)).post("/api/v1/rectifications/" + id + "/verify").then().statusCode(200);
        assertThat(as(t.staffS2).get("/api/v1/me/counts").then().extract().jsonPath().getLong("rectifications")).isEqualTo(before - 1);
    }

    @Test
    void siblingsAndOtherStreetsSeeNothing() {
        long finding = t.raised("乙社区不应看到的问题");
        long id = as(t.staffS).body(t.rectification(finding, inDays(10))).post("/api/v1/rectifications").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        for (String outsider : List.of(t.staffB, t.staffX)) {
            as(outsider).get("/api/v1/findings/" + finding).then().statusCode(404);
            as(outsider).get("/api/v1/rectifications/" + id).then().statusCode(404);
            as(outsider).body(Map.of("version", 0, "text", "x")).post("/api/v1/rectifications/" + id + "/progress").then().statusCode(404);
            as(outsider).body(Map.of("version", 0)).post("/api/v1/rectifications/" + id + "/verify").then().statusCode(404);
            assertThat(as(outsider).queryParam("size", 500).get("/api/v1/rectifications").then().statusCode(200).extract()
                    .jsonPath().getList("items.id", Long.class)).doesNotContain(id);
            assertThat(as(outsider).queryParam("size", 500).get("/api/v1/findings").then().statusCode(200).extract()
                    .jsonPath().getList("items.id", Long.class)).doesNotContain(finding);
        }
        // A sibling may not raise a finding about A, nor create its rectification.
        Map<String, Object> body = t.finding("越级提出");
        body.put("raisingOrganizationId", t.b);
        as(t.staffB).body(body).post("/api/v1/findings").then().statusCode(404).body("errors[0].field", equalTo("targetOrganizationId"));
        // The target's staff read it, and may not raise a finding "from above" about themselves.
        as(t.staffA).get("/api/v1/rectifications/" + id).then().statusCode(200);
        as(t.staffA).body(t.finding("自己提出")).post("/api/v1/findings").then().statusCode(422)
                .body("errors[0].field", equalTo("raisingOrganizationId"));
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndChangesNothing() {
        long finding = t.raised("台账不全");
        Map<String, Object> self = t.finding("自查发现");
        self.put("source", "SELF_CHECK");
        refused(t.staffS, "/api/v1/findings", self, 422, "raisingOrganizationId", "self-check-by-target");
        self.put("raisingOrganizationId", t.a);
        as(t.staffA).body(self).post("/api/v1/findings").then().statusCode(201).body("raisingOrganizationId", equalTo((int) t.a));
        Map<String, Object> direct = t.finding("直接提出");
        direct.put("inspectionId", 5);
        refused(t.staffS, "/api/v1/findings", direct, 422, "inspectionId", "inspection-only");
        Map<String, Object> inspection = t.finding("检查发现");
        inspection.put("source", "INSPECTION");
        refused(t.staffS, "/api/v1/findings", inspection, 422, "inspectionId", "required");
        Map<String, Object> control = t.finding("含控制字符\u0007");
        refused(t.staffS, "/api/v1/findings", control, 422, "description", null);
        Map<String, Object> severity = t.finding("严重程度");
        severity.put("severity", "CRITICAL");
        as(t.staffS).body(severity).post("/api/v1/findings").then().statusCode(org.hamcrest.Matchers.both(
                org.hamcrest.Matchers.greaterThanOrEqualTo(400)).and(org.hamcrest.Matchers.lessThan(500)))
                .body("errors.field", hasItem("severity"));

        Map<String, Object> r = t.rectification(finding, inDays(-1));
        refused(t.staffS, "/api/v1/rectifications", r, 422, "deadline", "not-before-today");
        r = t.rectification(finding, null);
        refused(t.staffS, "/api/v1/rectifications", r, 422, "deadline", "deadline-or-long-term");
        r = t.rectification(finding, inDays(3));
        r.put("longTerm", true);
        r.put("checkDates", List.of(inDays(5)));
        refused(t.staffS, "/api/v1/rectifications", r, 422, "deadline", "deadline-or-long-term");
        r = t.rectification(finding, null);
        r.put("longTerm", true);
        refused(t.staffS, "/api/v1/rectifications", r, 422, "checkDates", "required");
        r.put("checkDates", List.of(inDays(5), inDays(5)));
        refused(t.staffS, "/api/v1/rectifications", r, 422, "checkDates[1]", "listed-twice");
        r = t.rectification(finding, inDays(3));
        r.put("responsibleRole", "INFORMATION_OFFICER");
        refused(t.staffS, "/api/v1/rectifications", r, 422, "responsibleRole", "no-holder");
        r = t.rectification(finding, inDays(3));
        r.remove("measures");
        refused(t.staffS, "/api/v1/rectifications", r, 422, "measures", null);
        r = t.rectification(finding, "2026-13-01");
        as(t.staffS).body(r).post("/api/v1/rectifications").then().statusCode(org.hamcrest.Matchers.both(
                org.hamcrest.Matchers.greaterThanOrEqualTo(400)).and(org.hamcrest.Matchers.lessThan(500)))
                .body("errors.field", hasItem("deadline"));
        r = t.rectification(999_999_999L, inDays(3));
        refused(t.staffS, "/api/v1/rectifications", r, 404, "findingId", "unknown-reference");
        as(t.staffS).get("/api/v1/findings/" + finding).then().body("rectificationId", nullValue());

        long id = as(t.staffS).body(t.rectification(finding, inDays(3))).post("/api/v1/rectifications").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        refused(t.ownerA, "/api/v1/rectifications/" + id + "/progress", Map.of("version", 0, "text", " "), 422, "text", null);
        refused(t.ownerA, "/api/v1/rectifications/" + id + "/progress", Map.of("text", "无版本"), 422, "version", null);
        as(t.ownerA).queryParam("overdue", "maybe").get("/api/v1/rectifications").then().statusCode(400)
                .body("errors[0].field", equalTo("overdue"));
        as(t.ownerA).queryParam("status", "DONE").get("/api/v1/rectifications").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        as(t.ownerA).get("/api/v1/rectifications/abc").then().statusCode(400);
        assertThat(version(t.staffS, id)).isZero();
        assertThat(get(t.staffS, id).getList("progress")).isEmpty();
    }

    private static void refused(String user, String path, Map<String, Object> body, int status, String field, String code) {
        var response = as(user).body(body).post(path).then().statusCode(status).body("errors.field", hasItem(field));
        if (code != null) {
            response.body("errors.find { it.field == '" + field + "' }.code", equalTo(code));
        }
    }

    @Test
    void theLedgerFiltersAndExportsTheColumnsOfficesUse() throws Exception {
        long open = t.rectification("宣传栏未审先发", inDays(20));
        long done = t.rectification("公众号未备案", inDays(20));
        as(t.ownerA).body(Map.of("version", 0, "text", "已备案")).post("/api/v1/rectifications/" + done + "/progress").then().statusCode(201);
        as(t.ownerA).body(Map.of("version", 1)).post("/api/v1/rectifications/" + done + "/submit").then().statusCode(200);
        as(t.staffS2).body(Map.of("version", 2)).post("/api/v1/rectifications/" + done + "/verify").then().statusCode(200);
        Map<String, Object> self = t.finding("自查：学习记录不全");
        self.put("source", "SELF_CHECK");
        self.put("raisingOrganizationId", t.a);
        long selfFinding = as(t.staffA).body(self).post("/api/v1/findings").then().statusCode(201).extract().jsonPath().getLong("id");
        long selfCheck = as(t.staffA).body(t.rectification(selfFinding, inDays(15))).post("/api/v1/rectifications").then()
                .statusCode(201).extract().jsonPath().getLong("id");

        JsonPath all = as(t.staffS).queryParam("under", t.a).get("/api/v1/rectifications").then().statusCode(200).extract().jsonPath();
        assertThat(all.getList("items.id", Long.class)).containsExactlyInAnyOrder(open, done, selfCheck);
        assertThat(all.getLong("total")).isEqualTo(3);
        assertThat(as(t.staffS).queryParam("under", t.a).queryParam("status", "VERIFIED").get("/api/v1/rectifications").then()
                .extract().jsonPath().getList("items.id", Long.class)).containsExactly(done);
        assertThat(as(t.staffS).queryParam("under", t.a).queryParam("source", "SELF_CHECK").get("/api/v1/rectifications").then()
                .extract().jsonPath().getList("items.id", Long.class)).containsExactly(selfCheck);
        assertThat(as(t.staffS).queryParam("under", t.a).queryParam("overdue", "true").get("/api/v1/rectifications").then()
                .extract().jsonPath().getList("items.id", Long.class)).isEmpty();
        assertThat(as(t.staffS).queryParam("under", t.a).queryParam("overdue", "false").queryParam("size", 2)
                .get("/api/v1/rectifications").then().extract().jsonPath().getList("items.id", Long.class)).hasSize(2);
        try (var pretend = Today.pretend(Today.date().plusDays(16))) {
            assertThat(as(t.staffS).queryParam("under", t.a).queryParam("overdue", "true").get("/api/v1/rectifications").then()
                    .extract().jsonPath().getList("items.id", Long.class)).as("due in 15 days, not 20").containsExactly(selfCheck);
        }
        assertThat(as(t.staffS).queryParam("raisingOrganizationId", t.a).get("/api/v1/findings").then().statusCode(200)
                .extract().jsonPath().getList("items.id", Long.class)).containsExactly(selfFinding);

        byte[] xlsx = as(t.staffS).queryParam("under", t.a).get("/api/v1/rectifications/export").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(cells(sheet.getRow(0))).containsExactly("问题", "整改措施", "责任人", "整改时限", "进展", "完成情况");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            List<List<String>> rows = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                rows.add(cells(sheet.getRow(i)));
            }
            List<String> verified = rows.stream().filter(row -> row.get(0).contains("公众号未备案")).findFirst().orElseThrow();
            assertThat(verified.get(1)).isEqualTo("一、完善审核台账；\n二、落实三审三校。");
            assertThat(verified.get(2)).startsWith("社区直接责任人").endsWith("（直接责任人）");
            assertThat(verified.get(3)).isEqualTo(inDays(20));
            assertThat(verified.get(4)).endsWith("已备案");
            assertThat(verified.get(5)).startsWith("已销号");
            List<String> pending = rows.stream().filter(row -> row.get(0).contains("宣传栏未审先发")).findFirst().orElseThrow();
            assertThat(pending.get(4)).isEmpty();
            assertThat(pending.get(5)).isEqualTo("待整改");
        }
        as(t.staffB).queryParam("under", t.a).get("/api/v1/rectifications/export").then().statusCode(404);
    }

    private static List<String> cells(Row row) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            out.add(row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue());
        }
        return out;
    }
}
