package org.dutyledger.person;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Fixtures;
import org.junit.jupiter.api.Test;

import static org.dutyledger.support.Api.get;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class MeApiTest {

    static final String ME = "/api/v1/me";

    @Inject
    Fixtures fixtures;

    @Test
    @TestSecurity(user = "secretary")
    void theSecretarySeesTheirPersonAndTheirStreetAsScope() {
        get(ME).statusCode(200)
                .body("username", equalTo("secretary"))
                .body("displayName", equalTo("王建国"))
                .body("globalRoles", empty())
                .body("person.name", equalTo("王建国"))
                .body("person.memberships.organizationCode", contains("STREET-DH"))
                .body("scope.code", contains("STREET-DH"))
                .body("scope[0].role", equalTo("STAFF"));
    }

    @Test
    @TestSecurity(user = "editor")
    void anOrganizationInsideAnotherMembershipIsNotAScopeRoot() {
        get(ME).statusCode(200)
                .body("person.memberships.organizationCode", contains("STREET-DH", "DH-OFFICE"))
                .body("scope.code", contains("STREET-DH"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void theAdminStartsFromTheRootsOfTheTree() {
        get(ME).statusCode(200)
                .body("globalRoles", contains("admin"))
                .body("person.name", equalTo("系统管理员"))
                .body("scope.code", hasItem("CITY"))
                .body("scope[0].role", equalTo("ADMIN"));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void theAuditorStartsFromTheRootsAsAuditor() {
        get(ME).statusCode(200)
                .body("globalRoles", contains("auditor"))
                .body("scope.code", hasItem("CITY"))
                .body("scope[0].role", equalTo("AUDITOR"));
    }

    @Test
    @TestSecurity(user = "memberonly")
    void aReadOnlyMemberHasTheirOrganizationAsMemberScope() {
        fixtures.memberOnly();
        get(ME).statusCode(200).body("scope.code", contains("STREET-DH")).body("scope[0].role", equalTo("MEMBER"));
    }

    @Test
    @TestSecurity(user = "nobody-without-person")
    void aLoginWithoutAPersonHasNoPersonAndNoScope() {
        get(ME).statusCode(200)
                .body("username", equalTo("nobody-without-person"))
                .body("person", nullValue())
                .body("scope", empty())
                .body("globalRoles", empty());
    }

    @Test
    void anonymousCallersGet401() {
        get(ME).statusCode(401).contentType("application/problem+json");
    }
}
