package org.dutyledger.publication;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.dutyledger.person.MembershipRole;
import org.dutyledger.publication.review.DefaultReviewPolicy;
import org.dutyledger.support.Duties;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Fixtures;
import org.dutyledger.support.Newsrooms;
import org.dutyledger.support.Newsrooms.Newsroom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.dutyledger.support.Newsrooms.act;
import static org.dutyledger.support.Newsrooms.approve;
import static org.dutyledger.support.Newsrooms.drafted;
import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * Who decides how an organization's items are reviewed: its leaders (第一责任人, 直接责任人) on the day, an upper
 * level's staff, an administrator — never the staff whose items the policy reviews. And 主要领导审批 stays.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ReviewPolicyChangeTest {

    static final String NOT_AN_EDITOR = "https://dutyledger.org/problems/review-policy-editor";
    static final String PRINCIPAL_LEADER_STEP = "https://dutyledger.org/problems/principal-leader-step";

    @Inject
    Newsrooms newsrooms;

    @Inject
    Fixtures fixtures;

    Newsroom n;

    @BeforeEach
    void freshNewsroom() {
        n = newsrooms.create();
    }

    static Map<String, Object> step(String name, String role) {
        return Map.of("name", name, "role", role, "checklist", DefaultReviewPolicy.CHECKLIST);
    }

    static final List<Map<String, Object>> DEFAULT_STEPS = List.of(step("分管领导初审", "DIRECT_RESPONSIBLE"),
            step("主要领导审批", "FIRST_RESPONSIBLE"));
    static final List<Map<String, Object>> LIAISON_ONLY = List.of(step("联络员把关", "LIAISON"));

    private Map<String, Object> create(Long channelId, List<Map<String, Object>> steps, boolean allowSame) {
        Map<String, Object> body = new HashMap<>(Map.of("organizationId", n.orgId(), "steps", steps,
                "allowSamePersonMultipleSteps", allowSame));
        if (channelId != null) {
            body.put("channelId", channelId);
        }
        return body;
    }

    private long policyBy(String user, List<Map<String, Object>> steps) {
        return as(user).body(create(null, steps, false)).post("/api/v1/review-policies").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private void effectiveIsStill(String source, int stepCount) {
        as("admin").queryParam("organizationId", n.orgId()).get("/api/v1/review-policies/effective").then().statusCode(200)
                .body("source", equalTo(source)).body("steps", hasSize(stepCount));
    }

    @Test
    void theAuthorsStaffCannotRewriteTheirOwnReviewToOneLiaisonStep() {
        // The attack of the security test: an editor (STAFF, author of the item) picks who approves their items.
        as(n.author()).body(create(null, LIAISON_ONLY, true)).post("/api/v1/review-policies").then().statusCode(403)
                .body("type", equalTo(NOT_AN_EDITOR));
        as(n.author()).body(create(n.channelId(), LIAISON_ONLY, true)).post("/api/v1/review-policies").then().statusCode(403)
                .body("type", equalTo(NOT_AN_EDITOR));
        effectiveIsStill("DEFAULT", 2);

        long policy = policyBy(n.first(), DEFAULT_STEPS);
        for (String user : List.of(n.author(), n.staff())) {
            as(user).body(Map.of("version", 0, "steps", LIAISON_ONLY, "allowSamePersonMultipleSteps", true))
                    .put("/api/v1/review-policies/" + policy).then().statusCode(403).body("type", equalTo(NOT_AN_EDITOR));
        }
        as("admin").get("/api/v1/review-policies/" + policy).then().statusCode(200).body("currentVersion", equalTo(1))
                .body("steps.role", equalTo(List.of("DIRECT_RESPONSIBLE", "FIRST_RESPONSIBLE")));
    }

    @Test
    void theLeadersOnTheDayUpperLevelStaffAndAdministratorsChangeIt() {
        long policy = policyBy(n.direct(), DEFAULT_STEPS);
        as(n.first()).body(Map.of("version", 0, "steps", DEFAULT_STEPS, "allowSamePersonMultipleSteps", true))
                .put("/api/v1/review-policies/" + policy).then().statusCode(200).body("currentVersion", equalTo(2));
        // 东湖街道's staff sit above this unit.
        as("editor").body(Map.of("version", 1, "steps", DEFAULT_STEPS)).put("/api/v1/review-policies/" + policy)
                .then().statusCode(200).body("currentVersion", equalTo(3));
        as("admin").body(Map.of("version", 2, "steps", DEFAULT_STEPS)).put("/api/v1/review-policies/" + policy)
                .then().statusCode(200).body("currentVersion", equalTo(4));

        // A leader whose duty has ended is staff like any other.
        long former = fixtures.newPerson("前分管" + n.orgCode(), "former-" + n.orgCode().toLowerCase(), n.orgCode(), MembershipRole.STAFF);
        Duties.assigned(former, n.orgId(), "DIRECT_RESPONSIBLE", "2020-01-01", "2020-12-31");
        as("former-" + n.orgCode().toLowerCase()).body(Map.of("version", 3, "steps", DEFAULT_STEPS))
                .put("/api/v1/review-policies/" + policy).then().statusCode(403).body("type", equalTo(NOT_AN_EDITOR));
    }

    @Test
    void aPolicyKeepsThePrincipalLeadersApproval() {
        as(n.first()).body(create(null, LIAISON_ONLY, false)).post("/api/v1/review-policies").then().statusCode(422)
                .body("type", equalTo(PRINCIPAL_LEADER_STEP)).body("errors[0].field", equalTo("steps"));
        as("editor").body(create(n.channelId(), List.of(step("分管领导初审", "DIRECT_RESPONSIBLE")), false))
                .post("/api/v1/review-policies").then().statusCode(422).body("type", equalTo(PRINCIPAL_LEADER_STEP));
        effectiveIsStill("DEFAULT", 2);

        long policy = policyBy(n.first(), DEFAULT_STEPS);
        as(n.direct()).body(Map.of("version", 0, "steps", List.of(step("分管领导初审", "DIRECT_RESPONSIBLE"))))
                .put("/api/v1/review-policies/" + policy).then().statusCode(422).body("type", equalTo(PRINCIPAL_LEADER_STEP));
        // The principal leader's step may move or stand alone.
        as(n.direct()).body(Map.of("version", 0, "steps", List.of(step("主要领导审批", "FIRST_RESPONSIBLE"))))
                .put("/api/v1/review-policies/" + policy).then().statusCode(200);
    }

    @Test
    void belowAnUpperLevelsPolicyWithoutThePrincipalLeaderTheSubtreeMayDoWithoutItToo() {
        policyBy("admin", List.of(step("分管领导审批", "DIRECT_RESPONSIBLE")));
        as(n.first()).body(create(n.channelId(), List.of(step("联络员初审", "LIAISON"), step("分管领导审批", "DIRECT_RESPONSIBLE")), false))
                .post("/api/v1/review-policies").then().statusCode(201);
    }

    @Test
    void theTraceShowsWhichPolicyVersionTheItemWasReviewedUnderAndWhoWroteIt() {
        long policy = policyBy(n.first(), DEFAULT_STEPS);
        as(n.direct()).body(Map.of("version", 0, "steps", List.of(step("主要领导审批", "FIRST_RESPONSIBLE"))))
                .put("/api/v1/review-policies/" + policy).then().statusCode(200);
        long id = drafted(n.author(), n.channelId(), "新流程下的稿件");
        act(n.author(), id, "submit").statusCode(200);
        approve(n.first(), id).statusCode(200).body("status", equalTo("APPROVED"));
        as(n.author()).get("/api/v1/publications/" + id + "/trace").then().statusCode(200)
                .body("policy.source", equalTo("ORGANIZATION")).body("policy.policyId", equalTo((int) policy))
                .body("policy.versionNumber", equalTo(2)).body("policy.changedBy.id", equalTo((int) n.directId()))
                .body("policy.steps.role", equalTo(List.of("FIRST_RESPONSIBLE")));
    }
}
