package org.dutyledger.publication;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Fixtures;
import org.dutyledger.support.Newsrooms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.dutyledger.support.Newsrooms.act;
import static org.dutyledger.support.Newsrooms.approve;
import static org.dutyledger.support.Newsrooms.drafted;
import static org.dutyledger.support.Tokens.anonymous;
import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Who sees and does what, on the demo street's WeChat account: the path the web app takes. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class PublicationAccessTest {

    @Inject
    Fixtures fixtures;

    long wechat;

    @BeforeEach
    void demoChannel() {
        fixtures.memberOnly();
        wechat = as("admin").queryParam("q", "东湖发布").get("/api/v1/channels").then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.name == '东湖发布' }.id");
    }

    @Test
    void aDraftIsSeenByStaffReviewersUpperLevelsAdminAndAuditorButNotByOtherReaders() {
        long id = drafted("editor", wechat, "街道新闻");
        String path = "/api/v1/publications/" + id;
        for (String user : List.of("editor", "deputy", "secretary", "admin", "auditor")) {
            as(user).get(path).then().statusCode(200);
            as(user).queryParam("channelId", wechat).get("/api/v1/publications").then().statusCode(200).body("items.id", hasItem((int) id));
        }
        for (String user : List.of("memberonly", "outsider", "community")) {
            as(user).get(path).then().statusCode(404);
            as(user).queryParam("channelId", wechat).get("/api/v1/publications").then().statusCode(200).body("items.id", not(hasItem((int) id)));
        }
        anonymous().get(path).then().statusCode(401);
        anonymous().get("/api/v1/publications").then().statusCode(401);
    }

    @Test
    void onlyWritersChangeAnItemAndTheAuditorChangesNothing() {
        long id = drafted("editor", wechat, "权限");
        Map<String, Object> edit = Map.of("version", Newsrooms.version(id), "title", "改", "body", "<p>x</p>");
        as("auditor").body(edit).put("/api/v1/publications/" + id).then().statusCode(403);
        as("outsider").body(edit).put("/api/v1/publications/" + id).then().statusCode(404);
        as("memberonly").body(edit).put("/api/v1/publications/" + id).then().statusCode(404);
        anonymous().body(edit).put("/api/v1/publications/" + id).then().statusCode(401);
        as("auditor").body(Newsrooms.draft(wechat, "审计员", "<p>x</p>")).post("/api/v1/publications").then().statusCode(403);
        as("outsider").body(Newsrooms.draft(wechat, "外人", "<p>x</p>")).post("/api/v1/publications").then().statusCode(404);
        as("memberonly").body(Newsrooms.draft(wechat, "成员", "<p>x</p>")).post("/api/v1/publications").then().statusCode(403);
        act("auditor", id, "submit").statusCode(403);
        act("outsider", id, "submit").statusCode(404);
        act("secretary", id, "submit").statusCode(200);
        for (String user : List.of("auditor", "admin", "editor", "secretary")) {
            approve(user, id).statusCode(403);
        }
        anonymous().body(Map.of("version", 1)).post("/api/v1/publications/" + id + "/approve").then().statusCode(401);
    }

    @Test
    void theStreetsEditorDeputyAndSecretaryTakeAnItemOnlineAndEveryReaderThenSeesItsTrace() {
        long id = drafted("editor", wechat, "东湖街道开展网络安全宣传周活动");
        act("editor", id, "submit").statusCode(200);
        as("deputy").get("/api/v1/me/reviews").then().statusCode(200).body("id", hasItem((int) id));
        approve("deputy", id).statusCode(200);
        approve("secretary", id).statusCode(200).body("status", equalTo("APPROVED"));
        act("secretary", id, "publish").statusCode(200).body("status", equalTo("PUBLISHED"));
        for (String user : List.of("memberonly", "editor", "auditor", "admin")) {
            as(user).get("/api/v1/publications/" + id + "/trace").then().statusCode(200)
                    .body("approvals.reviewer.name", equalTo(List.of("李明华", "王建国"))).body("author.name", equalTo("张晓燕"))
                    .body("publishedBy.name", equalTo("王建国"));
        }
        as("outsider").get("/api/v1/publications/" + id + "/trace").then().statusCode(404);
        anonymous().get("/api/v1/publications/" + id + "/trace").then().statusCode(401);
        act("editor", id, "retract", Map.of("reason", "x")).statusCode(403);
        act("memberonly", id, "retract", Map.of("reason", "x")).statusCode(403);
    }

    @Test
    void theTraceOfADraftIsReadByWhoeverReadsTheDraftAndByNoOneElse() {
        long id = drafted("editor", wechat, "未发布");
        for (String user : List.of("editor", "deputy", "secretary", "admin", "auditor")) {
            as(user).get("/api/v1/publications/" + id + "/trace").then().statusCode(200)
                    .body("publication.status", equalTo("DRAFT")).body("currentRevision", equalTo(1))
                    .body("publishedRevision", equalTo(null)).body("policy", equalTo(null));
        }
        for (String user : List.of("memberonly", "outsider", "community")) {
            as(user).get("/api/v1/publications/" + id + "/trace").then().statusCode(404);
        }
        anonymous().get("/api/v1/publications/" + id + "/trace").then().statusCode(401);
    }

    @Test
    void reviewPoliciesAreReadInScopeAndChangedOnlyByWriters() {
        long street = as("admin").queryParam("q", "STREET-DH").get("/api/v1/organizations").then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.code == 'STREET-DH' }.id");
        as("memberonly").queryParam("organizationId", street).get("/api/v1/review-policies/effective").then().statusCode(200)
                .body("steps[0].role", equalTo("DIRECT_RESPONSIBLE")).body("steps[1].role", equalTo("FIRST_RESPONSIBLE"))
                .body("steps[0].checklist.size()", equalTo(5));
        as("outsider").queryParam("organizationId", street).get("/api/v1/review-policies/effective").then().statusCode(404);
        as("auditor").get("/api/v1/review-policies").then().statusCode(200);
        anonymous().get("/api/v1/review-policies").then().statusCode(401);
        Map<String, Object> policy = Map.of("organizationId", street, "channelId", wechat,
                "steps", List.of(Map.of("name", "审批", "role", "FIRST_RESPONSIBLE", "checklist", List.of("已核实"))));
        as("auditor").body(policy).post("/api/v1/review-policies").then().statusCode(403);
        as("memberonly").body(policy).post("/api/v1/review-policies").then().statusCode(403);
        as("outsider").body(policy).post("/api/v1/review-policies").then().statusCode(404);
        as("editor").body(Map.of("organizationId", street, "steps", List.of())).post("/api/v1/review-policies").then().statusCode(422);
    }

    @Test
    void notificationsAndTheReviewInboxNeedALogin() {
        anonymous().get("/api/v1/me/reviews").then().statusCode(401);
        anonymous().get("/api/v1/me/notifications").then().statusCode(401);
        anonymous().post("/api/v1/me/notifications/1/read").then().statusCode(401);
        anonymous().get("/api/v1/publication-statistics?under=1").then().statusCode(401);
        as("auditor").get("/api/v1/me/reviews").then().statusCode(200);
    }
}
