package org.dutyledger.report.major;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.support.Duties;
import org.dutyledger.support.DutyFixtures;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.report.major.MajorMatterTree.notices;
import static org.dutyledger.report.major.MajorMatterTree.outbox;
import static org.dutyledger.report.major.MajorMatterTree.version;
import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Major-matter reports over HTTP: the state machine, notifications and events, the thread, scope, the inbox, attachments. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class MajorMatterApiTest {

    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Inject
    Fixtures fixtures;

    @Inject
    DutyFixtures duties;

    @Inject
    EntityManager em;

    MajorMatterTree t;

    @BeforeEach
    void tree() {
        t = new MajorMatterTree(fixtures, duties);
    }

    @Test
    void aMatterIsReportedAcknowledgedHandledAndClosedWithEveryStepOnRecord() {
        Map<String, Object> body = t.matter("社区公众号被盗用");
        var filed = as(t.staffA).body(body).post("/api/v1/major-matters").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/major-matters/")).extract().jsonPath();
        long id = filed.getLong("id");
        assertThat(filed.getString("status")).isEqualTo("REPORTED");
        assertThat(filed.getLong("recipientOrganizationId")).as("the parent by default").isEqualTo(t.r);
        assertThat(filed.getList("recipients.organizationId", Long.class)).containsExactly(t.r);
        assertThat(filed.getBoolean("late")).isFalse();
        assertThat(filed.getBoolean("ackOverdue")).isFalse();
        assertThat(Instant.parse(filed.getString("reportDeadline")))
                .isEqualTo(Instant.parse((String) body.get("learnedAt")).plus(Duration.ofHours(24)));
        assertThat(Duration.between(Instant.parse(filed.getString("reportedAt")), Instant.parse(filed.getString("ackDeadline"))))
                .isEqualTo(Duration.ofHours(4));
        assertThat(filed.getLong("version")).isZero();
        assertThat(notices(t.firstR, id)).containsExactly("MAJOR_MATTER_REPORTED");
        assertThat(notices(t.liaisonR, id)).containsExactly("MAJOR_MATTER_REPORTED");
        assertThat(notices(t.staffR, id)).as("staff without the duty are not paged").isEmpty();

        // The reporting side cannot acknowledge or close; the recipient acknowledges.
        as(t.staffA).body(Map.of("version", 0)).post("/api/v1/major-matters/" + id + "/acknowledge").then().statusCode(403)
                .body("type", endsWith("not-recipient"));
        as(t.staffR).body(Map.of("version", 0)).post("/api/v1/major-matters/" + id + "/acknowledge").then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED")).body("version", equalTo(1))
                .body("acknowledgedByName", not(nullValue())).body("acknowledgedAt", not(nullValue()));
        assertThat(notices(t.staffA, id)).containsExactly("MAJOR_MATTER_ACKNOWLEDGED");
        as(t.staffR).body(Map.of("version", 0)).post("/api/v1/major-matters/" + id + "/acknowledge").then().statusCode(409)
                .body("type", endsWith("version-conflict"));
        as(t.staffR).body(Map.of("version", 1)).post("/api/v1/major-matters/" + id + "/acknowledge").then().statusCode(409)
                .body("type", endsWith("major-matter-transition"));

        // Follow-ups from either side: the first starts the handling; each tells the other side.
        as(t.staffA).body(Map.of("version", 1, "text", "已向网信部门报备。\n账号已找回。")).post("/api/v1/major-matters/" + id + "/follow-ups")
                .then().statusCode(201).body("status", equalTo("HANDLING")).body("version", equalTo(2))
                .body("followUps", hasSize(1)).body("followUps[0].organizationId", equalTo((int) t.a))
                .body("followUps[0].text", equalTo("已向网信部门报备。\n账号已找回。"));
        assertThat(notices(t.firstR, id)).contains("MAJOR_MATTER_FOLLOWED_UP");
        as(t.staffR).body(Map.of("version", 2, "text", "请于本周内提交整改报告")).post("/api/v1/major-matters/" + id + "/follow-ups")
                .then().statusCode(201).body("status", equalTo("HANDLING")).body("version", equalTo(3))
                .body("followUps[1].organizationId", equalTo((int) t.r));
        assertThat(notices(t.staffA, id)).as("newest first").containsExactly("MAJOR_MATTER_FOLLOWED_UP", "MAJOR_MATTER_ACKNOWLEDGED");

        as(t.staffA).body(Map.of("version", 3, "conclusion", "已整改")).post("/api/v1/major-matters/" + id + "/close").then().statusCode(403);
        as(t.staffR).body(Map.of("version", 3, "conclusion", "账号已找回，内容已删除，责任已落实。"))
                .post("/api/v1/major-matters/" + id + "/close").then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("conclusion", equalTo("账号已找回，内容已删除，责任已落实。")).body("closedAt", not(nullValue()))
                .body("version", equalTo(4));
        assertThat(notices(t.staffA, id)).contains("MAJOR_MATTER_CLOSED");

        // Nothing moves a closed matter.
        as(t.staffA).body(Map.of("version", 4, "text", "补充")).post("/api/v1/major-matters/" + id + "/follow-ups").then().statusCode(409)
                .body("type", endsWith("major-matter-transition"));
        as(t.staffR).body(Map.of("version", 4, "recipientOrganizationId", t.d)).post("/api/v1/major-matters/" + id + "/forward")
                .then().statusCode(409).body("type", endsWith("major-matter-transition"));
        as(t.staffR).body(Map.of("version", 4, "conclusion", "再次办结")).post("/api/v1/major-matters/" + id + "/close").then().statusCode(409);
        as(t.staffR).body(Map.of("version", 4)).post("/api/v1/major-matters/" + id + "/acknowledge").then().statusCode(409);

        assertThat(outbox(em, id)).containsExactly("major-matter.reported", "major-matter.acknowledged", "major-matter.followed-up",
                "major-matter.followed-up", "major-matter.closed");
        assertThat(Duties.audit("major-matter", id).getList("items.action", String.class)).contains("major-matter.reported",
                "major-matter.acknowledged", "major-matter.followed-up", "major-matter.closed");
    }

    @Test
    void nothingButAcknowledgementOrForwardMovesAReportedMatter() {
        long id = t.filed("未确认前的操作");
        as(t.staffA).body(Map.of("version", 0, "text", "补充情况")).post("/api/v1/major-matters/" + id + "/follow-ups").then()
                .statusCode(409).body("type", endsWith("major-matter-transition"));
        as(t.staffR).body(Map.of("version", 0, "conclusion", "办结")).post("/api/v1/major-matters/" + id + "/close").then()
                .statusCode(409).body("type", endsWith("major-matter-transition"));
        as(t.staffR).get("/api/v1/major-matters/" + id).then().statusCode(200).body("status", equalTo("REPORTED"))
                .body("version", equalTo(0)).body("followUps", hasSize(0));
        as(t.staffA).body(Map.of("version", 0, "recipientOrganizationId", t.d)).post("/api/v1/major-matters/" + id + "/forward")
                .then().statusCode(403).body("type", endsWith("not-recipient"));
        as(t.staffB).body(Map.of("version", 0)).post("/api/v1/major-matters/" + id + "/acknowledge").then().statusCode(404);
        as("auditor").body(Map.of("version", 0)).post("/api/v1/major-matters/" + id + "/acknowledge").then().statusCode(403);
    }

    @Test
    void aForwardKeepsOneThreadAndTheNewRecipientActs() {
        long id = t.filed("转报测试");
        as(t.staffR).body(Map.of("version", 0)).post("/api/v1/major-matters/" + id + "/acknowledge").then().statusCode(200);
        as(t.staffR).body(Map.of("version", 1, "recipientOrganizationId", t.a)).post("/api/v1/major-matters/" + id + "/forward")
                .then().statusCode(422).body("errors[0].field", equalTo("recipientOrganizationId"))
                .body("errors[0].code", equalTo("not-an-ancestor"));
        as(t.staffR).body(Map.of("version", 1, "recipientOrganizationId", t.d, "note", "事关网络安全，转报区委"))
                .post("/api/v1/major-matters/" + id + "/forward").then().statusCode(200)
                .body("status", equalTo("REPORTED")).body("recipientOrganizationId", equalTo((int) t.d))
                .body("recipients.organizationId", equalTo(List.of((int) t.r, (int) t.d)))
                .body("recipients[1].note", equalTo("事关网络安全，转报区委")).body("acknowledgedAt", nullValue())
                .body("version", equalTo(2));
        assertThat(notices(t.firstD, id)).containsExactly("MAJOR_MATTER_FORWARDED");
        as(t.firstD).get("/api/v1/me/major-matters").then().statusCode(200).body("toAcknowledge.id", hasItem((int) id));

        // The former recipient reads the thread but no longer acts for it; the new one does.
        as(t.staffR).get("/api/v1/major-matters/" + id).then().statusCode(200);
        as(t.staffR).body(Map.of("version", 2)).post("/api/v1/major-matters/" + id + "/acknowledge").then().statusCode(403);
        as(t.staffD).body(Map.of("version", 2)).post("/api/v1/major-matters/" + id + "/acknowledge").then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED"));
        as(t.staffD).body(Map.of("version", 3, "text", "请街道督促整改")).post("/api/v1/major-matters/" + id + "/follow-ups")
                .then().statusCode(201).body("followUps[0].organizationId", equalTo((int) t.d));
        as(t.staffD).queryParam("organizationId", t.d).get("/api/v1/major-matters").then().statusCode(200)
                .body("items.findAll { it.id == " + id + " }", hasSize(1));
        assertThat(outbox(em, id)).contains("major-matter.forwarded");
    }

    @Test
    void siblingsOfTheReporterAndOfTheRecipientSeeNothing() {
        long id = t.filed("范围测试");
        as(t.staffR).body(Map.of("version", 0)).post("/api/v1/major-matters/" + id + "/acknowledge").then().statusCode(200);
        long followUp = as(t.staffA).body(Map.of("version", 1, "text", "附整改照片")).post("/api/v1/major-matters/" + id + "/follow-ups")
                .then().statusCode(201).extract().jsonPath().getLong("followUps[0].id");
        String files = "/api/v1/major-matters/" + id + "/follow-ups/" + followUp + "/attachments";
        long file = given().auth().oauth2(org.dutyledger.support.Tokens.of(t.staffA)).multiPart("file", "整改照片.png", PNG, "image/png")
                .post(files).then().statusCode(201).body("sha256", not(nullValue())).extract().jsonPath().getLong("id");
        given().auth().oauth2(org.dutyledger.support.Tokens.of(t.staffR)).multiPart("file", "其他.png", PNG, "image/png")
                .post(files).then().statusCode(403);
        as(t.staffR).get(files + "/" + file).then().statusCode(200).header("Content-Disposition", endsWith(".png"));
        as(t.staffR).get("/api/v1/major-matters/" + id).then().statusCode(200).body("followUps[0].attachments[0].id", equalTo((int) file));

        for (String outsider : List.of(t.staffB, t.staffR2)) {
            as(outsider).get("/api/v1/major-matters/" + id).then().statusCode(404);
            as(outsider).get(files + "/" + file).then().statusCode(404);
            as(outsider).queryParam("size", 500).get("/api/v1/major-matters").then().statusCode(200).body("items.id", not(hasItem((int) id)));
            as(outsider).body(Map.of("version", 2, "text", "插话")).post("/api/v1/major-matters/" + id + "/follow-ups").then().statusCode(404);
        }
        for (String reader : List.of(t.memberR, t.staffD, "auditor", "admin", t.staffA)) {
            as(reader).get("/api/v1/major-matters/" + id).then().statusCode(200);
        }
        as(t.memberR).body(Map.of("version", 2, "text", "成员不能跟进")).post("/api/v1/major-matters/" + id + "/follow-ups").then().statusCode(403);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
        long before = as(t.staffA).queryParam("organizationId", t.a).get("/api/v1/major-matters").then().statusCode(200)
                .extract().jsonPath().getLong("total");
        Instant now = Instant.now();
        Map<String, Object> m = t.matter("错误输入");
        m.put("learnedAt", now.minus(Duration.ofHours(3)).toString());
        refused(m, 422, "learnedAt");
        m = t.matter("错误输入");
        m.put("occurredAt", now.plus(Duration.ofHours(1)).toString());
        refused(m, 422, "occurredAt");
        m = t.matter("错误输入");
        m.put("learnedAt", now.plus(Duration.ofHours(1)).toString());
        refused(m, 422, "learnedAt");
        m = t.matter("错误输入");
        m.put("category", "GOSSIP");
        refused(m, 400, "category");
        m = t.matter("错误\u0007输入");
        refused(m, 422, "title");
        m = t.matter("错误输入");
        m.put("actionsTaken", "已处理\u0000");
        refused(m, 422, "actionsTaken");
        m = t.matter("错误输入");
        m.put("title", "  ");
        refused(m, 422, "title");
        m = t.matter("错误输入");
        m.put("channelId", Duties.channel(t.b, "乙社区网站", "ACTIVE"));
        refused(m, 422, "channelId");
        m = t.matter("错误输入");
        m.put("recipientOrganizationId", t.b);
        refused(m, 404, "recipientOrganizationId");
        m = t.matter("错误输入");
        m.put("recipientOrganizationId", t.a);
        refused(m, 422, "recipientOrganizationId");
        as(t.staffB).body(t.matter("替别人报告")).post("/api/v1/major-matters").then().statusCode(404)
                .body("errors[0].field", equalTo("organizationId"));
        as(t.memberR).body(t.matter("成员不能报告")).post("/api/v1/major-matters").then().statusCode(403);
        as(t.staffA).queryParam("organizationId", t.a).get("/api/v1/major-matters").then().statusCode(200)
                .body("total", equalTo((int) before));

        // A description and actions may run over several lines; a channel of the organization's own is accepted.
        m = t.matter("本单位阵地");
        m.put("channelId", Duties.channel(t.a, "甲社区网站", "ACTIVE"));
        as(t.staffA).body(m).post("/api/v1/major-matters").then().statusCode(201).body("channelId", not(nullValue()));
    }

    @Test
    void aPublicationOfAnotherOrganizationIsRefused() {
        org.dutyledger.support.Newsrooms.Newsroom other = newsrooms.create();
        long publication = org.dutyledger.support.Newsrooms.drafted(other.author(), other.channelId(), "他单位稿件");
        Map<String, Object> m = t.matter("引用他单位稿件");
        m.put("publicationId", publication);
        refused(m, 422, "publicationId");
        m.put("publicationId", 999_999_999L);
        as(t.staffA).body(m).post("/api/v1/major-matters").then().statusCode(404).body("errors[0].field", equalTo("publicationId"));
    }

    @Inject
    org.dutyledger.support.Newsrooms newsrooms;

    private void refused(Map<String, Object> body, int status, String field) {
        as(t.staffA).body(body).post("/api/v1/major-matters").then().statusCode(status)
                .contentType("application/problem+json").body("errors[0].field", equalTo(field));
    }

    @Test
    void theInboxShowsWhatWaitsForTheCaller() {
        long id = t.filed("待确认事项");
        as(t.staffR).get("/api/v1/me/major-matters").then().statusCode(200).body("toAcknowledge.id", hasItem((int) id))
                .body("open.id", not(hasItem((int) id)));
        as(t.firstR).get("/api/v1/me/major-matters").then().statusCode(200).body("toAcknowledge.id", hasItem((int) id));
        as(t.staffA).get("/api/v1/me/major-matters").then().statusCode(200).body("open.id", hasItem((int) id))
                .body("toAcknowledge.id", not(hasItem((int) id)));
        as(t.staffB).get("/api/v1/me/major-matters").then().statusCode(200).body("open.id", not(hasItem((int) id)));
        as(t.staffR).body(Map.of("version", 0)).post("/api/v1/major-matters/" + id + "/acknowledge").then().statusCode(200);
        as(t.staffR).get("/api/v1/me/major-matters").then().statusCode(200).body("toAcknowledge.id", not(hasItem((int) id)))
                .body("open.id", hasItem((int) id));
        as(t.staffR).queryParam("status", "ACKNOWLEDGED").queryParam("organizationId", t.a).get("/api/v1/major-matters").then()
                .statusCode(200).body("items.id", hasItem((int) id));
    }

    /** The menu's badge (`/me/counts`) counts the caller's inbox of `/me/major-matters`, until the matter is closed. */
    @Test
    void theMajorMattersBadgeFollowsTheInbox() {
        assertThat(majorMattersBadge(t.staffR)).isZero();
        long id = t.filed("角标计数事项");
        assertThat(majorMattersBadge(t.staffR)).as("to acknowledge").isEqualTo(1);
        assertThat(majorMattersBadge(t.firstR)).isEqualTo(1);
        assertThat(majorMattersBadge(t.staffA)).as("the reporter's open matter").isEqualTo(1);
        assertThat(majorMattersBadge(t.staffB)).isZero();
        assertThat(majorMattersBadge(t.staffR2)).isZero();
        as(t.staffR).body(Map.of("version", 0)).post("/api/v1/major-matters/" + id + "/acknowledge").then().statusCode(200);
        assertThat(majorMattersBadge(t.staffR)).as("open, handled by the recipient").isEqualTo(1);
        as(t.staffR).body(Map.of("version", 1, "conclusion", "已处置完毕")).post("/api/v1/major-matters/" + id + "/close")
                .then().statusCode(200);
        assertThat(majorMattersBadge(t.staffR)).isZero();
        assertThat(majorMattersBadge(t.staffA)).isZero();
    }

    private static long majorMattersBadge(String user) {
        return as(user).get("/api/v1/me/counts").then().statusCode(200).extract().jsonPath().getLong("majorMatters");
    }

    @Test
    void limitsAreTheRecipientsAndDecideLateness() {
        String limits = "/api/v1/major-matters/limits/" + t.r;
        as(t.staffA).get(limits).then().statusCode(200).body("reportHours", equalTo(24)).body("ackHours", equalTo(4))
                .body("version", equalTo(0));
        as(t.staffA).body(Map.of("version", 0, "reportHours", 1, "ackHours", 1)).put(limits).then().statusCode(404);
        as(t.staffR).body(Map.of("version", 0, "reportHours", 0, "ackHours", 1)).put(limits).then().statusCode(422)
                .body("errors[0].field", not(nullValue()));
        as(t.staffR).body(Map.of("version", 0, "reportHours", 1, "ackHours", 2)).put(limits).then().statusCode(200)
                .body("reportHours", equalTo(1)).body("ackHours", equalTo(2)).body("version", equalTo(1));
        as(t.staffR).body(Map.of("version", 0, "reportHours", 2, "ackHours", 2)).put(limits).then().statusCode(409);

        // Learned 59 minutes ago: in time. Learned an hour and a second ago: late.
        Instant now = Instant.now();
        Map<String, Object> inTime = t.matter("时限内报告");
        inTime.put("occurredAt", now.minus(Duration.ofHours(2)).toString());
        inTime.put("learnedAt", now.minus(Duration.ofMinutes(59)).toString());
        var filed = as(t.staffA).body(inTime).post("/api/v1/major-matters").then().statusCode(201).body("late", equalTo(false))
                .extract().jsonPath();
        assertThat(Duration.between(Instant.parse(filed.getString("reportedAt")), Instant.parse(filed.getString("ackDeadline"))))
                .isEqualTo(Duration.ofHours(2));
        Map<String, Object> late = t.matter("超时报告");
        late.put("occurredAt", now.minus(Duration.ofHours(2)).toString());
        late.put("learnedAt", now.minus(Duration.ofHours(1)).minusSeconds(1).toString());
        long lateId = as(t.staffA).body(late).post("/api/v1/major-matters").then().statusCode(201).body("late", equalTo(true))
                .extract().jsonPath().getLong("id");
        assertThat(notices(t.firstR, lateId)).containsExactly("MAJOR_MATTER_REPORTED");
    }
}
