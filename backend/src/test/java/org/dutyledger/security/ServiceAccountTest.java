package org.dutyledger.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.duty.DutyRole;
import org.dutyledger.person.MembershipRole;
import org.dutyledger.support.Demo;
import org.dutyledger.support.Duties;
import org.dutyledger.support.DutyFixtures;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Fixtures;
import org.dutyledger.support.Newsrooms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.dutyledger.support.Tokens.as;
import static org.dutyledger.support.Tokens.integration;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A client-credentials token (the OA system's `oa-sync`) is never a person: the sequence of the security test
 * (sync a person named like the service account into a leader's department, then act as STAFF) is refused at
 * every step, and even a person row that already carries the service account's name or subject is never linked.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ServiceAccountTest {

    static final String SERVICE_ACCOUNT = "service-account-oa-sync";
    /** The subject of {@code Tokens.integration()}. */
    static final String SERVICE_SUBJECT = "6f1c2a9e-0000-4000-8000-0000000a5e11";

    @Inject
    Fixtures fixtures;

    @Inject
    DutyFixtures duties;

    @Inject
    Newsrooms newsrooms;

    @Inject
    EntityManager em;

    Long planted;

    @AfterEach
    void removePlantedPerson() {
        if (planted != null) {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("DELETE FROM membership WHERE person_id = ?1").setParameter(1, planted).executeUpdate();
                em.createNativeQuery("DELETE FROM person WHERE id = ?1").setParameter(1, planted).executeUpdate();
            });
        }
    }

    static Map<String, Object> syncedPerson(String externalId, String username, String departmentCode) {
        Map<String, Object> m = new HashMap<>();
        m.put("externalId", externalId);
        m.put("name", "同步账号");
        m.put("username", username);
        m.put("departments", List.of(Map.of("code", departmentCode, "leader", true)));
        return m;
    }

    @Test
    void aSyncCannotGiveAPersonTheServiceAccountsLoginAndEveryStepAfterIsRefused() {
        Newsrooms.Newsroom n = newsrooms.create();
        JsonPath sync = integration().body(List.of(syncedPerson(Fixtures.unique("OA"), SERVICE_ACCOUNT, n.orgCode())))
                .put("/api/v1/sync/people").then().statusCode(200).extract().jsonPath();
        assertEquals("error", sync.getString("items[0].outcome"));
        assertEquals("username", sync.getString("items[0].errors[0].field"));
        assertEquals(null, fixtures.personId(SERVICE_ACCOUNT), "no person carries the service account's name");

        everyStepAsTheServiceAccountIsRefused(n, null);
    }

    @Test
    void aPersonAlreadyCarryingTheServiceAccountsNameOrSubjectIsNeverLinked() {
        Newsrooms.Newsroom n = newsrooms.create();
        // As if planted before this fix: a STAFF person with the service account's login, subject still free.
        planted = plant(SERVICE_ACCOUNT, null, n.orgId());
        everyStepAsTheServiceAccountIsRefused(n, planted);
        assertEquals(null, subjectOf(planted), "the service account's subject was not pinned to the person");

        // Or already pinned to the service account's subject.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE person SET subject = ?1 WHERE id = ?2")
                .setParameter(1, SERVICE_SUBJECT).setParameter(2, planted).executeUpdate());
        everyStepAsTheServiceAccountIsRefused(n, planted);
    }

    void everyStepAsTheServiceAccountIsRefused(Newsrooms.Newsroom n, Long self) {
        integration().get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo(SERVICE_ACCOUNT))
                .body("person", nullValue())
                .body("globalRoles", empty())
                .body("scope", empty());
        // It cannot hand itself (or anyone) the first responsibility, and the organization does not exist for it.
        Map<String, Object> duty = Duties.body(self != null ? self : n.authorId(), n.orgId(), "FIRST_RESPONSIBLE", "2026-01-01", null);
        integration().body(duty).post("/api/v1/duty-assignments").then().statusCode(anyOf(is(403), is(404), is(422)));
        integration().body(Map.of("role", "FIRST_RESPONSIBLE", "personId", self != null ? self : n.authorId(),
                        "effectiveDate", "2026-01-01", "basis", Map.of("documentNumber", "测试〔2026〕1号")))
                .post("/api/v1/organizations/" + n.orgId() + "/handover").then().statusCode(404);
        // No publication of its own.
        integration().body(Newsrooms.draft(n.channelId(), "机器稿件", "<p>正文</p>")).post("/api/v1/publications")
                .then().statusCode(anyOf(is(403), is(404), is(422)));
        // No approving an item in review, no publishing an approved one.
        long inReview = Newsrooms.drafted(n.author(), n.channelId(), "待审稿件");
        Newsrooms.act(n.author(), inReview, "submit").statusCode(200);
        integration().body(Map.of("version", Newsrooms.version(inReview), "checklist", Newsrooms.fullChecklist(),
                "comment", "同意")).post("/api/v1/publications/" + inReview + "/approve").then().statusCode(404);
        long approved = Newsrooms.approvedItem(n, "已批准稿件");
        long afterSetup = Demo.auditHead();
        integration().body(Map.of("version", Newsrooms.version(approved))).post("/api/v1/publications/" + approved + "/publish")
                .then().statusCode(404);
        assertEquals("APPROVED", Newsrooms.get("admin", approved).getString("status"));
        // No webhook subscriptions.
        integration().body(Map.of("url", "https://hooks.example.org/machine", "eventTypes", List.of("*"),
                "organizationId", n.orgId())).post("/api/v1/webhook-subscriptions").then().statusCode(404);
        integration().body(Map.of("url", "https://hooks.example.org/machine", "eventTypes", List.of("*")))
                .post("/api/v1/webhook-subscriptions").then().statusCode(403);
        // Nor reads of the organization's people or tree.
        integration().get("/api/v1/organizations/" + n.orgId()).then().statusCode(404);
        integration().get("/api/v1/people?size=500").then().statusCode(200).body("total", equalTo(0));
        assertEquals(afterSetup, Demo.auditHead(), "nothing the service account tried left a change");
    }

    @Test
    void aServiceAccountsNameIsRefusedAsALoginEverywhereAPersonGetsOne() {
        long id = fixtures.newPerson("STREET-DH", MembershipRole.MEMBER);
        as("admin").body(Map.of("name", "机器", "username", "Service-Account-Other")).post("/api/v1/people").then()
                .statusCode(422).body("errors[0].field", equalTo("username"));
        as("admin").body(Map.of("version", 0, "username", "service-account-oa-sync")).patch("/api/v1/people/" + id).then()
                .statusCode(422).body("errors[0].field", equalTo("username"));
        // A sync cannot rename an existing person to it either.
        String ext = Fixtures.unique("OA");
        integration().body(List.of(syncedPerson(ext, Fixtures.unique("human").toLowerCase(), "STREET-DH")))
                .put("/api/v1/sync/people").then().statusCode(200).body("items[0].outcome", equalTo("created"));
        integration().body(List.of(syncedPerson(ext, SERVICE_ACCOUNT, "STREET-DH")))
                .put("/api/v1/sync/people").then().statusCode(200).body("items[0].outcome", equalTo("error"))
                .body("items[0].errors[0].field", equalTo("username"));
    }

    @Test
    void onlyAnAdministratorOrTheSyncSetsALoginName() {
        long dh = fixtures.orgId("STREET-DH");
        as("secretary").body(Map.of("name", Fixtures.unique("新人"), "username", Fixtures.unique("login"),
                        "memberships", List.of(Map.of("organizationId", dh, "role", "MEMBER", "primary", true))))
                .post("/api/v1/people").then().statusCode(403).body("errors[0].field", equalTo("username"));
        long id = fixtures.newPerson("STREET-DH", MembershipRole.MEMBER);
        as("secretary").body(Map.of("version", 0, "username", Fixtures.unique("login"))).patch("/api/v1/people/" + id)
                .then().statusCode(403).body("errors[0].field", equalTo("username"));
        String login = Fixtures.unique("login");
        as("admin").body(Map.of("version", 0, "username", login)).patch("/api/v1/people/" + id).then().statusCode(200)
                .body("username", equalTo(login));
        as("admin").queryParam("entityType", "person").queryParam("entityId", String.valueOf(id))
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("items[0].action", equalTo("person.updated"))
                .body("items[0].changes.username.after", equalTo(login));
    }

    @Test
    void anAdministratorUnlinksAWronglyLinkedLogin() {
        String login = Fixtures.unique("wrong").toLowerCase();
        long id = fixtures.newPerson(Fixtures.unique("错链"), login, "STREET-DH", MembershipRole.STAFF);
        as(login).get("/api/v1/me").then().statusCode(200).body("person.id", equalTo((int) id));
        assertEquals("sub-" + login, subjectOf(id), "the first login pinned its subject");

        as("secretary").body(Map.of("version", 1)).post("/api/v1/people/" + id + "/unlink-identity").then()
                .statusCode(403);
        as("admin").body(Map.of("version", 0)).post("/api/v1/people/" + id + "/unlink-identity").then()
                .statusCode(409);
        as("admin").body(Map.of("version", 1)).post("/api/v1/people/" + id + "/unlink-identity").then().statusCode(200)
                .body("subject", nullValue()).body("username", nullValue()).body("version", equalTo(2));
        as("admin").queryParam("entityType", "person").queryParam("entityId", String.valueOf(id))
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("items[0].action", equalTo("person.identity-unlinked"))
                .body("items[0].changes.subject.before", equalTo("sub-" + login))
                .body("items[0].changes.username.before", equalTo(login));
        as(login).get("/api/v1/me").then().statusCode(200).body("person", nullValue()).body("scope", empty());
        assertEquals(null, subjectOf(id));
    }

    @Test
    void theOaSystemUpsertsOrganizationsByCodeUnderTheSyncsRules() {
        String code = Demo.uniqueCode("OA");
        Map<String, Object> body = Map.of("name", "按编码同步", "type", "DEPARTMENT", "parentCode", "STREET-DH");
        int id = integration().body(body).put("/api/v1/organizations/by-code/" + code).then().statusCode(201)
                .body("code", equalTo(code)).extract().path("id");
        integration().body(body).put("/api/v1/organizations/by-code/" + code).then().statusCode(200)
                .body("id", equalTo(id));
        integration().body(Map.of("name", "按编码同步（改名）", "type", "DEPARTMENT", "parentCode", "STREET-DH"))
                .put("/api/v1/organizations/by-code/" + code).then().statusCode(200).body("name", containsString("改名"));
        as("admin").queryParam("entityType", "organization").queryParam("entityId", String.valueOf(id))
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("items.actorUsername", org.hamcrest.Matchers.everyItem(equalTo(SERVICE_ACCOUNT)))
                .body("items.action", org.hamcrest.Matchers.contains("organization.updated", "organization.created"));
        // The reach is the upsert's only: the same account reads nothing of the tree elsewhere.
        integration().get("/api/v1/organizations/" + id).then().statusCode(404);
    }

    long plant(String username, String subject, long orgId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            long id = ((Number) em.createNativeQuery("""
                            INSERT INTO person (id, name, username, subject, active, version, created_at, updated_at)
                            VALUES (nextval('person_seq'), '植入账号', ?1, ?2, true, 0, now(), now()) RETURNING id""")
                    .setParameter(1, username).setParameter(2, subject).getSingleResult()).longValue();
            em.createNativeQuery("""
                            INSERT INTO membership (id, person_id, organization_id, role, is_primary)
                            VALUES (nextval('membership_seq'), ?1, ?2, 'STAFF', true)""")
                    .setParameter(1, id).setParameter(2, orgId).executeUpdate();
            return id;
        });
    }

    String subjectOf(long id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT subject FROM person WHERE id = ?1").setParameter(1, id).getSingleResult());
    }
}
