package org.dutyledger.organization.leadinggroup;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.dutyledger.person.MembershipRole;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.dutyledger.support.Api.auditOf;
import static org.dutyledger.support.Api.get;
import static org.dutyledger.support.Api.put;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@TestSecurity(user = "admin", roles = "admin")
class LeadingGroupApiTest {

    @Inject
    Fixtures fixtures;

    static String path(long orgId) {
        return "/api/v1/organizations/" + orgId + "/leading-group";
    }

    static Map<String, Object> line(long personId, String position, String postText) {
        Map<String, Object> m = new HashMap<>();
        m.put("personId", personId);
        m.put("position", position);
        m.put("postText", postText);
        return m;
    }

    static Map<String, Object> group(Long version, String name, List<Map<String, Object>> members) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("name", name);
        body.put("members", members);
        return body;
    }

    @Test
    @TestSecurity(user = "secretary")
    void theDemoStreetHasItsLeadingGroup() {
        get(path(fixtures.orgId("STREET-DH"))).statusCode(200)
                .body("configured", equalTo(true))
                .body("name", equalTo("东湖街道网络意识形态工作领导小组"))
                .body("officeDepartment.name", equalTo("东湖街道党政办公室"))
                .body("officeDirector.name", equalTo("张晓燕"))
                .body("members[0].personName", equalTo("王建国"))
                .body("members[0].position", equalTo("LEADER"))
                .body("members[0].postText", equalTo("党工委书记"))
                .body("members[1].postText", equalTo("党工委副书记、街道办主任"))
                .body("members.personName", hasItem("张晓燕"));
    }

    @Test
    void anOrganizationWithoutAGroupAnswersNotConfigured() {
        long org = fixtures.newOrganization("STREET-XS");
        get(path(org)).statusCode(200)
                .body("organizationId", equalTo((int) org))
                .body("configured", equalTo(false))
                .body("name", nullValue())
                .body("members", empty())
                .body("version", nullValue());
    }

    @Test
    void theFirstPutCreatesTheGroupAndLaterPutsReplaceItWithTheVersion() {
        long org = fixtures.newOrganization("STREET-DH");
        long dept = fixtures.newOrganizationUnder(org);
        long leader = fixtures.newPerson("DH-LIUAN", MembershipRole.STAFF);
        long deputy = fixtures.newPerson("DH-LIUAN", MembershipRole.STAFF);
        Map<String, Object> body = group(null, "测试领导小组", List.of(
                line(leader, "LEADER", "书记"), line(deputy, "DEPUTY", "副书记、主任")));
        body.put("officeDepartmentId", org);
        body.put("officeDirectorId", deputy);
        put(path(org), body).statusCode(200)
                .body("configured", equalTo(true)).body("version", equalTo(0))
                .body("officeDepartment.id", equalTo((int) org))
                .body("officeDirector.id", equalTo((int) deputy))
                .body("members.position", contains("LEADER", "DEPUTY"))
                .body("members.sortOrder", contains(0, 1));
        auditOf("leading_group", groupIdOf(org)).body("items[0].action", equalTo("leading-group.created"))
                .body("items[0].organizationId", equalTo((int) org))
                .body("items[0].changes.members.after", containsString("副书记、主任"));

        // The same body again is no change.
        body.put("version", 0);
        put(path(org), body).statusCode(200).body("version", equalTo(0));
        auditOf("leading_group", groupIdOf(org)).body("items", hasSize(1));

        Map<String, Object> next = group(0L, "测试领导小组（调整）", List.of(line(deputy, "LEADER", null)));
        next.put("officeDepartmentId", dept);
        put(path(org), next).statusCode(200).body("version", equalTo(1))
                .body("members", hasSize(1)).body("officeDirector", nullValue())
                .body("officeDepartment.id", equalTo((int) dept));
        auditOf("leading_group", groupIdOf(org)).body("items[0].action", equalTo("leading-group.updated"))
                .body("items[0].changes.name.after", equalTo("测试领导小组（调整）"))
                .body("items[0].changes.officeDirector.after", nullValue());
    }

    @Test
    void aStaleOrMissingVersionIs409AndChangesNothing() {
        long org = fixtures.newOrganization("STREET-DH");
        long leader = fixtures.newPerson("DH-LIUAN", MembershipRole.STAFF);
        put(path(org), group(5L, "小组", List.of())).statusCode(409).body("type", endsWith("/version-conflict"));
        put(path(org), group(null, "小组", List.of(line(leader, "LEADER", null)))).statusCode(200);
        put(path(org), group(null, "另一个", List.of())).statusCode(409);
        put(path(org), group(3L, "另一个", List.of())).statusCode(409);
        get(path(org)).body("name", equalTo("小组")).body("members", hasSize(1)).body("version", equalTo(0));
    }

    @Test
    void invalidGroupsAreRefusedNamingTheField() {
        long org = fixtures.newOrganization("STREET-DH");
        long a = fixtures.newPerson("DH-LIUAN", MembershipRole.STAFF);
        long b = fixtures.newPerson("DH-LIUAN", MembershipRole.STAFF);
        expect(org, group(null, " ", List.of()), 422, "name");
        expect(org, group(null, "x".repeat(201), List.of()), 422, "name");
        expect(org, group(null, "小组", null), 422, "members");
        expect(org, group(null, "小组", List.of(line(a, "LEADER", null), line(b, "LEADER", null))), 422, "members[1].position");
        expect(org, group(null, "小组", List.of(line(a, "LEADER", null), line(a, "MEMBER", null))), 422, "members[1].personId");
        expect(org, group(null, "小组", List.of(line(a, "MEMBER", "x".repeat(301)))), 422, "members[0].postText");
        expect(org, group(null, "小组", List.of(line(987654321L, "MEMBER", null))), 422, "members[0].personId");
        expect(org, group(null, "小组", List.of(line(a, "CHIEF", null))), 400, "members[0].position");
        Map<String, Object> outside = group(null, "小组", List.of());
        outside.put("officeDepartmentId", fixtures.orgId("XS-OFFICE"));
        expect(org, outside, 422, "officeDepartmentId");
        Map<String, Object> director = group(null, "小组", List.of());
        director.put("officeDirectorId", 987654321L);
        expect(org, director, 422, "officeDirectorId");
        Map<String, Object> unknown = group(null, "小组", List.of());
        unknown.put("secretary", "x");
        expect(org, unknown, 400, "secretary");
        get(path(org)).body("configured", equalTo(false));
        get("/api/v1/organizations/abc/leading-group").statusCode(400).body("errors[0].field", equalTo("id"));
        get(path(987654321L)).statusCode(404);
    }

    @Test
    @TestSecurity(user = "secretary")
    void peopleOutsideTheCallersScopeCannotBeNamed() {
        long org = fixtures.newOrganization("STREET-DH");
        long outsider = fixtures.personId("outsider");
        expect(org, group(null, "小组", List.of(line(outsider, "MEMBER", null))), 422, "members[0].personId");
        Map<String, Object> director = group(null, "小组", List.of());
        director.put("officeDirectorId", outsider);
        expect(org, director, 422, "officeDirectorId");
        put(path(org), group(null, "小组", List.of(line(fixtures.personId("deputy"), "LEADER", null))))
                .statusCode(200).body("members.personName", not(hasItem("陈志强")));
    }

    private long groupIdOf(long orgId) {
        return fixtures.leadingGroupId(orgId);
    }

    private static void expect(long org, Map<String, Object> body, int status, String field) {
        put(path(org), body).statusCode(status).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }
}
