package org.dutyledger.integration.imports;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.dutyledger.support.Demo;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.integration.imports.Imports.await;
import static org.dutyledger.integration.imports.Imports.commit;
import static org.dutyledger.integration.imports.Imports.csv;
import static org.dutyledger.integration.imports.Imports.errors;
import static org.dutyledger.integration.imports.Imports.upload;
import static org.dutyledger.support.Api.membership;
import static org.dutyledger.support.Tokens.as;

/** A subtree built by importing all five kinds, exported and imported again: every row unchanged, no audit event. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ExportReimportTest {

    @Test
    void everyKindExportedAndReimportedIsUnchanged() {
        String r = Demo.uniqueCode("EX");
        String c1 = Demo.uniqueCode("EX");
        String c2 = Demo.uniqueCode("EX");
        String p1 = Demo.uniqueCode("EP");
        String p2 = Demo.uniqueCode("EP");
        importAll("organizations", "机构编码,机构名称,简称,机构类型,上级机构编码,排序\n"
                + r + ",导出测试街道,导出街道,街道,STREET-DH,3\n"
                + c1 + ",导出测试社区（一）,,社区," + r + ",1\n"
                + c2 + ",\"导出测试社区,二\",,社区," + r + ",2\n", 3);
        importAll("people", "人员编号,姓名,职务,电话,邮箱,登录名,在职,所属机构编码\n"
                + p1 + ",导出甲,书记,027-8600 1234,jia@example.org,,是," + r + "\n"
                + p2 + ",导出乙,\"委员,宣传\",,,,是," + r + "\n", 2);
        importAll("memberships", "人员编号,机构编码,关系,主要机构\n"
                + p1 + "," + c1 + ",在编,是\n"
                + p2 + "," + c2 + ",成员,否\n", 2);
        importAll("channels", "机构编码,阵地类型,阵地名称,网址,账号,状态,开设日期,关闭日期,关闭原因,说明\n"
                + c1 + ",微信公众号,导出社区发布,,gh_123,运行中,2026-01-05,,,社区公众号\n"
                + c2 + ",网站,导出旧网站,https://old.example.org,,已关闭,2025-01-01,2026-02-01,并入街道网站,\n", 2);
        importAll("duty-assignments", "机构编码,责任类型,人员编号,起始日期,截止日期,依据文号,依据文件名称,阵地名称,一岗双责范围\n"
                + c1 + ",第一责任人," + p1 + ",2026-01-01,,东湖党工〔2026〕1号,关于调整责任分工的通知,,\n"
                + c1 + ",阵地管理员," + p1 + ",2026-01-05,,,,导出社区发布,\n"
                + r + ",一岗双责," + p2 + ",2026-02-01,2026-12-31,,," + "," + c1 + "、" + c2 + "\n", 3);

        long under = Demo.org(r);
        long head = Demo.auditHead();
        for (String kind : List.of("organizations", "people", "memberships", "channels", "duty-assignments")) {
            byte[] exported = as("admin").queryParam("under", under).get("/api/v1/exports/" + kind + ".csv")
                    .then().statusCode(200).extract().asByteArray();
            assertThat(new String(exported, StandardCharsets.UTF_8)).startsWith("\uFEFF");
            reimportUnchanged(kind, "text/csv", exported);
            // in English the header row holds the columns' field names, which the import reads as well
            byte[] english = as("admin").header("Accept-Language", "en").queryParam("under", under)
                    .get("/api/v1/exports/" + kind + ".csv").then().statusCode(200).extract().asByteArray();
            assertThat(new String(english, StandardCharsets.UTF_8)).startsWith("\uFEFF").doesNotContain("*");
            reimportUnchanged(kind, "text/csv", english);
            byte[] xlsx = as("admin").queryParam("under", under).get("/api/v1/exports/" + kind + ".xlsx")
                    .then().statusCode(200).extract().asByteArray();
            reimportUnchanged(kind, Imports.XLSX, xlsx);
        }
        assertThat(Demo.auditHead()).isEqualTo(head);

        // The export of a user is limited to what they may see.
        String community = as("community").get("/api/v1/exports/organizations.csv").then().statusCode(200).extract().asString();
        assertThat(community).contains("DH-LIUAN").doesNotContain("STREET-XS").doesNotContain(r);
        String auditor = as("auditor").get("/api/v1/exports/organizations.csv").then().statusCode(200).extract().asString();
        assertThat(auditor).contains("STREET-XS").contains(r);
        as("community").queryParam("under", under).get("/api/v1/exports/people.csv").then().statusCode(404);
        as("admin").get("/api/v1/exports/planets.csv").then().statusCode(400);
    }

    /**
     * A reader of two subtrees who asks for one of them gets that subtree: the subtree condition and the scope
     * condition bind their values in the order they appear (they were once swapped, which emptied one of the two).
     */
    @Test
    void aReaderOfTwoSubtreesExportsEitherOne() {
        String login = Demo.uniqueCode("two").toLowerCase();
        as("admin").body(Map.of("name", "两地导出人员", "username", login, "memberships", List.of(
                        membership(Demo.org("STREET-XS"), "MEMBER", true),
                        membership(Demo.org("DH-LIUAN"), "STAFF", false))))
                .post("/api/v1/people").then().statusCode(201);
        for (String[] ask : List.of(new String[]{"STREET-XS", "DH-LIUAN"}, new String[]{"DH-LIUAN", "STREET-XS"})) {
            String csv = as(login).queryParam("under", Demo.org(ask[0])).get("/api/v1/exports/organizations.csv")
                    .then().statusCode(200).extract().asString();
            assertThat(csv).as("under " + ask[0]).contains("\n" + ask[0] + ",").doesNotContain("\n" + ask[1] + ",");
        }
        String both = as(login).get("/api/v1/exports/organizations.csv").then().statusCode(200).extract().asString();
        assertThat(both).contains("\nSTREET-XS,").contains("\nDH-LIUAN,").doesNotContain("\nSTREET-DH,");
    }

    private static void importAll(String kind, String file, int rows) {
        long id = csv("admin", kind, file);
        JsonPath job = await("admin", id);
        assertThat(errors("admin", id)).as(kind).isEmpty();
        JsonPath done = commit("admin", id);
        assertThat(done.getString("status")).as(kind + ": " + done.getString("message")).isEqualTo("COMMITTED");
        assertThat(done.getInt("createdCount") + done.getInt("updatedCount")).as(kind).isEqualTo(rows);
        assertThat(job.getInt("total")).isEqualTo(rows);
    }

    private static void reimportUnchanged(String kind, String type, byte[] file) {
        long id = upload("admin", kind, type, file);
        JsonPath job = await("admin", id);
        List<Map<String, Object>> errors = errors("admin", id);
        assertThat(errors).as(kind + " " + type).isEmpty();
        assertThat(job.getInt("total")).as(kind).isPositive();
        assertThat(job.getInt("unchangedCount")).as(kind + " " + type + " dry run").isEqualTo(job.getInt("total"));
        JsonPath done = commit("admin", id);
        assertThat(done.getString("status")).isEqualTo("COMMITTED");
        assertThat(done.getInt("unchangedCount")).as(kind + " " + type + " commit").isEqualTo(job.getInt("total"));
    }
}
