package org.dutyledger.integration.imports;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.dutyledger.support.Demo;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.integration.imports.Imports.await;
import static org.dutyledger.integration.imports.Imports.commit;
import static org.dutyledger.integration.imports.Imports.csv;
import static org.dutyledger.integration.imports.Imports.errors;
import static org.dutyledger.support.Tokens.as;

/**
 * New rows of an import are written together (set-based) at commit: the ledger, the audit trail and the events for
 * other systems must come out as if each row had been created on its own, in file order with the rows that change
 * what exists.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class BulkImportTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void newRowsAroundAMoveOfAnExistingOrganizationLandInFileOrder() throws Exception {
        JsonPath existing = Demo.createOrg("将被移动的社区", "COMMUNITY", Demo.org("STREET-DH"));
        String x = existing.getString("code");
        String a = Demo.uniqueCode("BK");
        String b = Demo.uniqueCode("BK");
        String c = Demo.uniqueCode("BK");
        String file = ImportApiTest.ORG_HEADER
                + a + ",批量甲,,其他,STREET-DH,\n"
                + b + ",批量乙,,其他," + a + ",\n"
                // an existing organization, renamed and moved under a row created just above
                + x + ",移动后的社区,,社区," + b + ",\n"
                // a new one under it: its path must follow the move
                + c + ",批量丙,,其他," + x + ",\n";
        long id = csv("admin", "organizations", file);
        assertThat(await("admin", id).getString("status")).isEqualTo("VALID");
        long head = Demo.auditHead();

        JsonPath done = commit("admin", id);
        assertThat(done.getString("status")).as(done.getString("message")).isEqualTo("COMMITTED");
        assertThat(done.getInt("createdCount")).isEqualTo(3);
        assertThat(done.getInt("updatedCount")).isEqualTo(1);
        // three creations, the rename and the move
        assertThat(Demo.auditHead()).isEqualTo(head + 5);

        JsonPath orgB = org(Demo.org(b));
        JsonPath orgX = org(Demo.org(x));
        JsonPath orgC = org(Demo.org(c));
        assertThat(orgX.getString("name")).isEqualTo("移动后的社区");
        assertThat(orgX.getLong("parentId")).isEqualTo(orgB.getLong("id"));
        // the ancestors from the root: … the street, 甲, 乙, then the moved one
        List<String> pathOfC = orgC.getList("path.code");
        assertThat(pathOfC.subList(pathOfC.size() - 4, pathOfC.size())).containsExactly("STREET-DH", a, b, x);
        assertThat(orgX.getList("path.code")).isEqualTo(pathOfC.subList(0, pathOfC.size() - 1));
        assertThat(orgC.getInt("depth")).isEqualTo(orgX.getInt("depth") + 1);
        // the subtree of the street lists them, the tree is whole
        List<String> under = as("admin").queryParam("under", Demo.org("STREET-DH")).queryParam("q", "批量")
                .get("/api/v1/organizations").then().statusCode(200).extract().jsonPath().getList("items.code");
        assertThat(under).contains(a, b, c);

        // each creation is its own audit event, by the uploader, and the chain still verifies
        List<Map<String, Object>> events = as("admin").queryParam("entityType", "organization")
                .queryParam("entityId", String.valueOf(orgC.getLong("id"))).get("/api/v1/audit-events").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).get("action")).isEqualTo("organization.created");
        assertThat(events.get(0).get("actorUsername")).isEqualTo("admin");
        assertThat(events.get(0).toString()).contains("批量丙");
        JsonPath verify = as("admin").get("/api/v1/audit-events/verify").then().statusCode(200).extract().jsonPath();
        assertThat(verify.getBoolean("ok")).as(verify.getString("detail")).isTrue();

        // other systems hear of each creation
        assertThat(outboxEvents("organization.created", orgB.getLong("id"), orgC.getLong("id"), Demo.org(a))).isEqualTo(3);

        // the ids came from the entities' own sequence: creating one by one afterwards still works
        long next = Demo.createOrg("批量之后", "COMMUNITY", orgC.getLong("id")).getLong("id");
        assertThat(next).isNotIn(orgB.getLong("id"), orgC.getLong("id"), Demo.org(a));
    }

    @Test
    void peopleCreatedTogetherJoinTheirOrganizationAndALoginTakenSinceTheDryRunFailsTheRow() {
        String community = Demo.createOrg("批量人员社区", "COMMUNITY", Demo.org("STREET-DH")).getString("code");
        String p1 = Demo.uniqueCode("BP");
        String p2 = Demo.uniqueCode("BP");
        String p3 = Demo.uniqueCode("BP");
        String login = "bulk." + Demo.uniqueCode("u").toLowerCase();
        String header = "人员编号,姓名,职务,登录名,所属机构编码\n";
        String file = header
                + p1 + ",批量张三,网格员,," + community + "\n"
                + p2 + ",批量李四,,," + community + "\n";
        long id = csv("secretary", "people", file);
        assertThat(await("secretary", id).getString("status")).isEqualTo("VALID");
        long head = Demo.auditHead();
        assertThat(commit("secretary", id).getInt("createdCount")).isEqualTo(2);
        assertThat(Demo.auditHead()).isEqualTo(head + 2);

        List<Map<String, Object>> people = as("secretary").queryParam("organization", Demo.org(community))
                .get("/api/v1/people").then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(people).extracting(p -> p.get("name")).containsExactlyInAnyOrder("批量张三", "批量李四");
        long zhang = ((Number) people.stream().filter(p -> "批量张三".equals(p.get("name"))).findFirst().orElseThrow()
                .get("id")).longValue();
        JsonPath person = as("secretary").get("/api/v1/people/" + zhang).then().statusCode(200).extract().jsonPath();
        assertThat(person.getString("post")).isEqualTo("网格员");
        assertThat(person.getList("memberships.role")).containsExactly("MEMBER");
        assertThat(person.getList("memberships.primary")).containsExactly(true);
        List<Map<String, Object>> events = as("admin").queryParam("entityType", "person")
                .queryParam("entityId", String.valueOf(zhang)).get("/api/v1/audit-events").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertThat(events).extracting(e -> e.get("actorUsername")).containsExactly("secretary");
        assertThat(events.get(0).toString()).contains(community + " 批量人员社区 MEMBER (primary)");

        // A login given in the file (logins are the administrator's to set) is taken by someone else between the
        // dry run and the commit: row 3 fails, nothing is written.
        String late = header + p3 + ",批量王五,,," + community + "\n"
                + Demo.uniqueCode("BP") + ",批量赵六,," + login + "," + community + "\n";
        long staffs = csv("secretary", "people", late);
        assertThat(await("secretary", staffs).getString("status")).isNotEqualTo("VALID");
        assertThat(errors("secretary", staffs)).extracting(e -> e.get("column")).containsExactly("登录名");
        long second = csv("admin", "people", late);
        assertThat(await("admin", second).getString("status")).isEqualTo("VALID");
        as("admin").body(Map.of("name", "抢先的人", "username", login,
                        "memberships", List.of(Map.of("organizationId", Demo.org(community), "role", "MEMBER", "primary", true))))
                .post("/api/v1/people").then().statusCode(201);
        long before = Demo.auditHead();
        JsonPath failed = commit("admin", second);
        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getString("message")).contains("第 3 行");
        assertThat(errors("admin", second)).extracting(e -> e.get("column")).containsExactly("登录名");
        assertThat(Demo.auditHead()).isEqualTo(before);
        assertThat(as("secretary").queryParam("q", "批量王五").get("/api/v1/people").then().statusCode(200)
                .extract().jsonPath().getList("items")).isEmpty();
    }

    private static JsonPath org(long id) {
        return as("admin").get("/api/v1/organizations/" + id).then().statusCode(200).extract().jsonPath();
    }

    private long outboxEvents(String type, long... ids) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT count(*) FROM outbox_event WHERE type = ? AND aggregate_id = ANY(?)")) {
            ps.setString(1, type);
            ps.setArray(2, c.createArrayOf("varchar", java.util.Arrays.stream(ids).mapToObj(String::valueOf).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
