package org.dutyledger.organization;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.dutyledger.support.Demo;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class OrganizationApiTest {

    static final String ORGS = "/api/v1/organizations";

    @Test
    void creatingACommunityUnderTheStreetShowsItsAncestorPath() {
        long street = Demo.org("STREET-DH");
        String code = Demo.uniqueCode("C");
        as("admin").body(Map.of("code", code, "name", "东湖街道新城社区", "shortName", "新城社区",
                        "type", "COMMUNITY", "parentId", street, "sortOrder", 9))
                .post(ORGS).then().statusCode(201)
                .header("Location", containsString(ORGS + "/"))
                .body("code", equalTo(code))
                .body("name", equalTo("东湖街道新城社区"))
                .body("parentId", equalTo((int) street))
                .body("depth", equalTo(3))
                .body("active", equalTo(true))
                .body("version", equalTo(0))
                .body("path.code", contains("CITY", "DISTRICT", "STREET-DH"));
    }

    @Test
    void renamingChangesTheNameBumpsTheVersionAndWritesOneAuditEvent() {
        JsonPath org = Demo.createOrg("旧名称社区", "COMMUNITY", Demo.org("STREET-DH"));
        long id = org.getLong("id");
        as("admin").body(Map.of("version", 0, "name", "新名称社区")).patch(ORGS + "/" + id)
                .then().statusCode(200).body("name", equalTo("新名称社区")).body("version", equalTo(1));
        as("admin").queryParam("entityType", "organization").queryParam("entityId", id)
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", contains("organization.updated", "organization.created"))
                .body("items[0].changes.name.before", equalTo("旧名称社区"))
                .body("items[0].changes.name.after", equalTo("新名称社区"));
    }

    @Test
    void aPatchThatChangesNothingWritesNoEventAndKeepsTheVersion() {
        long id = Demo.createOrg("不变社区", "COMMUNITY", Demo.org("STREET-DH")).getLong("id");
        long head = Demo.auditHead();
        as("admin").body(Map.of("version", 0, "name", "不变社区")).patch(ORGS + "/" + id)
                .then().statusCode(200).body("version", equalTo(0));
        assertThat(Demo.auditHead()).isEqualTo(head);
    }

    @Test
    void twoWritersWithTheSameVersionGetOneSuccessAndOneConflict() {
        long id = Demo.createOrg("并发社区", "COMMUNITY", Demo.org("STREET-DH")).getLong("id");
        as("admin").body(Map.of("version", 0, "name", "甲的名称")).patch(ORGS + "/" + id).then().statusCode(200);
        as("admin").body(Map.of("version", 0, "name", "乙的名称")).patch(ORGS + "/" + id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://dutyledger.org/problems/version-conflict"));
        as("admin").get(ORGS + "/" + id).then().body("name", equalTo("甲的名称")).body("version", equalTo(1));
    }

    @Test
    void fiftyConcurrentUpdatesOfOneVersionLetExactlyOneThroughWithOneAuditEvent() throws Exception {
        long id = Demo.createOrg("竞争社区", "COMMUNITY", Demo.org("STREET-DH")).getLong("id");
        long head = Demo.auditHead();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Integer>> writers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String name = "写者" + i;
            writers.add(() -> as("admin").body(Map.of("version", 0, "name", name)).patch(ORGS + "/" + id).statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(writers)) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(49);
        assertThat(Demo.auditHead()).isEqualTo(head + 1);
    }

    @Test
    void movingCarriesTheSubtreeAlong() {
        long xs = Demo.org("STREET-XS");
        JsonPath parent = Demo.createOrg("待迁移社区", "COMMUNITY", Demo.org("STREET-DH"));
        JsonPath child = Demo.createOrg("待迁移网格", "OTHER", parent.getLong("id"));
        as("admin").body(Map.of("version", 0, "newParentId", xs)).post(ORGS + "/" + parent.getLong("id") + "/move")
                .then().statusCode(200).body("parentId", equalTo((int) xs))
                .body("path.code", contains("CITY", "DISTRICT", "STREET-XS"));
        as("admin").get(ORGS + "/" + child.getLong("id")).then().statusCode(200)
                .body("depth", equalTo(4))
                .body("path.code", contains("CITY", "DISTRICT", "STREET-XS", parent.getString("code")));
        as("admin").queryParam("under", xs).queryParam("q", child.getString("code")).get(ORGS)
                .then().body("total", equalTo(1));
    }

    @Test
    void anOrganizationCannotMoveUnderItsOwnDescendant() {
        JsonPath parent = Demo.createOrg("上级", "COMMUNITY", Demo.org("STREET-DH"));
        JsonPath child = Demo.createOrg("下级", "OTHER", parent.getLong("id"));
        as("admin").body(Map.of("version", 0, "newParentId", child.getLong("id")))
                .post(ORGS + "/" + parent.getLong("id") + "/move")
                .then().statusCode(422).body("errors[0].field", equalTo("newParentId"));
        as("admin").get(ORGS + "/" + parent.getLong("id")).then().body("version", equalTo(0));
    }

    @Test
    void dissolvingIsRefusedWhileActiveChildrenRemainAndTheDissolvedStayReadable() {
        JsonPath parent = Demo.createOrg("撤并社区", "COMMUNITY", Demo.org("STREET-DH"));
        JsonPath child = Demo.createOrg("撤并网格", "OTHER", parent.getLong("id"));
        long parentId = parent.getLong("id");
        as("admin").body(Map.of("version", 0)).post(ORGS + "/" + parentId + "/dissolve")
                .then().statusCode(409).body("detail", containsString("还有 1 个未撤销的下级组织"));
        as("admin").body(Map.of("version", 0)).post(ORGS + "/" + child.getLong("id") + "/dissolve")
                .then().statusCode(200).body("active", equalTo(false)).body("dissolvedAt", not(nullValue()));
        as("admin").body(Map.of("version", 0)).post(ORGS + "/" + parentId + "/dissolve").then().statusCode(200);
        as("admin").get(ORGS + "/" + parentId).then().statusCode(200).body("active", equalTo(false));
        as("admin").queryParam("q", parent.getString("code")).get(ORGS).then().body("total", equalTo(0));
        as("admin").queryParam("q", parent.getString("code")).queryParam("includeDissolved", "true").get(ORGS)
                .then().body("total", equalTo(1));
    }

    @Test
    void recodingChangesTheCodeWithAReason() {
        JsonPath org = Demo.createOrg("改码社区", "COMMUNITY", Demo.org("STREET-DH"));
        String newCode = Demo.uniqueCode("NEW");
        as("admin").body(Map.of("version", 0, "newCode", newCode, "reason", "OA 系统编码调整"))
                .post(ORGS + "/" + org.getLong("id") + "/recode")
                .then().statusCode(200).body("code", equalTo(newCode));
        as("admin").queryParam("entityId", org.getLong("id")).queryParam("action", "organization.recoded")
                .get("/api/v1/audit-events").then()
                .body("items[0].changes.code.before", equalTo(org.getString("code")))
                .body("items[0].changes.reason.after", equalTo("OA 系统编码调整"));
    }

    @Test
    void upsertByCodeTwiceMakesOneChangeAndOneAuditEvent() {
        String code = Demo.uniqueCode("OA");
        Map<String, Object> body = Map.of("name", "OA 同步社区", "type", "COMMUNITY", "parentCode", "STREET-DH");
        long id = as("admin").body(body).put(ORGS + "/by-code/" + code).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long head = Demo.auditHead();
        as("admin").body(body).put(ORGS + "/by-code/" + code).then().statusCode(200).body("version", equalTo(0));
        assertThat(Demo.auditHead()).isEqualTo(head);
        as("admin").body(Map.of("name", "OA 同步社区（更名）", "type", "COMMUNITY", "parentCode", "STREET-DH"))
                .put(ORGS + "/by-code/" + code).then().statusCode(200).body("name", equalTo("OA 同步社区（更名）"));
        as("admin").queryParam("entityType", "organization").queryParam("entityId", id)
                .get("/api/v1/audit-events").then().body("items.action",
                        contains("organization.updated", "organization.created"));
    }

    @Test
    void listFiltersByParentSubtreeTypeAndChineseText() {
        long street = Demo.org("STREET-DH");
        as("admin").queryParam("parent", street).queryParam("size", 100).get(ORGS).then().statusCode(200)
                .body("items.code", hasItem("DH-LIUAN"));
        as("admin").queryParam("under", street).queryParam("type", "VILLAGE").get(ORGS).then()
                .body("items.code", contains("DH-DONGHU"));
        as("admin").queryParam("q", "柳岸").get(ORGS).then().body("items.code", hasItem("DH-LIUAN"));
        as("admin").queryParam("under", Demo.org("CITY")).queryParam("size", 2).queryParam("page", 1).get(ORGS)
                .then().body("size", equalTo(2)).body("page", equalTo(1)).body("items.size()", equalTo(2));
    }

    @Test
    void theTreeNestsChildrenDownToTheRequestedDepth() {
        long district = Demo.org("DISTRICT");
        JsonPath tree = as("admin").queryParam("depth", 1).get(ORGS + "/" + district + "/tree")
                .then().statusCode(200).extract().jsonPath();
        assertThat(tree.getList("children.code")).contains("STREET-DH", "STREET-XS");
        assertThat(tree.getList("children[0].children")).isEmpty();
        assertThat(tree.getInt("children.find { it.code == 'STREET-DH' }.childCount")).isGreaterThanOrEqualTo(4);
        as("admin").queryParam("depth", 2).get(ORGS + "/" + district + "/tree").then()
                .body("children.find { it.code == 'STREET-DH' }.children.code", hasItem("DH-LIUAN"));
    }
}
