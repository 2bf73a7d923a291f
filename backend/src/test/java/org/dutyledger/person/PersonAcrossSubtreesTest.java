package org.dutyledger.person;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.dutyledger.support.Api.membership;
import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person who is MEMBER of 西山街道 (where `outsider` is STAFF) and STAFF of 柳岸社区 under 东湖街道 (outside
 * outsider's scope): outsider keeps their own part, but neither changes the person's standing everywhere nor
 * sees the other street's membership or the login's subject.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class PersonAcrossSubtreesTest {

    static final String PEOPLE = "/api/v1/people";

    @Inject
    Fixtures fixtures;

    long person;
    String login;

    @BeforeEach
    void personInBothStreets() {
        login = Fixtures.unique("both").toLowerCase();
        person = as("admin").body(Map.of("name", Fixtures.unique("两地人员"), "username", login, "memberships", List.of(
                        membership(fixtures.orgId("STREET-XS"), "MEMBER", true),
                        membership(fixtures.orgId("DH-LIUAN"), "STAFF", false))))
                .post(PEOPLE).then().statusCode(201).extract().jsonPath().getLong("id");
        as(login).get("/api/v1/me").then().statusCode(200).body("person.id", equalTo((int) person));  // pins the subject
    }

    long version() {
        return as("admin").get(PEOPLE + "/" + person).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    @Test
    void staffOfOneSubtreeCannotChangeTheStandingOfAPersonWhoAlsoWorksInAnother() {
        long v = version();
        for (Map.Entry<String, Object> change : Map.<String, Object>of("active", false, "name", "改名",
                "externalId", Fixtures.unique("OA"), "username", Fixtures.unique("login")).entrySet()) {
            as("outsider").body(Map.of("version", v, change.getKey(), change.getValue())).patch(PEOPLE + "/" + person)
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(change.getKey()));
        }
        assertEquals(v, version(), "nothing changed");
        as("admin").get(PEOPLE + "/" + person).then().body("active", equalTo(true));
        as(login).get("/api/v1/me").then().statusCode(200).body("scope.code", hasItem("DH-LIUAN"));

        // What concerns only the caller's own part stays theirs: contact fields and memberships in their subtree.
        as("outsider").body(Map.of("version", v, "post", "西山街道联络员")).patch(PEOPLE + "/" + person).then()
                .statusCode(200).body("post", equalTo("西山街道联络员"));
        // The editor sends what it shows: the membership out of the caller's sight is kept as it is.
        as("outsider").body(Map.of("version", v + 1, "memberships", List.of(
                        membership(fixtures.orgId("STREET-XS"), "MEMBER", true),
                        membership(fixtures.orgId("XS-OFFICE"), "MEMBER", false))))
                .put(PEOPLE + "/" + person + "/memberships").then().statusCode(200)
                .body("memberships.organizationCode", contains("STREET-XS", "XS-OFFICE"))
                .body("hiddenMemberships", equalTo(1));
        as("admin").get(PEOPLE + "/" + person).then()
                .body("memberships.organizationCode", contains("STREET-XS", "DH-LIUAN", "XS-OFFICE"));
        // Someone whose scope covers every one of the person's organizations may change the standing.
        as("admin").body(Map.of("version", v + 2, "active", false)).patch(PEOPLE + "/" + person).then().statusCode(200)
                .body("active", equalTo(false));
    }

    @Test
    void aPrimaryMembershipOutOfSightStaysPrimary() {
        long other = as("admin").body(Map.of("name", Fixtures.unique("东湖为主"), "memberships", List.of(
                        membership(fixtures.orgId("DH-LIUAN"), "STAFF", true),
                        membership(fixtures.orgId("STREET-XS"), "MEMBER", false))))
                .post(PEOPLE).then().statusCode(201).extract().jsonPath().getLong("id");
        as("outsider").body(Map.of("version", 0, "memberships", List.of(
                        membership(fixtures.orgId("STREET-XS"), "STAFF", true))))
                .put(PEOPLE + "/" + other + "/memberships").then().statusCode(200)
                .body("memberships[0].role", equalTo("STAFF")).body("memberships[0].primary", equalTo(false));
        as("admin").get(PEOPLE + "/" + other).then()
                .body("memberships.organizationCode", contains("DH-LIUAN", "STREET-XS"))
                .body("memberships[0].primary", equalTo(true));
    }

    @Test
    void staffOfTheWholeTreeOfThePersonMayChangeTheirStanding() {
        long dhOnly = fixtures.newPerson("DH-LIUAN", MembershipRole.MEMBER);
        as("secretary").body(Map.of("version", 0, "active", false, "name", Fixtures.unique("改名")))
                .patch(PEOPLE + "/" + dhOnly).then().statusCode(200).body("active", equalTo(false));
    }

    @Test
    void theMembershipsOutsideTheCallersScopeAndTheSubjectAreNotShown() {
        as("outsider").get(PEOPLE + "/" + person).then().statusCode(200)
                .body("memberships.organizationCode", contains("STREET-XS"))
                .body("hiddenMemberships", equalTo(1))
                .body("subject", nullValue());
        as("outsider").queryParam("q", login).get(PEOPLE).then().statusCode(200)
                .body("items[0].id", equalTo((int) person))
                .body("items[0].memberships.organizationCode", contains("STREET-XS"))
                .body("items[0].hiddenMemberships", equalTo(1))
                .body("items[0].subject", nullValue());
        // The auditor reads everything but is no administrator: all memberships, no subject.
        as("auditor").get(PEOPLE + "/" + person).then().statusCode(200)
                .body("memberships.organizationCode", contains("STREET-XS", "DH-LIUAN"))
                .body("hiddenMemberships", equalTo(0))
                .body("subject", nullValue());
        as("admin").get(PEOPLE + "/" + person).then().statusCode(200)
                .body("memberships.organizationCode", contains("STREET-XS", "DH-LIUAN"))
                .body("subject", equalTo("sub-" + login));
    }

    @Test
    void theFirstLoginPinningTheSubjectIsInTheAuditTrailOnce() {
        as(login).get("/api/v1/me").then().statusCode(200);  // a second login pins nothing
        as("admin").queryParam("entityType", "person").queryParam("entityId", String.valueOf(person))
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("items.findAll { it.action == 'person.identity-linked' }.size()", equalTo(1))
                .body("items.find { it.action == 'person.identity-linked' }.changes.subject.after", equalTo("sub-" + login))
                .body("items.find { it.action == 'person.identity-linked' }.actorUsername", equalTo(login));
    }

    @Test
    void theAuditTrailShowsOnlyTheMembershipsInTheCallersScopeAndStoresThemAll() {
        String outside = "DH-LIUAN";
        as("outsider").queryParam("entityType", "person").queryParam("entityId", String.valueOf(person))
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", hasItem("person.created"))
                .body("items.find { it.action == 'person.created' }.changes.memberships.after",
                        containsString("STREET-XS"))
                .body("items.find { it.action == 'person.created' }.changes.memberships.after",
                        containsString("and 1 more outside your scope"))
                .body("items.find { it.action == 'person.created' }.changes.memberships.after",
                        not(containsString(outside)));
        String hash = as("admin").queryParam("entityType", "person").queryParam("entityId", String.valueOf(person))
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("items.find { it.action == 'person.created' }.changes.memberships.after", containsString(outside))
                .extract().path("items.find { it.action == 'person.created' }.hash");
        String seenHash = as("outsider").queryParam("entityType", "person").queryParam("entityId", String.valueOf(person))
                .get("/api/v1/audit-events").then().extract().path("items.find { it.action == 'person.created' }.hash");
        assertEquals(hash, seenHash, "the stored event and its hash are untouched");
    }

    @Test
    void anExportLeavesOutThePersonEventsThatNameMembershipsOutsideTheCallersScope() {
        // An export line is the event as hashed: it cannot be redacted, so the outsider's export leaves it out.
        String outsiders = as("outsider").queryParam("format", "jsonl").queryParam("entityType", "person")
                .queryParam("entityId", String.valueOf(person))
                .get("/api/v1/audit-events/export").then().statusCode(200).extract().asString();
        assertFalse(outsiders.contains("DH-LIUAN"), outsiders);
        assertFalse(outsiders.contains("\"person.created\""), outsiders);
        String admins = as("admin").queryParam("format", "jsonl").queryParam("entityType", "person")
                .queryParam("entityId", String.valueOf(person))
                .get("/api/v1/audit-events/export").then().statusCode(200).extract().asString();
        assertTrue(admins.contains("\"person.created\"") && admins.contains("DH-LIUAN"), admins);
    }
}
