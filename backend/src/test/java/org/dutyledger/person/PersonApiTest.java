package org.dutyledger.person;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.dutyledger.support.Api.auditOf;
import static org.dutyledger.support.Api.get;
import static org.dutyledger.support.Api.membership;
import static org.dutyledger.support.Api.patch;
import static org.dutyledger.support.Api.post;
import static org.dutyledger.support.Api.put;
import static org.dutyledger.support.Fixtures.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@TestSecurity(user = "admin", roles = "admin")
class PersonApiTest {

    static final String PEOPLE = "/api/v1/people";

    @Inject
    Fixtures fixtures;

    @Test
    void adminCreatesAPersonWithMembershipsAndReadsItBack() {
        long office = fixtures.orgId("DH-OFFICE");
        long street = fixtures.orgId("STREET-DH");
        String ext = unique("OA");
        Map<String, Object> body = Map.of("name", " 测试人员 ", "post", "宣传干事", "phone", "+86 138 0000 0000",
                "email", "test@example.org", "externalId", ext, "username", unique("user"),
                "memberships", List.of(membership(street, "MEMBER", false), membership(office, "STAFF", true)));
        int id = post(PEOPLE, body).statusCode(201)
                .header("Location", containsString("/api/v1/people/"))
                .body("name", equalTo("测试人员"))
                .body("externalId", equalTo(ext))
                .body("active", equalTo(true))
                .body("version", equalTo(0))
                .body("subject", nullValue())
                .body("memberships.organizationCode", contains("DH-OFFICE", "STREET-DH"))
                .body("memberships[0].primary", equalTo(true))
                .body("memberships[0].role", equalTo("STAFF"))
                .extract().path("id");
        get(PEOPLE + "/" + id).statusCode(200).body("email", equalTo("test@example.org"))
                .body("memberships", hasSize(2));
        auditOf("person", id).body("items[0].action", equalTo("person.created"))
                .body("items[0].organizationId", equalTo((int) office))
                .body("items[0].changes.name.after", equalTo("测试人员"))
                .body("items[0].changes.memberships.after", containsString("DH-OFFICE"));
    }

    @Test
    void theLocationHeaderPointsAtTheNewPerson() {
        String location = post(PEOPLE, Map.of("name", unique("位置"))).statusCode(201).extract().header("Location");
        given().when().get(location).then().statusCode(200);
        org.hamcrest.MatcherAssert.assertThat(location, endsWith(String.valueOf(
                given().when().get(location).then().extract().path("id").toString())));
    }

    @Test
    void patchChangesOnlyTheGivenFieldsAndIsAudited() {
        long id = fixtures.newPerson("DH-LIUAN", MembershipRole.STAFF);
        patch(PEOPLE + "/" + id, Map.of("version", 0, "post", "社区干事", "phone", "027-8888 0000"))
                .statusCode(200).body("post", equalTo("社区干事")).body("phone", equalTo("027-8888 0000"))
                .body("version", equalTo(1));
        patch(PEOPLE + "/" + id, Map.of("version", 1, "phone", "", "active", false))
                .statusCode(200).body("phone", nullValue()).body("post", equalTo("社区干事"))
                .body("active", equalTo(false)).body("version", equalTo(2));
        auditOf("person", id).body("items[0].action", equalTo("person.updated"))
                .body("items[0].changes.phone.before", equalTo("027-8888 0000"))
                .body("items[0].changes.active.after", equalTo(false))
                .body("items[0].organizationId", equalTo((int) fixtures.orgId("DH-LIUAN")));
    }

    @Test
    void changingSeveralFieldsAtOnceMovesTheVersionOnce() {
        long id = fixtures.newPerson("DH-LIUAN", MembershipRole.STAFF);
        patch(PEOPLE + "/" + id, Map.of("version", 0, "name", unique("改名"), "externalId", unique("OA"),
                "username", unique("login"), "email", "x@example.org")).statusCode(200).body("version", equalTo(1));
        auditOf("person", id).body("items", hasSize(2));
    }

    @Test
    void aPatchThatChangesNothingKeepsTheVersionAndWritesNoEvent() {
        long id = fixtures.newPerson("DH-LIUAN", MembershipRole.STAFF);
        patch(PEOPLE + "/" + id, Map.of("version", 0, "active", true)).statusCode(200).body("version", equalTo(0));
        auditOf("person", id).body("items", hasSize(1));
    }

    @Test
    void aStaleVersionIsRefusedWith409AndChangesNothing() {
        long id = fixtures.newPerson("DH-LIUAN", MembershipRole.STAFF);
        patch(PEOPLE + "/" + id, Map.of("version", 0, "post", "一")).statusCode(200);
        patch(PEOPLE + "/" + id, Map.of("version", 0, "post", "二")).statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/version-conflict"));
        put(PEOPLE + "/" + id + "/memberships", Map.of("version", 0, "memberships", List.of())).statusCode(409);
        get(PEOPLE + "/" + id).body("post", equalTo("一")).body("version", equalTo(1)).body("memberships", hasSize(1));
    }

