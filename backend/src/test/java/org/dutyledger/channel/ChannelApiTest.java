package org.dutyledger.channel;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dutyledger.person.MembershipRole;
import org.dutyledger.support.Demo;
import org.dutyledger.support.Duties;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** The channel register: create, launch, edit, close, list, export. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ChannelApiTest {

    @Inject
    Fixtures fixtures;

    long unit;
    String unitCode;

    @BeforeEach
    void freshUnit() {
        JsonPath org = Demo.createOrg("阵地测试单位", "COMMUNITY", Duties.container());
        unit = org.getLong("id");
        unitCode = org.getString("code");
    }

    Map<String, Object> channel(String name, String status) {
        Map<String, Object> b = new HashMap<>();
        b.put("organizationId", unit);
        b.put("type", "WECHAT_OFFICIAL_ACCOUNT");
        b.put("name", name);
        b.put("accountId", "gh_test");
        b.put("status", status);
        return b;
    }

    @Test
    void aChannelIsRegisteredLaunchedEditedAndClosedWithAnAuditEventForEachStep() {
        long id = as("secretary").body(channel("社区发布", null)).post("/api/v1/channels").then().statusCode(201)
                .header("Location", containsString("/api/v1/channels/"))
                .body("status", equalTo("PENDING_LAUNCH")).body("launchedOn", nullValue())
                .body("organization.code", equalTo(unitCode)).body("administrators", hasSize(0))
                .body("publishedCount", equalTo(0)).body("version", equalTo(0))
                .extract().jsonPath().getLong("id");
        String path = "/api/v1/channels/" + id;
        as("secretary").body(Map.of("version", 0, "status", "ACTIVE", "launchedOn", "2024-03-01", "url", "https://x.example.org"))
                .patch(path).then().statusCode(200).body("status", equalTo("ACTIVE"))
                .body("launchedOn", equalTo("2024-03-01")).body("version", equalTo(1));
        as("secretary").body(Map.of("version", 0, "name", "旧版本")).patch(path).then().statusCode(409);
        as("secretary").body(Map.of("version", 1, "status", "PENDING_LAUNCH")).patch(path).then().statusCode(422)
                .body("errors[0].field", equalTo("status"));
        as("secretary").body(Map.of("version", 1, "closedOn", "2024-02-01", "reason", "停更")).post(path + "/close")
                .then().statusCode(422).body("errors[0].field", equalTo("closedOn"));
        as("secretary").body(Map.of("version", 1, "closedOn", "2024-12-01")).post(path + "/close")
                .then().statusCode(422).body("errors[0].field", equalTo("reason"));
        as("secretary").body(Map.of("version", 1, "closedOn", "2024-12-01", "reason", "整合至街道公众号")).post(path + "/close")
                .then().statusCode(200).body("status", equalTo("CLOSED")).body("closedOn", equalTo("2024-12-01"))
                .body("closeReason", equalTo("整合至街道公众号"));
        as("secretary").body(Map.of("version", 2, "name", "改名")).patch(path).then().statusCode(409);
        JsonPath audit = Duties.audit("channel", id);
        assertThat(audit.getList("items.action")).containsExactly("channel.closed", "channel.updated", "channel.created");
        assertThat(audit.getString("items[1].changes.status.after")).isEqualTo("ACTIVE");
        assertThat(audit.getString("items[0].changes.reason.after")).isEqualTo("整合至街道公众号");
    }

    @Test
    void badChannelRequestsAreRefusedNamingTheField() {
        as("secretary").body(channel("已关闭", "CLOSED")).post("/api/v1/channels").then().statusCode(422)
                .body("errors[0].field", equalTo("status"));
        Map<String, Object> pending = channel("带日期", "PENDING_LAUNCH");
        pending.put("launchedOn", "2024-01-01");
        as("secretary").body(pending).post("/api/v1/channels").then().statusCode(422).body("errors[0].field", equalTo("launchedOn"));
        Map<String, Object> unknown = channel("无主", null);
        unknown.put("organizationId", 987654321L);
        as("secretary").body(unknown).post("/api/v1/channels").then().statusCode(404)
                .body("errors[0].field", equalTo("organizationId"));
        Map<String, Object> badType = channel("类型错", null);
        badType.put("type", "FAX");
        as("secretary").body(badType).post("/api/v1/channels").then().statusCode(400).body("errors[0].field", equalTo("type"));
        as("secretary").body(channel(" ", null)).post("/api/v1/channels").then().statusCode(422);
    }

    @Test
    void aChannelUrlIsAnHttpOrHttpsAddressOrNothing() {
        for (String bad : List.of("javascript:alert(1)", " JaVaScRiPt:alert(document.cookie)", "data:text/html,<script>alert(1)</script>",
                "file:///etc/passwd", "vbscript:msgbox(1)", "www.example.org", "https://", "ftp://x.example.org/")) {
            Map<String, Object> b = channel("坏网址", null);
            b.put("url", bad);
            as("secretary").body(b).post("/api/v1/channels").then().statusCode(422)
                    .body("errors[0].field", equalTo("url"));
        }
        Map<String, Object> good = channel("好网址", null);
        good.put("url", " HTTPS://x.example.org/a?b=1 ");
        long id = as("secretary").body(good).post("/api/v1/channels").then().statusCode(201)
                .body("url", equalTo("HTTPS://x.example.org/a?b=1")).extract().jsonPath().getLong("id");
        String path = "/api/v1/channels/" + id;
        as("secretary").body(Map.of("version", 0, "url", "javascript:alert(1)")).patch(path).then().statusCode(422)
                .body("errors[0].field", equalTo("url"));
        as("secretary").get(path).then().statusCode(200).body("url", equalTo("HTTPS://x.example.org/a?b=1")).body("version", equalTo(0));
        as("secretary").body(Map.of("version", 0, "url", "http://y.example.org")).patch(path).then().statusCode(200)
                .body("url", equalTo("http://y.example.org"));
        as("secretary").body(Map.of("version", 1, "url", "")).patch(path).then().statusCode(200).body("url", nullValue());
    }

    @Test
    void administratorsAreTheCurrentChannelAdminsAndClosingEndsThem() {
        long id = Duties.channel(unit, "社区网站", "ACTIVE");
        long admin = fixtures.newPerson(Fixtures.unique("管理员"), null, unitCode, MembershipRole.STAFF);
        Map<String, Object> b = Duties.body(admin, unit, "CHANNEL_ADMIN", "2024-02-01", null);
        b.put("channelId", id);
        long assignment = Duties.assign("admin", b).statusCode(201).extract().jsonPath().getLong("id");
        as("secretary").get("/api/v1/channels/" + id).then().statusCode(200)
                .body("administrators[0].assignmentId", equalTo((int) assignment))
                .body("administrators[0].personId", equalTo((int) admin));
        as("secretary").body(Map.of("version", 0, "closedOn", "2025-01-01", "reason", "停用")).post("/api/v1/channels/" + id + "/close")
                .then().statusCode(200).body("administrators", hasSize(0));
        as("admin").get("/api/v1/duty-assignments/" + assignment).then().statusCode(200)
                .body("validTo", equalTo("2024-12-31")).body("endReason", containsString("停用"));
        assertThat(Duties.audit("duty_assignment", assignment).getString("items[0].action")).isEqualTo("duty.ended");
    }

    @Test
    void theListFiltersBySubtreeTypeStatusAndTextWithinTheScope() {
        long web = Duties.channel(unit, "测试门户", "ACTIVE");
        long pending = as("admin").body(channel("测试公众号", null)).post("/api/v1/channels").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        assertThat(ids(as("secretary").queryParam("under", unit))).containsExactlyInAnyOrder(web, pending);
        assertThat(ids(as("secretary").queryParam("under", unit).queryParam("type", "WEBSITE"))).containsExactly(web);
        assertThat(ids(as("secretary").queryParam("under", unit).queryParam("status", "PENDING_LAUNCH"))).containsExactly(pending);
        assertThat(ids(as("secretary").queryParam("under", unit).queryParam("q", "公众"))).containsExactly(pending);
        assertThat(ids(as("secretary").queryParam("q", "东湖发布"))).hasSize(1);
        assertThat(ids(as("outsider").queryParam("q", "东湖"))).isEmpty();
        as("outsider").queryParam("under", unit).get("/api/v1/channels").then().statusCode(404);
        as("secretary").queryParam("status", "OPEN").get("/api/v1/channels").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void theRegisterExportHoldsTheDemoChannels() throws Exception {
        byte[] file = as("secretary").queryParam("under", Demo.org("STREET-DH")).get("/api/v1/channels/export.xlsx")
                .then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("阵地台账");
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).contains("所属组织", "阵地名称", "类型", "状态", "管理员");
            List<String> names = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                names.add(sheet.getRow(r).getCell(header.indexOf("阵地名称")).getStringCellValue());
            }
            assertThat(names).contains("东湖发布", "东湖街道门户网站", "东湖街道网格员工作群");
            int wechat = names.indexOf("东湖发布") + 1;
            assertThat(sheet.getRow(wechat).getCell(header.indexOf("管理员")).getStringCellValue()).isEqualTo("张晓燕");
            assertThat(sheet.getRow(wechat).getCell(header.indexOf("类型")).getStringCellValue()).isEqualTo("微信公众号");
        }
    }

    static List<Long> ids(io.restassured.specification.RequestSpecification spec) {
        return spec.get("/api/v1/channels").then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
    }
}
