package org.dutyledger.person;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.dutyledger.support.Api.get;
import static org.dutyledger.support.Api.membership;
import static org.dutyledger.support.Api.patch;
import static org.dutyledger.support.Api.post;
import static org.dutyledger.support.Api.put;
import static org.dutyledger.support.Fixtures.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Every people endpoint against admin, auditor, STAFF of the target's organization (secretary of STREET-DH),
 * STAFF of a sibling (outsider of STREET-XS), a read-only MEMBER of STREET-DH, and anonymous.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class PeopleAuthorizationTest {

    static final String PEOPLE = "/api/v1/people";

    @Inject
    Fixtures fixtures;

    long target;

    @BeforeEach
    void createTarget() {
        fixtures.memberOnly();
        target = fixtures.newPerson("STREET-DH", MembershipRole.STAFF);
    }

    Map<String, Object> newPersonInStreet() {
        return Map.of("name", unique("新人"), "memberships",
                List.of(membership(fixtures.orgId("DH-LIUAN"), "STAFF", true)));
    }

    Map<String, Object> addOffice() {
        return Map.of("version", 0, "memberships", List.of(membership(fixtures.orgId("STREET-DH"), "STAFF", true),
                membership(fixtures.orgId("DH-OFFICE"), "MEMBER", false)));
    }

    void unchanged() {
        org.junit.jupiter.api.Assertions.assertEquals(0, fixtures.personVersion(target));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void adminReadsListsCreatesAndChangesAnyone() {
        get(PEOPLE + "?size=500&q=陈志强").statusCode(200).body("items.username", hasItem("outsider"));
        get(PEOPLE + "/" + target).statusCode(200);
        post(PEOPLE, newPersonInStreet()).statusCode(201);
        post(PEOPLE, Map.of("name", unique("无组织"))).statusCode(201);
        patch(PEOPLE + "/" + target, Map.of("version", 0, "post", "改")).statusCode(200);
        put(PEOPLE + "/" + target + "/memberships", Map.of("version", 1, "memberships",
                List.of(membership(fixtures.orgId("XS-OFFICE"), "STAFF", true)))).statusCode(200);
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void auditorReadsEveryoneAndChangesNothing() {
        get(PEOPLE + "?size=500&q=陈志强").statusCode(200).body("items.username", hasItem("outsider"));
        get(PEOPLE + "/" + target).statusCode(200);
        post(PEOPLE, newPersonInStreet()).statusCode(403);
        patch(PEOPLE + "/" + target, Map.of("version", 0, "post", "改")).statusCode(403);
        put(PEOPLE + "/" + target + "/memberships", addOffice()).statusCode(403);
        unchanged();
    }

    @Test
    @TestSecurity(user = "secretary")
    void staffOfTheStreetManagesItsPeople() {
        get(PEOPLE + "?size=500&under=" + fixtures.orgId("STREET-DH")).statusCode(200)
                .body("items.id", hasItem((int) target));
        get(PEOPLE + "/" + target).statusCode(200);
        post(PEOPLE, newPersonInStreet()).statusCode(201);
        patch(PEOPLE + "/" + target, Map.of("version", 0, "post", "改")).statusCode(200);
        put(PEOPLE + "/" + target + "/memberships", Map.of("version", 1, "memberships",
                List.of(membership(fixtures.orgId("STREET-DH"), "STAFF", true),
                        membership(fixtures.orgId("DH-OFFICE"), "MEMBER", false)))).statusCode(200);
    }

    @Test
    @TestSecurity(user = "secretary")
    void staffOfTheStreetDoesNotSeeTheOtherStreetsPeople() {
        long outsider = fixtures.personId("outsider");
        get(PEOPLE + "?size=500").statusCode(200).body("items.username", not(hasItem("outsider")));
        get(PEOPLE + "/" + outsider).statusCode(404);
        patch(PEOPLE + "/" + outsider, Map.of("version", 0, "post", "改")).statusCode(404);
        put(PEOPLE + "/" + outsider + "/memberships", Map.of("version", 0, "memberships", List.of())).statusCode(404);
        get(PEOPLE + "?organization=" + fixtures.orgId("STREET-XS")).statusCode(404);
    }

    @Test
    @TestSecurity(user = "secretary")
    void peopleWithoutMembershipsAreSeenOnlyByAdminAndAuditor() {
        long loner = fixtures.newPerson(null, MembershipRole.STAFF);
        get(PEOPLE + "/" + loner).statusCode(404);
    }

    @Test
    @TestSecurity(user = "secretary")
    void staffCreatesPeopleOnlyInsideTheirOwnSubtree() {
        post(PEOPLE, Map.of("name", unique("无组织"))).statusCode(422)
                .body("errors[0].field", equalTo("memberships"));
        post(PEOPLE, Map.of("name", unique("越界"), "memberships",
                List.of(membership(fixtures.orgId("XS-OFFICE"), "STAFF", true)))).statusCode(422)
                .body("errors[0].field", equalTo("memberships[0].organizationId"));
        post(PEOPLE, Map.of("name", unique("上级"), "memberships",
                List.of(membership(fixtures.orgId("DISTRICT"), "STAFF", true)))).statusCode(422)
                .body("errors[0].field", equalTo("memberships[0].organizationId"));
    }

    @Test
    @TestSecurity(user = "secretary")
    void staffChangesOnlyTheMembershipsInTheirOwnSubtree() {
        long both = fixtures.personInBothStreets();
        long xs = fixtures.orgId("STREET-XS");
        long dh = fixtures.orgId("STREET-DH");
        get(PEOPLE + "/" + both).statusCode(200);
        // The other street's membership is out of the caller's sight: leaving it out of the list keeps it.
        put(PEOPLE + "/" + both + "/memberships", Map.of("version", 0, "memberships",
                List.of(membership(dh, "STAFF", true)))).statusCode(200).body("version", equalTo(0))
                .body("memberships.organizationCode", org.hamcrest.Matchers.contains("STREET-DH"))
                .body("hiddenMemberships", equalTo(1));
        // Altering it too.
        put(PEOPLE + "/" + both + "/memberships", Map.of("version", 0, "memberships",
                List.of(membership(dh, "STAFF", true), membership(xs, "MEMBER", false)))).statusCode(403)
                .body("errors[0].field", equalTo("memberships[1].organizationId"));
        // Adding an organization of the other street: it does not exist for the caller.
        put(PEOPLE + "/" + both + "/memberships", Map.of("version", 0, "memberships",
                List.of(membership(dh, "STAFF", true), membership(xs, "STAFF", false),
                        membership(fixtures.orgId("XS-OFFICE"), "MEMBER", false)))).statusCode(422)
                .body("errors[0].field", equalTo("memberships[2].organizationId"));
        // Their own part is theirs to change.
        put(PEOPLE + "/" + both + "/memberships", Map.of("version", 0, "memberships",
                List.of(membership(dh, "STAFF", true), membership(xs, "STAFF", false),
                        membership(fixtures.orgId("DH-OFFICE"), "MEMBER", false)))).statusCode(200);
        // A login for someone who also belongs elsewhere needs rights over all their organizations.
        patch(PEOPLE + "/" + both, Map.of("version", 1, "username", unique("login"))).statusCode(403)
                .body("errors[0].field", equalTo("username"));
        org.junit.jupiter.api.Assertions.assertEquals(1, fixtures.personVersion(both));
    }

    @Test
    @TestSecurity(user = "outsider")
    void staffOfASiblingStreetSeesNothingOfThisStreet() {
        get(PEOPLE + "?size=500").statusCode(200).body("items.id", not(hasItem((int) target)))
                .body("items.username", not(hasItem("secretary")));
        get(PEOPLE + "/" + target).statusCode(404);
        post(PEOPLE, newPersonInStreet()).statusCode(422).body("errors[0].field", equalTo("memberships[0].organizationId"));
        patch(PEOPLE + "/" + target, Map.of("version", 0, "post", "改")).statusCode(404);
        put(PEOPLE + "/" + target + "/memberships", addOffice()).statusCode(404);
        get("/api/v1/me").statusCode(200).body("scope.code", org.hamcrest.Matchers.contains("STREET-XS"));
        unchanged();
    }

    @Test
    @TestSecurity(user = "memberonly")
    void aReadOnlyMemberReadsTheStreetsPeopleAndChangesNothing() {
        get(PEOPLE + "?size=500&under=" + fixtures.orgId("STREET-DH")).statusCode(200)
                .body("items.id", hasItem((int) target));
        get(PEOPLE + "/" + target).statusCode(200);
        post(PEOPLE, newPersonInStreet()).statusCode(403);
        patch(PEOPLE + "/" + target, Map.of("version", 0, "post", "改")).statusCode(403);
        put(PEOPLE + "/" + target + "/memberships", addOffice()).statusCode(403);
        unchanged();
    }

    @Test
    void anonymousCallersGet401Everywhere() {
        get(PEOPLE).statusCode(401).contentType("application/problem+json");
        get(PEOPLE + "/" + target).statusCode(401);
        post(PEOPLE, newPersonInStreet()).statusCode(401);
        patch(PEOPLE + "/" + target, Map.of("version", 0, "post", "改")).statusCode(401);
        put(PEOPLE + "/" + target + "/memberships", addOffice()).statusCode(401);
        get("/api/v1/me").statusCode(401);
        unchanged();
    }
}
