package org.dutyledger.duty;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dutyledger.person.MembershipRole;
import org.dutyledger.support.Demo;
import org.dutyledger.support.Duties;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.support.Duties.assigned;
import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.equalTo;

/** The matrix of a subtree, each vacancy type, and the Excel export. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ResponsibilityMatrixTest {

    @Inject
    Fixtures fixtures;

    /** The whole matrix of a subtree (one page large enough for it). */
    static JsonPath matrix(String caller, long under, String at) {
        var spec = as(caller).queryParam("under", under).queryParam("limit", 10_000);
        if (at != null) {
            spec = spec.queryParam("at", at);
        }
        return spec.get("/api/v1/responsibility-matrix").then().statusCode(200).extract().jsonPath();
    }

    static List<String> vacancyTypes(JsonPath m, long orgId) {
        return m.getList("rows.find { it.organizationId == " + orgId + " }.vacancies.type", String.class);
    }

    @Test
    void theDemoStreetHasItsHoldersAndNoVacancyWhileTaoyuanLacksItsLeaders() {
        long street = Demo.org("STREET-DH");
        JsonPath m = matrix("secretary", street, null);
        assertThat(m.getList("roles")).containsExactly("FIRST_RESPONSIBLE", "DIRECT_RESPONSIBLE", "PROPAGANDA_OFFICER",
                "MEMBER_DUAL_DUTY", "LIAISON", "INFORMATION_OFFICER", "CHANNEL_ADMIN");
        assertThat(m.getLong("rows[0].organizationId")).isEqualTo(street);
        assertThat(m.getList("rows[0].pathNames")).containsExactly("江城市委", "江城市临江区委");
        assertThat(m.getList("rows[0].cells.FIRST_RESPONSIBLE.personName")).containsExactly("王建国");
        assertThat(m.getList("rows[0].cells.DIRECT_RESPONSIBLE.personName")).containsExactly("李明华");
        assertThat(m.getList("rows[0].cells.CHANNEL_ADMIN.channelName")).contains("东湖发布");
        assertThat(m.getList("rows[0].vacancies")).isEmpty();
        long taoyuan = Demo.org("DH-TAOYUAN");
        assertThat(vacancyTypes(m, taoyuan)).contains("NO_FIRST_RESPONSIBLE", "NO_DIRECT_RESPONSIBLE", "NO_LIAISON");
        assertThat(m.getList("rows.find { it.organizationId == " + taoyuan + " }.pathNames"))
                .containsExactly("江城市委", "江城市临江区委", "临江区东湖街道党工委");
        assertThat(m.getList("rows.code", String.class)).contains("DH-LIUAN", "DH-OFFICE").doesNotContain("STREET-XS");

        JsonPath problems = as("secretary").queryParam("under", street).queryParam("onlyProblems", "true")
                .queryParam("limit", 10_000).get("/api/v1/responsibility-matrix").then().statusCode(200).extract().jsonPath();
        assertThat(problems.getList("rows.code", String.class)).contains("DH-TAOYUAN").doesNotContain("STREET-DH");
        assertThat(problems.getLong("vacancyCount")).isEqualTo(m.getLong("vacancyCount"));
    }

    @Test
    void aDualDutyHolderAboveAppearsInTheRowsTheirScopeCovers() {
        long street = Demo.org("STREET-DH");
        JsonPath m = matrix("secretary", street, null);
        String liuan = "rows.find { it.code == 'DH-LIUAN' }";
        String office = "rows.find { it.code == 'DH-OFFICE' }";
        assertThat(m.getList(liuan + ".cells.MEMBER_DUAL_DUTY.personName", String.class)).contains("刘德胜");
        assertThat(m.getList("rows.find { it.code == 'DH-TAOYUAN' }.cells.MEMBER_DUAL_DUTY.personName", String.class))
                .contains("刘德胜");
        assertThat(m.getList(office + ".cells.MEMBER_DUAL_DUTY.personName", String.class)).doesNotContain("刘德胜");
        JsonPath liuanOnly = matrix("community", Demo.org("DH-LIUAN"), null);
        assertThat(liuanOnly.getList("rows[0].cells.MEMBER_DUAL_DUTY.personName", String.class)).contains("刘德胜");
    }

    @Test
    void aPastDayShowsTheGapsBeforeTheDutiesBegan() {
        JsonPath m = matrix("secretary", Demo.org("STREET-DH"), "2023-06-01");
        assertThat(m.getList("rows[0].cells.FIRST_RESPONSIBLE")).isEmpty();
        assertThat(m.getList("rows[0].vacancies.type", String.class)).contains("NO_FIRST_RESPONSIBLE");
        assertThat(m.getString("at")).isEqualTo("2023-06-01");
    }

    @Test
    void everyKindOfVacancyIsFound() {
        JsonPath org = Demo.createOrg("缺位测试", "COMMUNITY", Duties.container());
        long unit = org.getLong("id");
        String code = org.getString("code");
        assertThat(vacancyTypes(matrix("admin", unit, "2024-05-01"), unit))
                .containsExactlyInAnyOrder("NO_FIRST_RESPONSIBLE", "NO_DIRECT_RESPONSIBLE", "NO_LIAISON");

        long first = fixtures.newPerson(Fixtures.unique("书记"), null, code, MembershipRole.STAFF);
        long direct = fixtures.newPerson(Fixtures.unique("分管"), null, code, MembershipRole.STAFF);
        long stranger = fixtures.newPerson("STREET-XS", MembershipRole.STAFF);
        assigned(first, unit, "FIRST_RESPONSIBLE", "2024-01-01", null);
        assigned(direct, unit, "DIRECT_RESPONSIBLE", "2024-01-01", null);
        long liaison = assigned(stranger, unit, "LIAISON", "2024-01-01", null);
        long channel = Duties.channel(unit, "社区公众号", "ACTIVE");
        Duties.channel(unit, "待上线的群", "PENDING_LAUNCH");
        as("admin").body(Map.of("version", fixtures.personVersion(direct), "active", false))
                .patch("/api/v1/people/" + direct).then().statusCode(200);

        JsonPath m = matrix("admin", unit, "2024-05-01");
        assertThat(vacancyTypes(m, unit)).containsExactlyInAnyOrder("HOLDER_INACTIVE", "HOLDER_NOT_MEMBER", "CHANNEL_WITHOUT_ADMIN");
        assertThat(m.getLong("rows[0].vacancies.find { it.type == 'HOLDER_NOT_MEMBER' }.assignmentId")).isEqualTo(liaison);
        assertThat(m.getLong("rows[0].vacancies.find { it.type == 'HOLDER_INACTIVE' }.personId")).isEqualTo(direct);
        assertThat(m.getLong("rows[0].vacancies.find { it.type == 'CHANNEL_WITHOUT_ADMIN' }.channelId")).isEqualTo(channel);
        // counted in PostgreSQL (a filtered page) as built row by row
        assertThat(as("admin").queryParam("under", unit).queryParam("at", "2024-05-01").queryParam("onlyProblems", true)
                .get("/api/v1/responsibility-matrix").then().statusCode(200).extract().jsonPath().getLong("vacancyCount"))
                .isEqualTo(3);

        JsonPath flat = as("admin").queryParam("under", unit).queryParam("at", "2024-05-01").get("/api/v1/vacancies")
                .then().statusCode(200).extract().jsonPath();
        assertThat(flat.getList("items.vacancy.type", String.class))
                .containsExactlyInAnyOrder("HOLDER_INACTIVE", "HOLDER_NOT_MEMBER", "CHANNEL_WITHOUT_ADMIN");
        assertThat(flat.getList("items.organization.code", String.class)).containsOnly(code);

        // The administrator fills the last gap; a channel not yet launched needs none.
        Map<String, Object> admin = Duties.body(first, unit, "CHANNEL_ADMIN", "2024-01-01", null);
        admin.put("channelId", channel);
        Duties.assign("admin", admin).statusCode(201);
        assertThat(vacancyTypes(matrix("admin", unit, "2024-05-01"), unit)).doesNotContain("CHANNEL_WITHOUT_ADMIN");
    }

    @Test
    void theExcelExportOpensAndHoldsOneRowPerOrganization() throws Exception {
        long street = Demo.org("STREET-DH");
        JsonPath m = matrix("secretary", street, "2024-06-01");
        byte[] file = as("secretary").queryParam("under", street).queryParam("at", "2024-06-01")
                .get("/api/v1/responsibility-matrix/export.xlsx").then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(m.getList("rows").size());
            List<String> header = cells(sheet.getRow(0));
            assertThat(header).startsWith("组织").contains("第一责任人", "直接责任人", "一岗双责", "联络员").endsWith("缺位情况");
            List<String> streetRow = cells(sheet.getRow(1));
            assertThat(streetRow.get(0)).isEqualTo("临江区东湖街道党工委");
            assertThat(streetRow.get(header.indexOf("第一责任人"))).isEqualTo("王建国");
            assertThat(streetRow.get(header.indexOf("阵地管理员"))).contains("张晓燕（东湖发布）");
            List<String> names = new ArrayList<>();
            List<String> gaps = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                names.add(cells(sheet.getRow(r)).get(0).strip());
                gaps.add(cells(sheet.getRow(r)).get(header.indexOf("缺位情况")));
            }
            assertThat(names).contains("东湖街道桃园社区", "东湖街道柳岸社区");
            assertThat(gaps.get(names.indexOf("东湖街道桃园社区"))).contains("缺第一责任人");
        }
    }

    @Test
    void theMatrixComesAPageAtATimeWithTheCountsOfTheWholeSubtree() {
        JsonPath top = Demo.createOrg("分页测试", "COMMUNITY", Duties.container());
        long root = top.getLong("id");
        List<Long> children = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            children.add(Demo.createOrg("分页测试" + i, "OTHER", root).getLong("id"));
        }
        // One child has all its required holders: five of the six rows have problems, three vacancies each.
        String fullCode = as("admin").get("/api/v1/organizations/" + children.get(0)).then().extract().path("code");
        long person = fixtures.newPerson(Fixtures.unique("书记"), null, fullCode, MembershipRole.STAFF);
        for (String role : List.of("FIRST_RESPONSIBLE", "DIRECT_RESPONSIBLE", "LIAISON")) {
            assigned(person, children.get(0), role, "2024-01-01", null);
        }
        JsonPath whole = matrix("admin", root, null);
        List<Long> order = whole.getList("rows.organizationId", Long.class);
        assertThat(order).hasSize(6).first().isEqualTo(root);

        JsonPath first = page(root, 0, 2, false);
        assertThat(first.getList("rows.organizationId", Long.class)).isEqualTo(order.subList(0, 2));
        assertThat(first.getLong("total")).isEqualTo(6);
        assertThat(first.getLong("organizationCount")).isEqualTo(6);
        assertThat(first.getLong("problemCount")).isEqualTo(5);
        assertThat(first.getLong("vacancyCount")).isEqualTo(15);
        assertThat(first.getLong("offset")).isZero();
        JsonPath second = page(root, 2, 2, false);
        assertThat(second.getList("rows.organizationId", Long.class)).isEqualTo(order.subList(2, 4));
        assertThat(second.getList("rows[0].pathNames", String.class)).endsWith("分页测试");
        assertThat(second.getLong("vacancyCount")).isEqualTo(15);
        assertThat(page(root, 6, 2, false).getList("rows")).isEmpty();

        JsonPath problems = page(root, 0, 10, true);
        assertThat(problems.getLong("total")).isEqualTo(5);
        assertThat(problems.getList("rows.organizationId", Long.class)).doesNotContain(children.get(0)).hasSize(5);
        assertThat(problems.getLong("organizationCount")).isEqualTo(6);
        // Without limit the API answers its default page; the Excel export stays whole.
        assertThat(as("admin").queryParam("under", root).get("/api/v1/responsibility-matrix").then().statusCode(200)
                .extract().jsonPath().getList("rows")).hasSize(6);

        for (Map.Entry<String, Object> bad : List.<Map.Entry<String, Object>>of(Map.entry("limit", 0),
                Map.entry("limit", 10_001), Map.entry("offset", -1), Map.entry("limit", "x"), Map.entry("offset", "1.5"))) {
            as("admin").queryParam("under", root).queryParam(bad.getKey(), bad.getValue())
                    .get("/api/v1/responsibility-matrix").then().statusCode(400).body("errors[0].field", equalTo(bad.getKey()));
        }
    }

    @Test
    void thePagesCountTheVacanciesTheWholeMatrixShows() {
        // A page counts in PostgreSQL; the whole matrix builds every row's vacancies: both must agree.
        long city = Demo.org("CITY");
        for (String at : new String[]{null, "2024-05-01", "2023-01-01"}) {
            JsonPath whole = matrix("admin", city, at);
            long vacancies = whole.getList("rows.vacancies", List.class).stream().mapToLong(List::size).sum();
            long problems = whole.getList("rows.vacancies", List.class).stream().filter(v -> !v.isEmpty()).count();
            var spec = as("admin").queryParam("under", city).queryParam("offset", 1).queryParam("limit", 3);
            if (at != null) {
                spec.queryParam("at", at);
            }
            JsonPath page = spec.get("/api/v1/responsibility-matrix").then().statusCode(200).extract().jsonPath();
            assertThat(page.getLong("vacancyCount")).as("vacancies on " + at).isEqualTo(vacancies).isEqualTo(whole.getLong("vacancyCount"));
            assertThat(page.getLong("problemCount")).as("problem rows on " + at).isEqualTo(problems);
            assertThat(page.getList("rows.organizationId", Long.class))
                    .isEqualTo(whole.getList("rows.organizationId", Long.class).subList(1, 4));
            assertThat(page.getList("rows.vacancies.type")).isEqualTo(whole.getList("rows.vacancies.type").subList(1, 4));
        }
    }

    static JsonPath page(long under, int offset, int limit, boolean onlyProblems) {
        return as("admin").queryParam("under", under).queryParam("offset", offset).queryParam("limit", limit)
                .queryParam("onlyProblems", onlyProblems).get("/api/v1/responsibility-matrix").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void theMatrixNeedsAReadableRootAndWellFormedParameters() {
        as("secretary").get("/api/v1/responsibility-matrix").then().statusCode(400).body("errors[0].field", equalTo("under"));
        as("secretary").queryParam("under", Demo.org("STREET-DH")).queryParam("at", "2024-1-1")
                .get("/api/v1/responsibility-matrix").then().statusCode(400).body("errors[0].field", equalTo("at"));
        as("outsider").queryParam("under", Demo.org("STREET-DH")).get("/api/v1/responsibility-matrix").then().statusCode(404);
        as("outsider").queryParam("under", Demo.org("STREET-DH")).get("/api/v1/responsibility-matrix/export.xlsx")
                .then().statusCode(404).contentType("application/problem+json");
    }

    static List<String> cells(Row row) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            out.add(row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue());
        }
        return out;
    }
}
