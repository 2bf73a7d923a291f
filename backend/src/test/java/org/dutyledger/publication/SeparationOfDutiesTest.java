package org.dutyledger.publication;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.dutyledger.support.Duties;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Newsrooms;
import org.dutyledger.support.Newsrooms.Newsroom;
import org.dutyledger.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.support.Newsrooms.act;
import static org.dutyledger.support.Newsrooms.approve;
import static org.dutyledger.support.Newsrooms.drafted;
import static org.dutyledger.support.Newsrooms.fullChecklist;
import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Separation of duties, the checklist, versioned policies and fifty reviewers pressing approve at once. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class SeparationOfDutiesTest {

    static final String FORBIDDEN_ACTOR = "https://dutyledger.org/problems/forbidden-actor";

    @Inject
    Newsrooms newsrooms;

    Newsroom n;

    @BeforeEach
    void freshNewsroom() {
        n = newsrooms.create();
    }

    @Test
    void theAuthorNeverApprovesTheirOwnItemEvenWhenHoldingTheStepRole() {
        long id = drafted(n.direct(), n.channelId(), "自己写自己审");
        act(n.direct(), id, "submit").statusCode(200);
        approve(n.direct(), id).statusCode(403).body("type", equalTo(FORBIDDEN_ACTOR))
                .body("errors[0].field", equalTo("actor")).body("errors[0].code", equalTo("author-never-reviews"))
                .body("errors[0].args.publicationId", equalTo((int) id))
                .body("detail", equalTo("作者不审核自己的信息：您撰写过信息 " + id + " 的修订版本"));
        as(n.direct()).header("Accept-Language", "en")
                .body(Map.of("version", Newsrooms.version(id), "checklist", Newsrooms.fullChecklist(), "comment", "同意"))
                .post("/api/v1/publications/" + id + "/approve").then().statusCode(403)
                .body("errors[0].code", equalTo("author-never-reviews"))
                .body("detail", equalTo("the author never reviews their own item: you wrote a revision of publication " + id));
        act(n.direct(), id, "reject", Map.of("comment", "x")).statusCode(403);
    }

    @Test
    void whoeverSavedARevisionCountsAsAnAuthor() {
        long id = drafted(n.author(), n.channelId(), "修改者也是作者");
        as(n.direct()).body(Map.of("version", Newsrooms.version(id), "title", "分管改过", "body", "<p>改</p>"))
                .put("/api/v1/publications/" + id).then().statusCode(200);
        act(n.author(), id, "submit").statusCode(200);
        as(n.direct()).get("/api/v1/me/reviews").then().statusCode(200).body("id", not(hasItem((int) id)));
        approve(n.direct(), id).statusCode(403).body("errors[0].code", equalTo("author-never-reviews"));
    }

    @Test
    void aReviewerMustHoldTheStepsRoleInTheItemsOrganizationToday() {
        long id = drafted(n.author(), n.channelId(), "角色");
        act(n.author(), id, "submit").statusCode(200);
        for (String user : List.of(n.first(), n.staff(), "admin", "secretary")) {
            approve(user, id).statusCode(403).body("type", equalTo(FORBIDDEN_ACTOR))
                    .body("errors[0].code", equalTo("not-the-step-reviewer"));
        }
        // An ended duty no longer counts, although the person is still staff.
        Duties.assigned(n.firstId(), n.orgId(), "DIRECT_RESPONSIBLE", "2020-01-01", "2020-12-31");
        approve(n.first(), id).statusCode(403);
    }

    @Test
    void onePersonNeverApprovesTwoStepsUnlessThePolicyAllowsIt() {
        // Two steps name the leader in charge: only the flag decides whether one person may take both.
        List<Map<String, Object>> twice = List.of(policySteps().get(0), policySteps().get(0), policySteps().get(1));
        long policy = as(n.first()).body(Map.of("organizationId", n.orgId(), "steps", twice))
                .post("/api/v1/review-policies").then().statusCode(201).extract().jsonPath().getLong("id");
        long id = drafted(n.author(), n.channelId(), "一人两步");
        act(n.author(), id, "submit").statusCode(200).body("review.allowSamePersonMultipleSteps", equalTo(false));
        approve(n.direct(), id).statusCode(200);
        as(n.direct()).get("/api/v1/me/reviews").then().statusCode(200).body("id", not(hasItem((int) id)));
        approve(n.direct(), id).statusCode(403).body("type", equalTo(FORBIDDEN_ACTOR)).body("errors[0].code", equalTo("one-person-one-step"))
                .body("errors[0].args.approvedStep", equalTo(1)).body("errors[0].args.step", equalTo(2));

        as(n.first()).body(Map.of("version", 0, "steps", twice, "allowSamePersonMultipleSteps", true))
                .put("/api/v1/review-policies/" + policy).then().statusCode(200);
        approve(n.direct(), id).statusCode(403); // still under the version it was submitted with
        long other = drafted(n.author(), n.channelId(), "政策允许");
        act(n.author(), other, "submit").statusCode(200).body("review.allowSamePersonMultipleSteps", equalTo(true));
        approve(n.direct(), other).statusCode(200);
        as(n.direct()).get("/api/v1/me/reviews").then().statusCode(200).body("id", hasItem((int) other));
        approve(n.direct(), other).statusCode(200).body("review.currentStep", equalTo(3));
    }

    @Test
    void everyChecklistItemMustBeConfirmedAndTheMissingOneIsNamed() {
        long id = drafted(n.author(), n.channelId(), "清单");
        act(n.author(), id, "submit").statusCode(200);
        List<Map<String, Object>> answers = new ArrayList<>(fullChecklist());
        answers.set(3, Map.of("item", answers.get(3).get("item"), "confirmed", false));
        act(n.direct(), id, "approve", Map.of("checklist", answers)).statusCode(422)
                .body("type", equalTo("https://dutyledger.org/problems/checklist-incomplete"))
                .body("errors[0].field", equalTo("checklist[3]")).body("errors[0].message", containsString("未泄露个人信息"));
        act(n.direct(), id, "approve", Map.of("checklist", answers.subList(0, 2))).statusCode(422)
                .body("errors.field", equalTo(List.of("checklist[2]", "checklist[3]", "checklist[4]")));
    }

    @Test
    void anItemKeepsThePolicyVersionItWasSubmittedUnder() {
        long policy = as(n.first()).body(Map.of("organizationId", n.orgId(), "steps", policySteps()))
                .post("/api/v1/review-policies").then().statusCode(201).body("currentVersion", equalTo(1))
                .extract().jsonPath().getLong("id");
        long id = drafted(n.author(), n.channelId(), "政策版本");
        act(n.author(), id, "submit").statusCode(200).body("review.stepCount", equalTo(2));
        as(n.first()).body(Map.of("version", 0, "steps", List.of(Map.of("name", "主要领导审批", "role", "FIRST_RESPONSIBLE",
                        "checklist", List.of("已核实")))))
                .put("/api/v1/review-policies/" + policy).then().statusCode(200).body("currentVersion", equalTo(2))
                .body("versions", org.hamcrest.Matchers.hasSize(2));
        as(n.author()).queryParam("channelId", n.channelId()).get("/api/v1/review-policies/effective").then().statusCode(200)
                .body("source", equalTo("ORGANIZATION")).body("versionNumber", equalTo(2)).body("steps", org.hamcrest.Matchers.hasSize(1));
        approve(n.direct(), id).statusCode(200).body("review.currentStep", equalTo(2));
        long later = drafted(n.author(), n.channelId(), "新版本");
        act(n.author(), later, "submit").statusCode(200).body("review.stepCount", equalTo(1))
                .body("review.currentStepRole", equalTo("FIRST_RESPONSIBLE"));
        assertThat(Duties.audit("review-policy", policy).getList("items.action", String.class))
                .contains("review-policy.created", "review-policy.revised");
        as(n.member()).body(Map.of("version", 1, "steps", policySteps())).put("/api/v1/review-policies/" + policy)
                .then().statusCode(403);
        as("outsider").get("/api/v1/review-policies/" + policy).then().statusCode(404);
    }

    @Test
    void fiftySimultaneousApprovalsOfOneStepGiveOneSuccessAndOneAuditEvent() throws Exception {
        long id = drafted(n.author(), n.channelId(), "并发审批");
        act(n.author(), id, "submit").statusCode(200);
        long version = Newsrooms.version(id);
        String token = Tokens.of(n.direct());
        Map<String, Object> body = Map.of("version", version, "checklist", fullChecklist(), "comment", "同意");
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            calls.add(pool.submit(() -> {
                start.await();
                return given().auth().oauth2(token).contentType("application/json").body(body)
                        .post("/api/v1/publications/" + id + "/approve").statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : calls) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(1);
        assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(49);
        assertThat(Duties.audit("publication", id).getList("items.action", String.class).stream()
                .filter("publication.approved"::equals).count()).isEqualTo(1);
        Newsrooms.get("admin", id);
        assertThat(Newsrooms.get("admin", id).getList("approvals")).hasSize(1);
    }

    static List<Map<String, Object>> policySteps() {
        return List.of(Map.of("name", "分管领导初审", "role", "DIRECT_RESPONSIBLE", "checklist",
                        org.dutyledger.publication.review.DefaultReviewPolicy.CHECKLIST),
                Map.of("name", "主要领导审批", "role", "FIRST_RESPONSIBLE", "checklist",
                        org.dutyledger.publication.review.DefaultReviewPolicy.CHECKLIST));
    }
}