    @Test
    void twoWritersWithTheSameVersionGetOneSuccessAndOne409() throws Exception {
        long id = fixtures.newPerson("DH-LIUAN", MembershipRole.STAFF);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> given().contentType("application/json").body(Map.of("version", 0, "post", "甲"))
                    .patch(PEOPLE + "/" + id).statusCode());
            var b = pool.submit(() -> given().contentType("application/json")
                    .body(Map.of("version", 0, "memberships", List.of(membership(fixtures.orgId("DH-OFFICE"), "STAFF", true))))
                    .put(PEOPLE + "/" + id + "/memberships").statusCode());
            List<Integer> statuses = new java.util.ArrayList<>(List.of(a.get(), b.get()));
            java.util.Collections.sort(statuses);
            org.junit.jupiter.api.Assertions.assertEquals(List.of(200, 409), statuses);
        } finally {
            pool.shutdown();
        }
        get(PEOPLE + "/" + id).body("version", equalTo(1));
        auditOf("person", id).body("items", hasSize(2));
    }

    @Test
    void aDuplicateExternalIdIsAConflictNamingTheField() {
        String ext = unique("OA");
        post(PEOPLE, Map.of("name", "甲", "externalId", ext)).statusCode(201);
        post(PEOPLE, Map.of("name", "乙", "externalId", ext)).statusCode(409)
                .body("errors[0].field", equalTo("externalId"));
        long other = fixtures.newPerson("DH-LIUAN", MembershipRole.STAFF);
        patch(PEOPLE + "/" + other, Map.of("version", 0, "externalId", ext)).statusCode(409)
                .body("errors[0].field", equalTo("externalId"));
    }

    @Test
    void aDuplicateUsernameIsAConflictNamingTheField() {
        post(PEOPLE, Map.of("name", "重名", "username", "secretary")).statusCode(409)
                .body("errors[0].field", equalTo("username"));
        get(PEOPLE + "?q=重名").body("total", equalTo(0));
    }

    @Test
    void invalidFieldsAreNamedAndNothingIsCreated() {
        String marker = unique("无效");
        expectInvalid(Map.of("post", marker), 422, "name");
        expectInvalid(Map.of("name", "   ", "post", marker), 422, "name");
        expectInvalid(Map.of("name", "x".repeat(101), "post", marker), 422, "name");
        expectInvalid(Map.of("name", marker, "post", "x".repeat(201)), 422, "post");
        expectInvalid(Map.of("name", marker, "email", "not-an-email"), 422, "email");
        expectInvalid(Map.of("name", marker, "phone", "call me"), 422, "phone");
        expectInvalid(Map.of("name", marker, "username", "has space"), 422, "username");
        expectInvalid(Map.of("name", marker, "nickname", "x"), 400, "nickname");
        expectInvalid(Map.of("name", marker, "active", "sometimes"), 400, "active");
        expectInvalid(Map.of("name", marker, "memberships", List.of(Map.of("organizationId", "abc", "role", "STAFF"))),
                400, "memberships[0].organizationId");
        expectInvalid(Map.of("name", marker, "memberships", List.of(Map.of("organizationId", 1, "role", "BOSS"))),
                400, "memberships[0].role");
        expectInvalid(Map.of("name", marker, "memberships", List.of(Map.of("role", "STAFF", "primary", true))),
                422, "memberships[0].organizationId");
        given().contentType("application/json").body("{\"name\": ").when().post(PEOPLE).then().statusCode(400);
        get(PEOPLE + "?q=" + marker).body("total", equalTo(0));
    }

    @Test
    void badIdsAndQueryParametersAre400NamingTheParameter() {
        get(PEOPLE + "/abc").statusCode(400).body("errors[0].field", equalTo("id"));
        get(PEOPLE + "/-5").statusCode(400).body("errors[0].field", equalTo("id"));
        patch(PEOPLE + "/x1", Map.of("version", 0)).statusCode(400).body("errors[0].field", equalTo("id"));
        get(PEOPLE + "?organization=zz").statusCode(400).body("errors[0].field", equalTo("organization"));
        get(PEOPLE + "?active=perhaps").statusCode(400).body("errors[0].field", equalTo("active"));
        get(PEOPLE + "?size=0").statusCode(400).body("errors[0].field", equalTo("size"));
        get(PEOPLE + "/999999999").statusCode(404);
    }

    @Test
    void patchValidatesLikeCreateAndNeedsAVersion() {
        long id = fixtures.newPerson("DH-LIUAN", MembershipRole.STAFF);
        patch(PEOPLE + "/" + id, Map.of("name", "无版本")).statusCode(422).body("errors[0].field", equalTo("version"));
        patch(PEOPLE + "/" + id, Map.of("version", 0, "name", " ")).statusCode(422).body("errors[0].field", equalTo("name"));
        patch(PEOPLE + "/" + id, Map.of("version", 0, "email", "a@b")).statusCode(422).body("errors[0].field", equalTo("email"));
        patch(PEOPLE + "/" + id, Map.of("version", 0, "subject", "x")).statusCode(400).body("errors[0].field", equalTo("subject"));
        get(PEOPLE + "/" + id).body("version", equalTo(0));
    }

    @Test
    void membershipsAreReplacedWholeAndAudited() {
        long id = fixtures.newPerson("DH-LIUAN", MembershipRole.STAFF);
        long taoyuan = fixtures.orgId("DH-TAOYUAN");
        long liuan = fixtures.orgId("DH-LIUAN");
        put(PEOPLE + "/" + id + "/memberships", Map.of("version", 0, "memberships",
                List.of(membership(liuan, "MEMBER", false), membership(taoyuan, "STAFF", true))))
                .statusCode(200).body("version", equalTo(1))
                .body("memberships.organizationCode", contains("DH-TAOYUAN", "DH-LIUAN"))
                .body("memberships.role", contains("STAFF", "MEMBER"));
        auditOf("person", id).body("items[0].action", equalTo("person.memberships-replaced"))
                .body("items[0].organizationId", equalTo((int) taoyuan))
                .body("items[0].changes.memberships.before", containsString("DH-LIUAN"))
                .body("items[0].changes.memberships.after", containsString("DH-TAOYUAN"));
        // The same list again changes nothing.
        put(PEOPLE + "/" + id + "/memberships", Map.of("version", 1, "memberships",
                List.of(membership(taoyuan, "STAFF", true), membership(liuan, "MEMBER", false))))
                .statusCode(200).body("version", equalTo(1));
        put(PEOPLE + "/" + id + "/memberships", Map.of("version", 1, "memberships", List.of()))
                .statusCode(200).body("memberships", hasSize(0)).body("version", equalTo(2));
    }

    @Test
    void membershipListsMustHaveOnePrimaryKnownOrganizationsAndNoRepeats() {
        long id = fixtures.newPerson("DH-LIUAN", MembershipRole.STAFF);
        long liuan = fixtures.orgId("DH-LIUAN");
        long taoyuan = fixtures.orgId("DH-TAOYUAN");
        String path = PEOPLE + "/" + id + "/memberships";
        put(path, Map.of("version", 0, "memberships", List.of(membership(liuan, "STAFF", false))))
                .statusCode(422).body("errors[0].field", equalTo("memberships"));
        put(path, Map.of("version", 0, "memberships",
                List.of(membership(liuan, "STAFF", true), membership(taoyuan, "STAFF", true))))
                .statusCode(422).body("errors[0].field", equalTo("memberships"));
        put(path, Map.of("version", 0, "memberships",
                List.of(membership(liuan, "STAFF", true), membership(liuan, "MEMBER", false))))
                .statusCode(422).body("errors[0].field", equalTo("memberships[1].organizationId"));
        put(path, Map.of("version", 0, "memberships", List.of(membership(987654321L, "STAFF", true))))
                .statusCode(422).body("errors[0].field", equalTo("memberships[0].organizationId"));
        put(path, Map.of("version", 0)).statusCode(422).body("errors[0].field", equalTo("memberships"));
        get(PEOPLE + "/" + id).body("version", equalTo(0)).body("memberships.organizationCode", contains("DH-LIUAN"));
    }

    @Test
    void listFiltersByTextOrganizationSubtreeAndActiveWithPaging() {
        String name = unique("列表");
        long office = fixtures.orgId("DH-OFFICE");
        long xs = fixtures.orgId("XS-OFFICE");
        Map<String, Object> a = new HashMap<>(Map.of("name", name + "A", "memberships", List.of(membership(office, "STAFF", true))));
        Map<String, Object> b = new HashMap<>(Map.of("name", name + "B", "active", false,
                "memberships", List.of(membership(xs, "STAFF", true))));
        post(PEOPLE, a).statusCode(201);
        post(PEOPLE, b).statusCode(201);
        get(PEOPLE + "?q=" + name).statusCode(200).body("total", equalTo(2))
                .body("items.name", contains(name + "A", name + "B"))
                .body("page", equalTo(0)).body("size", equalTo(50));
        get(PEOPLE + "?q=" + name + "&organization=" + office).body("items.name", contains(name + "A"));
        get(PEOPLE + "?q=" + name + "&under=" + fixtures.orgId("STREET-XS")).body("items.name", contains(name + "B"));
        get(PEOPLE + "?q=" + name + "&active=false").body("items.name", contains(name + "B"));
        get(PEOPLE + "?q=" + name + "&size=1&page=1").body("total", equalTo(2)).body("items.name", contains(name + "B"));
        get(PEOPLE + "?under=" + fixtures.orgId("STREET-DH") + "&size=500").body("items.username", hasItem("secretary"));
    }

    private static void expectInvalid(Map<String, ?> body, int status, String field) {
        post(PEOPLE, body).statusCode(status).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }
}
