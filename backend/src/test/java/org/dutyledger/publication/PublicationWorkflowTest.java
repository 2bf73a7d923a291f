package org.dutyledger.publication;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.dutyledger.support.Duties;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Newsrooms;
import org.dutyledger.support.Newsrooms.Newsroom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.support.Newsrooms.act;
import static org.dutyledger.support.Newsrooms.approve;
import static org.dutyledger.support.Newsrooms.approvedItem;
import static org.dutyledger.support.Newsrooms.drafted;
import static org.dutyledger.support.Newsrooms.fullChecklist;
import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The review state machine: every allowed transition, every forbidden one, and what each leaves behind. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class PublicationWorkflowTest {

    static final String PROBLEMS = "https://dutyledger.org/problems/";

    @Inject
    Newsrooms newsrooms;

    Newsroom n;

    @BeforeEach
    void freshNewsroom() {
        n = newsrooms.create();
    }

    @Test
    void anItemIsDraftedReviewedInTwoStepsPublishedAndRetractedLeavingATrace() throws Exception {
        long id = drafted(n.author(), n.channelId(), "社区通知");
        JsonPath draft = Newsrooms.get(n.author(), id);
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        assertThat(draft.getInt("revisionNumber")).isEqualTo(1);
        assertThat(draft.getList("allowedActions")).contains("edit", "submit");

        act(n.author(), id, "submit").statusCode(200).body("status", equalTo("IN_REVIEW"))
                .body("review.currentStep", equalTo(1)).body("review.stepCount", equalTo(2))
                .body("review.currentStepRole", equalTo("DIRECT_RESPONSIBLE")).body("review.currentStepName", equalTo("分管领导初审"));
        as(n.direct()).get("/api/v1/me/reviews").then().statusCode(200).body("id", hasItem((int) id));
        as(n.first()).get("/api/v1/me/reviews").then().statusCode(200).body("id", not(hasItem((int) id)));

        approve(n.direct(), id).statusCode(200).body("status", equalTo("IN_REVIEW")).body("review.currentStep", equalTo(2))
                .body("approvals", hasSize(1)).body("approvals[0].reviewer.id", equalTo((int) n.directId()));
        as(n.first()).get("/api/v1/me/reviews").then().statusCode(200).body("id", hasItem((int) id));
        approve(n.first(), id).statusCode(200).body("status", equalTo("APPROVED")).body("allowedActions", hasItem("publish"));
        act(n.staff(), id, "publish", Map.of("when", "NOW")).statusCode(200).body("status", equalTo("PUBLISHED"))
                .body("publishedAt", not(nullValue()));
        as("admin").get("/api/v1/channels/" + n.channelId()).then().statusCode(200).body("publishedCount", equalTo(1));

        String hash = Newsrooms.get(n.author(), id).getString("contentHash");
        as(n.author()).get("/api/v1/publications/" + id + "/trace").then().statusCode(200)
                .body("author.id", equalTo((int) n.authorId()))
                .body("publishedRevision", equalTo(1)).body("publishedContentHash", equalTo(hash))
                .body("approvals", hasSize(2))
                .body("approvals[0].step", equalTo(1)).body("approvals[0].reviewer.id", equalTo((int) n.directId()))
                .body("approvals[0].contentHash", equalTo(hash)).body("approvals[0].checklist", hasSize(5))
                .body("approvals[0].checklist[0].confirmed", equalTo(true))
                .body("approvals[1].step", equalTo(2)).body("approvals[1].reviewer.id", equalTo((int) n.firstId()))
                .body("timeline.action", equalTo(List.of("created", "submitted", "approved", "approved", "published")));

        act(n.first(), id, "retract", Map.of("reason", " ")).statusCode(422).body("errors[0].field", equalTo("reason"));
        act(n.author(), id, "retract", Map.of("reason", "信息有误")).statusCode(403)
                .body("type", equalTo(PROBLEMS + "forbidden-actor")).body("errors[0].code", equalTo("only-leaders-retract"));
        act(n.direct(), id, "retract", Map.of("reason", "信息有误")).statusCode(200).body("status", equalTo("RETRACTED"))
                .body("retractReason", equalTo("信息有误")).body("retractedBy.id", equalTo((int) n.directId()));
        as(n.author()).get("/api/v1/publications/" + id + "/trace").then().statusCode(200)
                .body("retractReason", equalTo("信息有误")).body("timeline[-1].action", equalTo("retracted"));
        as("admin").get("/api/v1/channels/" + n.channelId()).then().statusCode(200).body("publishedCount", equalTo(0));

        List<String> actions = Duties.audit("publication", id).getList("items.action", String.class);
        assertThat(actions).contains("publication.created", "publication.submitted", "publication.approved",
                "publication.published", "publication.retracted");
        try (Connection c = EmbeddedPostgresResource.superuser();
             ResultSet rs = c.createStatement().executeQuery("SELECT type, payload->>'contentHash' FROM outbox_event"
                     + " WHERE aggregate_type = 'publication' AND aggregate_id = '" + id + "'"
                     // Every audited change is an event; the review transitions are the ones that carry the content hash.
                     + " AND type IN ('publication.submitted', 'publication.approved', 'publication.published',"
                     + " 'publication.retracted') ORDER BY id")) {
            List<String> types = new java.util.ArrayList<>();
            while (rs.next()) {
                types.add(rs.getString(1));
                assertThat(rs.getString(2)).isEqualTo(hash);
            }
            assertThat(types).containsExactly("publication.submitted", "publication.approved", "publication.approved",
                    "publication.published", "publication.retracted");
        }
    }

    @Test
    void everyTransitionThatTheStateDoesNotAllowIsAConflictNamingTheStateAndTheAllowedActions() {
        long id = drafted(n.author(), n.channelId(), "状态机");
        for (String action : List.of("approve", "reject", "withdraw", "publish", "retract")) {
            refused(id, action, "DRAFT", "edit, attach, submit");
        }
        act(n.author(), id, "submit").statusCode(200);
        for (String action : List.of("submit", "publish", "retract")) {
            refused(id, action, "IN_REVIEW", "approve, reject, withdraw, edit, attach");
        }
        approve(n.direct(), id).statusCode(200);
        approve(n.first(), id).statusCode(200);
        for (String action : List.of("submit", "approve", "reject", "withdraw", "retract")) {
            refused(id, action, "APPROVED", "publish, edit, attach");
        }
        act(n.author(), id, "publish").statusCode(200);
        for (String action : List.of("submit", "approve", "reject", "withdraw", "publish")) {
            refused(id, action, "PUBLISHED", "retract");
        }
        as(n.author()).body(Map.of("version", Newsrooms.version(id), "title", "改", "body", "<p>x</p>"))
                .put("/api/v1/publications/" + id).then().statusCode(409).body("detail", containsString("PUBLISHED"));
        act(n.first(), id, "retract", Map.of("reason", "撤回")).statusCode(200);
        for (String action : List.of("submit", "approve", "reject", "withdraw", "publish", "retract")) {
            refused(id, action, "RETRACTED", "none");
        }
    }

    private void refused(long id, String action, String state, String allowed) {
        Map<String, Object> body = switch (action) {
            case "approve" -> Map.of("checklist", fullChecklist());
            case "reject" -> Map.of("comment", "x");
            case "retract" -> Map.of("reason", "x");
            default -> Map.of();
        };
        act("admin", id, action, body).statusCode(409)
                .body("type", equalTo(PROBLEMS + "invalid-transition"))
                .body("detail", containsString("的状态是 " + state))
                .body("detail", containsString("可执行的操作：" + ("none".equals(allowed) ? "无" : allowed)));
    }

    @Test
    void aRejectionNeedsACommentReturnsToDraftAndResubmissionStartsAgainAtStepOne() {
        long id = drafted(n.author(), n.channelId(), "驳回");
        act(n.author(), id, "submit").statusCode(200);
        approve(n.direct(), id).statusCode(200);
        act(n.first(), id, "reject", Map.of("comment", "")).statusCode(422).body("errors[0].field", equalTo("comment"));
        act(n.first(), id, "reject", Map.of("comment", "数据需核实")).statusCode(200).body("status", equalTo("DRAFT"))
                .body("lastRejection.comment", equalTo("数据需核实")).body("lastRejection.step", equalTo(2))
                .body("approvals", hasSize(0));
        act(n.author(), id, "submit").statusCode(200).body("review.currentStep", equalTo(1)).body("review.submission", equalTo(2))
                .body("approvals", hasSize(0));
        act(n.first(), id, "approve", Map.of("checklist", fullChecklist())).statusCode(403)
                .body("detail", containsString("DIRECT_RESPONSIBLE"));
    }

    @Test
    void onlyTheAuthorWithdrawsAnItemFromReview() {
        long id = drafted(n.author(), n.channelId(), "撤回审核");
        act(n.author(), id, "submit").statusCode(200);
        act(n.staff(), id, "withdraw").statusCode(403).body("type", equalTo(PROBLEMS + "forbidden-actor"))
                .body("errors[0].code", equalTo("only-author-withdraws"));
        act(n.author(), id, "withdraw").statusCode(200).body("status", equalTo("DRAFT"));
        assertThat(Duties.audit("publication", id).getList("items.action", String.class)).contains("publication.withdrawn");
    }

    @Test
    void aTransitionBasedOnAnOldVersionIsAVersionConflict() {
        long id = drafted(n.author(), n.channelId(), "版本");
        long v = Newsrooms.version(id);
        act(n.author(), id, "submit", Map.of("version", v)).statusCode(200);
        act(n.author(), id, "withdraw", Map.of("version", v)).statusCode(409).body("type", equalTo(PROBLEMS + "version-conflict"));
    }

    @Test
    void anEditAfterAnApprovalVoidsItAndReturnsTheItemToDraft() {
        long id = drafted(n.author(), n.channelId(), "编辑作废");
        act(n.author(), id, "submit").statusCode(200);
        approve(n.direct(), id).statusCode(200);
        as(n.author()).body(Map.of("version", Newsrooms.version(id), "title", "编辑作废（修改）", "body", "<p>新正文</p>"))
                .put("/api/v1/publications/" + id).then().statusCode(200).body("status", equalTo("DRAFT"))
                .body("revisionNumber", equalTo(2)).body("approvals", hasSize(0));
        JsonPath reviews = as("admin").get("/api/v1/publications/" + id).then().extract().jsonPath();
        assertThat(reviews.getString("review.currentStep")).isNull();
        act(n.author(), id, "submit").statusCode(200).body("review.currentStep", equalTo(1));
    }

    @Test
    void publishingIsRefusedUnlessEveryStepApprovedTheCurrentRevision() throws Exception {
        long id = drafted(n.author(), n.channelId(), "缺审批");
        act(n.author(), id, "submit").statusCode(200);
        approve(n.direct(), id).statusCode(200);
        act(n.author(), id, "publish").statusCode(409).body("type", equalTo(PROBLEMS + "invalid-transition"));
        approve(n.first(), id).statusCode(200);
        try (Connection c = EmbeddedPostgresResource.superuser()) {
            // Whatever happens behind the service's back, no approval of step 2 means no publishing.
            c.createStatement().executeUpdate("UPDATE publication_review SET voided_at = now() WHERE publication_id = " + id + " AND step = 2");
        }
        act(n.author(), id, "publish").statusCode(409).body("type", equalTo(PROBLEMS + "approvals-missing"))
                .body("detail", containsString("主要领导审批"));
    }

    @Test
    void theContentIsSanitizedOnTheServer() {
        String body = "<p onclick=\"steal()\">你好<script>alert(1)</script><a href=\"javascript:alert(2)\">链接</a>"
                + "<img src=\"x.png\" onerror=\"alert(3)\"><a href=\"https://example.org/\">好链接</a></p>";
        long id = as(n.author()).body(Newsrooms.draft(n.channelId(), "净化", body)).post("/api/v1/publications").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        String stored = Newsrooms.get(n.author(), id).getString("body");
        assertThat(stored).doesNotContain("<script", "alert(1)", "onclick", "onerror", "javascript:")
                .contains("你好", "https://example.org/", "好链接");
    }

    @Test
    void revisionsAreListedAndComparedLineByLine() {
        long id = as(n.author()).body(Newsrooms.draft(n.channelId(), "标题一", "<p>第一段</p><p>第二段</p>"))
                .post("/api/v1/publications").then().statusCode(201).extract().jsonPath().getLong("id");
        as(n.author()).body(Map.of("version", Newsrooms.version(id), "title", "标题二", "body", "<p>第一段</p><p>第二段改</p>"))
                .put("/api/v1/publications/" + id).then().statusCode(200);
        as(n.author()).get("/api/v1/publications/" + id + "/revisions").then().statusCode(200)
                .body("number", equalTo(List.of(2, 1))).body("[0].contentHash", not(equalTo(null)));
        JsonPath diff = as(n.author()).queryParam("from", 1).queryParam("to", 2)
                .get("/api/v1/publications/" + id + "/revisions/compare").then().statusCode(200).extract().jsonPath();
        assertThat(diff.getList("title.kind", String.class)).containsExactly("REMOVED", "ADDED");
        assertThat(diff.getList("body.kind", String.class)).containsExactly("SAME", "REMOVED", "ADDED");
        assertThat(diff.getString("body[2].text")).isEqualTo("<p>第二段改</p>");
    }
}
