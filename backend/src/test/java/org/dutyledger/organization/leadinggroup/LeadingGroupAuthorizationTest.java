package org.dutyledger.organization.leadinggroup;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.dutyledger.support.Api.get;
import static org.dutyledger.support.Api.put;
import static org.hamcrest.Matchers.equalTo;

/** GET and PUT of a leading group against every kind of caller; the target is a new unit under STREET-DH. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class LeadingGroupAuthorizationTest {

    @Inject
    Fixtures fixtures;

    long unit;
    String path;

    @BeforeEach
    void createUnit() {
        fixtures.memberOnly();
        unit = fixtures.newOrganization("STREET-DH");
        path = "/api/v1/organizations/" + unit + "/leading-group";
    }

    Map<String, Object> body() {
        Map<String, Object> b = new HashMap<>();
        b.put("version", null);
        b.put("name", "领导小组");
        b.put("members", List.of(Map.of("personId", fixtures.personId("deputy"), "position", "LEADER")));
        return b;
    }

    void stillNotConfigured() {
        fixtures.asSystem(() -> {
            org.junit.jupiter.api.Assertions.assertNull(
                    io.quarkus.arc.Arc.container().instance(LeadingGroupRepository.class).get().ofOrganization(unit));
            return null;
        });
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void adminReadsAndReplacesTheGroup() {
        get(path).statusCode(200).body("configured", equalTo(false));
        put(path, body()).statusCode(200).body("configured", equalTo(true));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void auditorReadsTheGroupButCannotReplaceIt() {
        get(path).statusCode(200);
        get("/api/v1/organizations/" + fixtures.orgId("STREET-DH") + "/leading-group").statusCode(200)
                .body("configured", equalTo(true));
        put(path, body()).statusCode(403);
        stillNotConfigured();
    }

    @Test
    @TestSecurity(user = "secretary")
    void staffOfTheOrganizationReadsAndReplacesTheGroup() {
        get(path).statusCode(200);
        put(path, body()).statusCode(200).body("members[0].personName", equalTo("李明华"));
    }

    @Test
    @TestSecurity(user = "outsider")
    void staffOfASiblingDoesNotSeeTheGroup() {
        get(path).statusCode(404);
        get("/api/v1/organizations/" + fixtures.orgId("STREET-DH") + "/leading-group").statusCode(404);
        put(path, body()).statusCode(404);
        stillNotConfigured();
    }

    @Test
    @TestSecurity(user = "memberonly")
    void aReadOnlyMemberReadsTheGroupButCannotReplaceIt() {
        get(path).statusCode(200);
        put(path, body()).statusCode(403);
        stillNotConfigured();
    }

    @Test
    @TestSecurity(user = "community")
    void staffOfAChildOrganizationCannotReplaceTheParentsGroup() {
        get("/api/v1/organizations/" + fixtures.orgId("STREET-DH") + "/leading-group").statusCode(404);
        put(path, body()).statusCode(404);
        stillNotConfigured();
    }

    @Test
    void anonymousCallersGet401() {
        get(path).statusCode(401).contentType("application/problem+json");
        put(path, body()).statusCode(401);
        stillNotConfigured();
    }
}
