package org.dutyledger.integration.imports;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dutyledger.support.Demo;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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

/** Scripted import over real HTTP on a real database: dry run, errors, encodings, formats, commit. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ImportApiTest {

    static final String ORG_HEADER = "机构编码*,机构名称*,简称,机构类型*,上级机构编码,排序\r\n";

    @Test
    void csvOrganizationsWithAParentDefinedAboveCommitThenReimportUnchanged() {
        String a = Demo.uniqueCode("IMP");
        String b = Demo.uniqueCode("IMP");
        String file = ORG_HEADER
                + a + ",导入测试街道,,街道,CITY,1\r\n"
                + b + ",\"导入测试社区,一\",,社区," + a + ",\r\n"
                + ",,,,,\r\n";
        long id = csv("admin", "organizations", file);
        JsonPath job = await("admin", id);
        assertThat(errors("admin", id)).isEmpty();
        assertThat(job.getString("status")).isEqualTo("VALID");
        assertThat(job.getInt("total")).isEqualTo(2);
        assertThat(job.getInt("createdCount")).isEqualTo(2);
        assertThat(job.getString("format")).isEqualTo("csv");
        assertThat(job.getString("encoding")).isEqualTo("UTF-8");

        long head = Demo.auditHead();
        JsonPath done = commit("admin", id);
        assertThat(done.getString("status")).isEqualTo("COMMITTED");
        assertThat(done.getInt("createdCount")).isEqualTo(2);
        assertThat(done.getInt("processed")).isEqualTo(2);
        assertThat(Demo.auditHead()).isEqualTo(head + 2);
        JsonPath child = as("admin").get("/api/v1/organizations/" + Demo.org(b)).then().statusCode(200).extract().jsonPath();
        assertThat(child.getString("name")).isEqualTo("导入测试社区,一");
        assertThat(child.getString("type")).isEqualTo("COMMUNITY");
        assertThat(child.getLong("parentId")).isEqualTo(Demo.org(a));
        List<Map<String, Object>> events = as("admin").queryParam("entityType", "organization")
                .queryParam("entityId", String.valueOf(Demo.org(b))).get("/api/v1/audit-events").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertThat(events.toString()).contains("admin");

        long again = csv("admin", "organizations", file);
        assertThat(await("admin", again).getInt("unchangedCount")).isEqualTo(2);
        JsonPath second = commit("admin", again);
        assertThat(second.getString("status")).isEqualTo("COMMITTED");
        assertThat(second.getInt("unchangedCount")).isEqualTo(2);
        assertThat(Demo.auditHead()).isEqualTo(head + 2);
    }

    @Test
    void aDryRunReportsEveryKindOfErrorWithRowAndColumnAndWritesNothing() {
        String x = Demo.createOrg("导入校验甲", "COMMUNITY", Demo.org("STREET-DH")).getString("code");
        String w = Demo.createOrg("导入校验乙", "COMMUNITY", Demo.org("STREET-DH")).getString("code");
        String p1 = Demo.uniqueCode("P");
        String p2 = Demo.uniqueCode("P");
        person(p1, "校验甲一", Demo.org(x), "STAFF");
        person(p2, "校验甲二", Demo.org(x), "STAFF");
        // The uploader keeps X's ledger (STAFF) and only reads W's (MEMBER).
        String uploader = "imp-" + Demo.uniqueCode("u").toLowerCase();
        as("admin").body(Map.of("name", "导入员", "username", uploader, "memberships",
                        List.of(membership(Demo.org(x), "STAFF", true), membership(Demo.org(w), "MEMBER", false))))
                .post("/api/v1/people").then().statusCode(201);
        String header = "机构编码*,责任类型*,人员编号*,起始日期*,截止日期,依据文号,依据文件名称,阵地名称,一岗双责范围\n";
        String file = header
                + x + ",第一责任人," + p1 + ",2026-01-01,,,,,\n"          // 2 valid
                + x + ",第一责任人," + p2 + ",2026-03-01,,,,,\n"          // 3 conflict with row 2
                + x + ",联络员,,2026-01-01,,,,,\n"                         // 4 required
                + x + ",组长," + p1 + ",2026-01-01,,,,,\n"                 // 5 invalid-value
                + x + ",联络员," + p1 + ",2026-13-45,,,,,\n"               // 6 invalid-date
                + x + ",联络员," + p1 + ",2026-01-01," + "," + "文".repeat(101) + ",,,\n"  // 7 too-long
                + "NOPE-" + x + ",联络员," + p1 + ",2026-01-01,,,,,\n"      // 8 unknown-reference
                + x + ",FIRST_RESPONSIBLE," + p1 + ",2026/1/1,,,,,\n"     // 9 duplicate of row 2
                + w + ",联络员," + p1 + ",2026-01-01,,,,,\n";             // 10 out-of-scope
        as(uploader).get("/api/v1/me").then().statusCode(200);   // the first login links the account (audited)
        long head = Demo.auditHead();
        long id = upload(uploader, "duty-assignments", "text/csv", file.getBytes(StandardCharsets.UTF_8));
        JsonPath job = await(uploader, id);
        assertThat(job.getString("status")).isEqualTo("INVALID");
        assertThat(job.getInt("total")).isEqualTo(9);
        List<Map<String, Object>> errors = errors(uploader, id);
        assertThat(errors).extracting(e -> e.get("row") + "|" + e.get("column") + "|" + e.get("code")).containsExactly(
                "3|起始日期|conflict",
                "4|OA 用户编号|required",   // the file's old header 人员编号 is read as the renamed column
                "5|责任类型|invalid-value",
                "6|起始日期|invalid-date",
                "7|依据文号|too-long",
                "8|机构编码|unknown-reference",
                "9|起始日期|duplicate",
                "10|机构编码|out-of-scope");
        assertThat(errors.get(2).get("value")).isEqualTo("组长");
        assertThat((String) errors.get(2).get("message")).contains("第一责任人");
        assertThat(job.getInt("errorCount")).isEqualTo(8);
        assertThat(job.getString("createdBy")).isEqualTo(uploader);
        assertThat(job.getString("createdByName")).as("上传人 is the person's name, not the login").isEqualTo("导入员");
        assertThat(Demo.auditHead()).isEqualTo(head);
        assertThat(as("admin").get("/api/v1/organizations/" + Demo.org(x) + "/duty-assignments").then().extract().asString())
                .doesNotContain(p1);
        as(uploader).post("/api/v1/imports/" + id + "/commit").then().statusCode(409);
        // Another user does not see the job.
        as("outsider").get("/api/v1/imports/" + id).then().statusCode(404);
    }

    @Test
    void outOfScopeRowsForACommunityUser() {
        String own = Demo.uniqueCode("LA");
        String root = Demo.uniqueCode("ROOT");
        String foreign = Demo.uniqueCode("XS");
        String file = ORG_HEADER
                + own + ",柳岸第一网格,,其他,DH-LIUAN,\n"
                + root + ",新根机构,,党委,,\n"
                + foreign + ",西山网格,,其他,STREET-XS,\n"
                + "STREET-DH,东湖街道（改名）,,街道,CITY,\n";
        long id = csv("community", "organizations", file);
        assertThat(await("community", id).getString("status")).isEqualTo("INVALID");
        assertThat(errors("community", id)).extracting(e -> e.get("row") + "|" + e.get("column") + "|" + e.get("code"))
                .containsExactly("3|上级机构编码|out-of-scope", "4|上级机构编码|out-of-scope", "5|机构编码|out-of-scope");
    }

    @Test
    void gb18030AndBomCsvAreReadWithTheirEncoding() {
        String code = Demo.uniqueCode("GB");
        String file = ORG_HEADER + code + ",东湖街道柳岸社区第二网格（试点）,柳岸二网格,其他,DH-LIUAN,\r\n";
        long id = csv("admin", "organizations", file, Charset.forName("GB18030"));
        JsonPath job = await("admin", id);
        assertThat(job.getString("encoding")).isEqualTo("GB18030");
        assertThat(job.getString("status")).isEqualTo("VALID");
        assertThat(commit("admin", id).getString("status")).isEqualTo("COMMITTED");
        assertThat(as("admin").get("/api/v1/organizations/" + Demo.org(code)).then().extract().jsonPath().getString("name"))
                .isEqualTo("东湖街道柳岸社区第二网格（试点）");

        String bom = Demo.uniqueCode("BOM");
        long withBom = csv("admin", "organizations", "\uFEFF" + ORG_HEADER + bom + ",带BOM的网格,,其他,DH-LIUAN,\r\n");
        assertThat(await("admin", withBom).getString("status")).isEqualTo("VALID");
        assertThat(await("admin", withBom).getString("encoding")).isEqualTo("UTF-8");

        // Declared GBK
        String gbk = Demo.uniqueCode("GBK");
        long declared = as("admin").contentType("text/csv").queryParam("kind", "organizations").queryParam("encoding", "GBK")
                .body((ORG_HEADER + gbk + ",声明编码网格,,其他,DH-LIUAN,\r\n").getBytes(Charset.forName("GBK")))
                .post("/api/v1/imports").then().statusCode(202).extract().jsonPath().getLong("id");
        assertThat(await("admin", declared).getString("status")).isEqualTo("VALID");
        assertThat(commit("admin", declared).getString("status")).isEqualTo("COMMITTED");
        assertThat(as("admin").get("/api/v1/organizations/" + Demo.org(gbk)).then().extract().jsonPath().getString("name"))
                .isEqualTo("声明编码网格");
    }

    @Test
    void fullWidthCodesAndStraySpacesAreNormalized() {
        String tail = Long.toString(System.nanoTime() % 1_000_000_000L);
        String fullWidth = toFullWidth("FW" + tail);
        String file = "机构编码, 机构名称 ,机构类型,上级机构编码\n"
                + " " + fullWidth.substring(0, 2) + "　" + fullWidth.substring(2) + " ,全角编码网格,其他, DH - LIUAN \n";
        long id = csv("admin", "organizations", file);
        assertThat(await("admin", id).getString("status")).isEqualTo("VALID");
        commit("admin", id);
        JsonPath org = as("admin").get("/api/v1/organizations/" + Demo.org("FW" + tail)).then().statusCode(200).extract().jsonPath();
        assertThat(org.getLong("parentId")).isEqualTo(Demo.org("DH-LIUAN"));
    }

    @Test
    void xlsxWithDateCellsAndNumbersAsText() throws Exception {
        String org = Demo.createOrg("表格导入社区", "COMMUNITY", Demo.org("STREET-DH")).getString("code");
        String externalId = "77" + (System.nanoTime() % 1_000_000_000L);
        person(externalId, "表格人员", Demo.org(org), "STAFF");
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("责任分工");
            Row head = sheet.createRow(0);
            String[] headers = {"机构编码*", "责任类型*", "人员编号*", "起始日期*", "截止日期", "依据文号"};
            for (int i = 0; i < headers.length; i++) {
                head.createCell(i).setCellValue(headers[i]);
            }
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy年m月d日"));
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue(org);
            r.createCell(1).setCellValue("联络员");
            r.createCell(2).setCellValue(Double.parseDouble(externalId));   // the id as a number cell
            r.createCell(3).setCellValue(LocalDate.of(2026, 3, 1));
            r.getCell(3).setCellStyle(dateStyle);
            r.createCell(4).setCellValue("46387");                          // a date serial number stored as text
            r.createCell(5).setCellValue("东湖党工〔2026〕3号");
            sheet.createRow(2);                                              // blank trailing rows
            sheet.createRow(3).createCell(0).setCellValue("  ");
            wb.write(out);
            xlsx = out.toByteArray();
        }
        long id = upload("secretary", "duty-assignments", Imports.XLSX, xlsx);
        JsonPath job = await("secretary", id);
        assertThat(errors("secretary", id)).isEmpty();
        assertThat(job.getString("format")).isEqualTo("xlsx");
        assertThat(job.getInt("total")).isEqualTo(1);
        assertThat(commit("secretary", id).getString("status")).isEqualTo("COMMITTED");
        List<Map<String, Object>> duties = as("secretary").get("/api/v1/organizations/" + Demo.org(org) + "/duty-assignments")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(duties).hasSize(1);
        assertThat(duties.get(0).get("validFrom")).isEqualTo("2026-03-01");
        assertThat(duties.get(0).get("validTo")).isEqualTo("2026-12-31");
    }

    @Test
    void jsonArrayKeyedByHeadersOrFieldNames() {
        String org = Demo.createOrg("JSON导入社区", "COMMUNITY", Demo.org("STREET-DH")).getString("code");
        String a = Demo.uniqueCode("J");
        String b = Demo.uniqueCode("J");
        String json = """
                [ {"externalId": "%s", "name": "接口甲", "phone": "０２７-8600 0000", "active": true, "organizationCode": "%s"},
                  {"人员编号": "%s", "姓名*": "接口乙", "在职": "是", "所属机构编码": "%s", "职务": "网格员"} ]"""
                .formatted(a, org, b, org);
        long id = upload("secretary", "people", "application/json", json.getBytes(StandardCharsets.UTF_8));
        JsonPath job = await("secretary", id);
        assertThat(errors("secretary", id)).isEmpty();
        assertThat(job.getString("format")).isEqualTo("json");
        assertThat(commit("secretary", id).getInt("createdCount")).isEqualTo(2);
        List<Map<String, Object>> people = as("secretary").queryParam("organization", Demo.org(org)).get("/api/v1/people")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(people).extracting(p -> p.get("name")).contains("接口甲", "接口乙");
        assertThat(people.stream().filter(p -> "接口甲".equals(p.get("name"))).findFirst().orElseThrow().get("phone"))
                .isEqualTo("027-8600 0000");
    }

    @Test
    void allOrNothingWhenARowFailsAtCommit() {
        String parent = Demo.createOrg("将被撤销的上级", "COMMUNITY", Demo.org("STREET-DH")).getString("code");
        String a = Demo.uniqueCode("AON");
        String b = Demo.uniqueCode("AON");
        String c = Demo.uniqueCode("AON");
        String file = ORG_HEADER + a + ",全有甲,,其他,DH-LIUAN,\n" + b + ",全有乙,,其他," + a + ",\n" + c + ",全有丙,,其他," + parent + ",\n";
        long id = csv("admin", "organizations", file);
        assertThat(await("admin", id).getString("status")).isEqualTo("VALID");
        // Between the dry run and the commit, the parent of row 4 is dissolved.
        as("admin").body(Map.of("version", 0)).post("/api/v1/organizations/" + Demo.org(parent) + "/dissolve").then().statusCode(200);
        long head = Demo.auditHead();
        JsonPath job = commit("admin", id);
        assertThat(job.getString("status")).isEqualTo("FAILED");
        assertThat(job.getString("message")).contains("第 4 行");
        assertThat(Demo.auditHead()).isEqualTo(head);
        as("admin").queryParam("q", a).get("/api/v1/organizations").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(0));
        assertThat(errors("admin", id)).extracting(e -> e.get("row")).containsExactly(4);
        as("admin").post("/api/v1/imports/" + id + "/commit").then().statusCode(409);
    }

    @Test
    void annotatedSheetTemplatesAndBadUploads() throws Exception {
        long id = csv("admin", "organizations", ORG_HEADER + "OK-" + Demo.uniqueCode("A") + ",好的,,其他,DH-LIUAN,\n"
                + "BAD,坏的,,不存在的类型,DH-LIUAN,\n");
        assertThat(await("admin", id).getString("status")).isEqualTo("INVALID");
        byte[] annotated = as("admin").get("/api/v1/imports/" + id + "/annotated.xlsx").then().statusCode(200)
                .extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(annotated))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("错误");
            assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEmpty();
            assertThat(s.getRow(2).getCell(0).getStringCellValue()).contains("机构类型");
            assertThat(s.getRow(2).getCell(4).getStringCellValue()).isEqualTo("不存在的类型");
        }
        for (String kind : List.of("organizations", "people", "memberships", "duty-assignments", "channels")) {
            byte[] template = as("secretary").get("/api/v1/imports/templates/" + kind + ".xlsx").then().statusCode(200)
                    .extract().asByteArray();
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
                assertThat(wb.getSheetAt(1).getSheetName()).isEqualTo("填写说明");
                assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).endsWith("*");
            }
        }
        as("admin").get("/api/v1/imports/templates/nope.xlsx").then().statusCode(400);
        as("admin").contentType(Imports.XLSX).queryParam("kind", "organizations").body("not a zip".getBytes())
                .post("/api/v1/imports").then().statusCode(400);
        as("admin").contentType("text/csv").queryParam("kind", "organizations").body(new byte[0])
                .post("/api/v1/imports").then().statusCode(400);
        as("admin").contentType("application/json").queryParam("kind", "organizations").body("{\"a\":1}")
                .post("/api/v1/imports").then().statusCode(400);
        as("admin").contentType("text/csv").queryParam("kind", "planets").body("a,b\n".getBytes())
                .post("/api/v1/imports").then().statusCode(400);
        as("auditor").contentType("text/csv").queryParam("kind", "organizations").body(ORG_HEADER.getBytes())
                .post("/api/v1/imports").then().statusCode(403);
        // A file without the required headers, garbage JSON and a corrupt zip are INVALID jobs with a message, not 5xx.
        long noHeader = csv("admin", "organizations", "a,b,c\n1,2,3\n");
        assertThat(await("admin", noHeader).getString("message")).contains("机构编码");
        long brokenJson = upload("admin", "organizations", "application/json", "[{\"code\": 1}, {".getBytes());
        assertThat(await("admin", brokenJson).getString("status")).isEqualTo("INVALID");
        long brokenZip = upload("admin", "organizations", Imports.XLSX, new byte[]{'P', 'K', 3, 4, 1, 2, 3});
        assertThat(await("admin", brokenZip).getString("status")).isEqualTo("INVALID");
        assertThat(as("admin").queryParam("limit", 5).get("/api/v1/imports").then().statusCode(200)
                .extract().jsonPath().getList("items")).hasSize(5);
    }

    static void person(String externalId, String name, long orgId, String role) {
        as("admin").body(Map.of("name", name, "externalId", externalId, "memberships", List.of(membership(orgId, role, true))))
                .post("/api/v1/people").then().statusCode(201);
    }

    static String toFullWidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c >= '!' && c <= '~' ? (char) (c - '!' + '！') : c);
        }
        return b.toString();
    }

}
