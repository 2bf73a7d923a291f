package org.dutyledger.integration.imports;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dutyledger.duty.DutyRole;
import org.dutyledger.support.Demo;
import org.junit.jupiter.api.Test;
import org.dutyledger.support.EmbeddedPostgresResource;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.integration.imports.Imports.await;
import static org.dutyledger.integration.imports.Imports.commit;
import static org.dutyledger.integration.imports.Imports.csv;
import static org.dutyledger.integration.imports.Imports.errors;
import static org.dutyledger.support.Tokens.as;

/**
 * What a clerk sees in Excel: choice columns offer their Chinese labels in a drop-down, the person column is called
 * OA 用户编号 as on the person page, and a file made from an older template (人员编号) still imports.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class TemplateDropDownsTest {

    @Test
    void templatesOfferTheChineseLabelsOfChoiceColumnsInDropDowns() throws Exception {
        try (XSSFWorkbook wb = workbook("/api/v1/imports/templates/duty-assignments.xlsx")) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("OA 用户编号*");
            Map<Integer, List<String>> lists = listsByColumn(sheet);
            assertThat(lists).as("责任类型 is the only choice column").containsOnlyKeys(1);
            assertThat(lists.get(1)).containsExactlyElementsOf(Arrays.stream(DutyRole.values()).map(r -> r.label).toList())
                    .contains("第一责任人", "直接责任人");
            XSSFDataValidation role = sheet.getDataValidations().get(0);
            assertThat(role.getRegions().getCellRangeAddress(0).formatAsString()).isEqualTo("B2:B1048576");
            assertThat(role.getErrorBoxText()).contains("第一责任人");
        }
        try (XSSFWorkbook wb = workbook("/api/v1/imports/templates/organizations.xlsx")) {
            assertThat(listsByColumn(wb.getSheetAt(0)).get(3)).as("机构类型").contains("社区", "街道", "党委");
        }
        try (XSSFWorkbook wb = workbook("/api/v1/imports/templates/memberships.xlsx")) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("OA 用户编号*");
            assertThat(listsByColumn(sheet)).containsEntry(2, List.of("在编", "成员")).containsEntry(3, List.of("是", "否"));
        }
    }

    @Test
    void exportsInTheTemplateShapeCarryTheSameLists() throws Exception {
        try (XSSFWorkbook wb = workbook("/api/v1/exports/duty-assignments.xlsx")) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("OA 用户编号*");
            assertThat(listsByColumn(sheet).get(1)).contains("第一责任人");
        }
        String csv = as("secretary").get("/api/v1/exports/people.csv").then().statusCode(200).extract().asString();
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("\uFEFFOA 用户编号*,");
    }

    @Test
    void theNewHeaderAndTheOldOneBothImport() {
        String org = Demo.createOrg("编号列名社区", "COMMUNITY", Demo.org("STREET-DH")).getString("code");
        String current = Demo.uniqueCode("OA");
        String former = Demo.uniqueCode("OA");
        long withNew = csv("secretary", "people", "OA 用户编号*,姓名*,所属机构编码\n" + current + ",新表头人员," + org + "\n");
        long withOld = csv("secretary", "people", "人员编号*,姓名*,所属机构编码\n" + former + ",旧表头人员," + org + "\n");
        for (long id : List.of(withNew, withOld)) {
            assertThat(await("secretary", id).getString("status")).isEqualTo("VALID");
            assertThat(errors("secretary", id)).isEmpty();
            assertThat(commit("secretary", id).getInt("createdCount")).isEqualTo(1);
        }
        List<Map<String, Object>> people = as("secretary").queryParam("organization", Demo.org(org)).get("/api/v1/people")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(people).extracting(p -> p.get("name") + "|" + p.get("externalId"))
                .contains("新表头人员|" + current, "旧表头人员|" + former);
        // 上传人 in the job list: the secretary's name, not the login.
        List<Map<String, Object>> jobs = as("secretary").get("/api/v1/imports").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertThat(jobs.get(0)).containsEntry("createdBy", "secretary").containsEntry("createdByName", "王建国");
    }

    private static XSSFWorkbook workbook(String path) throws Exception {
        byte[] bytes = as("secretary").get(path).then().statusCode(200).extract().asByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    /** The inline list of each column that has one, by 0-based column. */
    private static Map<Integer, List<String>> listsByColumn(XSSFSheet sheet) {
        Map<Integer, List<String>> out = new HashMap<>();
        for (XSSFDataValidation v : sheet.getDataValidations()) {
            out.put(v.getRegions().getCellRangeAddress(0).getFirstColumn(),
                    List.of(v.getValidationConstraint().getExplicitListValues()));
        }
        return out;
    }
}
