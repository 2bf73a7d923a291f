package org.dutyledger.duty;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.dutyledger.person.MembershipRole;
import org.dutyledger.support.Demo;
import org.dutyledger.support.Duties;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.support.Tokens.as;
import static org.dutyledger.support.Tokens.anonymous;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class MyDutiesTest {

    @Inject
    Fixtures fixtures;

    static JsonPath mine(String caller) {
        return as(caller).get("/api/v1/me/duties").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theSecretaryIsTheStreetsFirstResponsible() {
        JsonPath me = mine("secretary");
        assertThat(me.getString("person.name")).isEqualTo("王建国");
        assertThat(me.getList("assignments.role")).contains("FIRST_RESPONSIBLE");
        assertThat(me.getList("assignments.organization.code")).contains("STREET-DH");
        assertThat(me.getString("assignments[0].basis.documentNumber")).isEqualTo("东湖党工〔2024〕1号");
    }

    @Test
    void theEditorSeesTheChannelSheAdministers() {
        JsonPath me = mine("editor");
        assertThat(me.getList("assignments.role")).contains("PROPAGANDA_OFFICER", "CHANNEL_ADMIN");
        assertThat(me.getList("channels.name")).containsExactly("东湖发布");
    }

    @Test
    void aDualDutyHolderSeesTheSupervisedScope() {
        String username = Fixtures.unique("dual").toLowerCase();
        long person = fixtures.newPerson(Fixtures.unique("双责委员"), username, "STREET-DH", MembershipRole.STAFF);
        Map<String, Object> b = Duties.body(person, Demo.org("STREET-DH"), "MEMBER_DUAL_DUTY", "2024-01-01", null);
        b.put("scopeOrganizationIds", List.of(Demo.org("DH-DONGHU")));
        Duties.assign("admin", b).statusCode(201);
        JsonPath me = mine(username);
        assertThat(me.getList("scopes.code")).containsExactly("DH-DONGHU");
        assertThat(me.getList("channels")).isEmpty();
    }

    @Test
    void aLoginWithoutAPersonHasNoDutiesAndAnonymousGets401() {
        JsonPath me = mine("nobody-" + System.nanoTime());
        assertThat(me.getString("person")).isNull();
        assertThat(me.getList("assignments")).isEmpty();
        anonymous().get("/api/v1/me/duties").then().statusCode(401);
    }
}
