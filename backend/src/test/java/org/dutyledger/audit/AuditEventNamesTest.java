package org.dutyledger.audit;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.dutyledger.support.Demo;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.equalTo;

/**
 * The audit list names what its events are about, on the server and within the caller's scope; the names live in
 * the view only, so the stored events, their hashes and the JSONL export stay as they were.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class AuditEventNamesTest {

    static final String EVENTS = "/api/v1/audit-events";

    @Test
    void aRenameReadsWithTheNamesOfTheOrganizationAndTheActorAndTheLocalTime() {
        long street = Demo.org("STREET-DH");
        JsonPath created = Demo.createOrg("命名测试社区", "COMMUNITY", street);
        long id = created.getLong("id");
        as("secretary").body(Map.of("version", created.getLong("version"), "name", "命名测试新村社区"))
                .patch("/api/v1/organizations/" + id).then().statusCode(200);

        JsonPath renamed = latest("secretary", id);
        assertThat(renamed.getString("action")).isEqualTo("organization.updated");
        assertThat(renamed.getString("names.entity")).isEqualTo("命名测试新村社区");
        assertThat(renamed.getString("names.organization")).isEqualTo("命名测试新村社区");
        assertThat(renamed.getString("names.actor")).isEqualTo("王建国");
        // the clock people read (Asia/Shanghai by default), next to the instant
        Instant at = Instant.parse(renamed.getString("occurredAt"));
        assertThat(renamed.getString("occurredAtLocal"))
                .isEqualTo(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").format(at.atZone(ZoneId.of("Asia/Shanghai"))));
    }

    @Test
    void namesOutsideTheCallersScopeStayUnnamedAndTheChainStillVerifies() {
        long west = Demo.org("STREET-XS");
        long east = Demo.org("STREET-DH");
        String westName = nameOf(west);
        String eastName = nameOf(east);
        JsonPath created = Demo.createOrg("搬迁测试社区", "COMMUNITY", west);
        long id = created.getLong("id");
        long from = Demo.auditHead();
        as("admin").body(Map.of("version", created.getLong("version"), "newParentId", east))
                .post("/api/v1/organizations/" + id + "/move").then().statusCode(200);

        // the auditor reads everything: both parents and the acting administrator are named
        JsonPath seenByAuditor = latest("auditor", id);
        assertThat(seenByAuditor.getString("action")).isEqualTo("organization.moved");
        assertThat(seenByAuditor.getMap("names.organizations"))
                .containsEntry(Long.toString(west), westName).containsEntry(Long.toString(east), eastName);
        assertThat(seenByAuditor.getString("names.actor")).isEqualTo("系统管理员");

        // the secretary of the east street sees the move into her street, but neither the west street's name
        // nor the administrator (a person of no organization) is named to her
        JsonPath seenBySecretary = latest("secretary", id);
        assertThat(seenBySecretary.getString("action")).isEqualTo("organization.moved");
        assertThat(seenBySecretary.getString("names.entity")).isEqualTo("搬迁测试社区");
        assertThat(seenBySecretary.getMap("names.organizations"))
                .containsEntry(Long.toString(east), eastName).doesNotContainKey(Long.toString(west));
        assertThat(seenBySecretary.getString("names.actor")).isNull();
        assertThat(seenBySecretary.prettify()).doesNotContain(westName);

        // names are the view's alone: the exported line is the event as hashed, and the chain verifies
        String jsonl = as("auditor").queryParam("entityType", "organization").queryParam("entityId", Long.toString(id))
                .get(EVENTS + "/export").then().statusCode(200).extract().asString();
        assertThat(jsonl).contains("organization.moved").doesNotContain("names").doesNotContain("occurredAtLocal")
                .doesNotContain(westName);
        as("auditor").queryParam("fromSeq", from + 1).get(EVENTS + "/verify").then().statusCode(200)
                .body("ok", equalTo(true));
    }

    private static JsonPath latest(String user, long organizationId) {
        JsonPath page = as(user).queryParam("entityType", "organization").queryParam("entityId", Long.toString(organizationId))
                .queryParam("limit", "1").get(EVENTS).then().statusCode(200).extract().jsonPath();
        return new JsonPath(page.prettify()).setRootPath("items[0]");
    }

    private static String nameOf(long organizationId) {
        return as("admin").get("/api/v1/organizations/" + organizationId).then().statusCode(200)
                .extract().jsonPath().getString("name");
    }
}
