package org.dutyledger.integration.imports;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.support.Tokens.as;

/**
 * The import kinds are found where their capabilities put them (CDI), listed in their order, and every kind list of the
 * served contract names exactly them (a new kind then changes openapi.yaml: OpenApiContractTest asks for a refresh).
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ImportKindsTest {

    /** The kinds of the ledger's first capabilities, in this order; later capabilities may add more. */
    static final List<String> KEYS = List.of("organizations", "people", "memberships", "duty-assignments", "channels");

    @Inject
    ImportKinds kinds;

    @Test
    void theTemplateListShowsEveryKindInItsOrderWithItsColumns() {
        JsonPath list = as("secretary").get("/api/v1/imports/templates").then().statusCode(200).extract().jsonPath();
        assertThat(list.getList("items.kind", String.class)).containsSubsequence(KEYS)
                .containsExactlyElementsOf(kinds.all().stream().map(ImportKind::key).toList());
        assertThat(list.getString("items.find { it.kind == 'memberships' }.label")).isEqualTo("人员所属机构");
        assertThat(list.getString("items.find { it.kind == 'duty-assignments' }.labelEn")).isEqualTo("Duty assignments");
        String duty = "items.find { it.kind == 'duty-assignments' }.columns";
        assertThat(list.getList(duty + ".header", String.class))
                .startsWith("机构编码", "责任类型", "OA 用户编号", "起始日期").contains("一岗双责范围");
        assertThat(list.getBoolean(duty + "[0].required")).isTrue();
        assertThat(list.getString(duty + "[8].field")).isEqualTo("scopeOrganizationCodes");
        given().get("/api/v1/imports/templates").then().statusCode(401);
    }

    @Test
    void eachKindLivesInTheCapabilityItImportsInto() {
        Map<String, String> classes = new LinkedHashMap<>();
        kinds.all().forEach(k -> classes.put(k.key(), k.getClass().getName().replaceAll("_.*", "")));
        assertThat(classes).containsAllEntriesOf(Map.of(
                "organizations", "org.dutyledger.organization.imports.OrganizationRows",
                "people", "org.dutyledger.person.imports.PeopleRows",
                "memberships", "org.dutyledger.person.imports.MembershipRows",
                "duty-assignments", "org.dutyledger.duty.imports.DutyRows",
                "channels", "org.dutyledger.channel.imports.ChannelRows"));
        assertThat(classes.values()).noneMatch(name -> name.startsWith("org.dutyledger.integration."));
    }

    @Test
    void theContractListsExactlyTheDiscoveredKinds() {
        JsonPath api = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        List<String> discovered = kinds.all().stream().map(ImportKind::key).toList();
        String hint = "ImportKindsInContract writes the discovered kinds into every kind list of the contract";
        assertThat(api.getList("components.schemas.ImportJob.properties.kind.enum", String.class)).as(hint)
                .containsExactlyElementsOf(discovered);
        assertThat(api.getList("components.schemas.ImportTemplate.properties.kind.enum", String.class)).as(hint)
                .containsExactlyElementsOf(discovered);
        for (String path : List.of("'/api/v1/imports/templates/{kind}.xlsx'", "'/api/v1/exports/{kind}.xlsx'",
                "'/api/v1/exports/{kind}.csv'")) {
            assertThat(api.getList("paths." + path + ".get.parameters.find { it.name == 'kind' }.schema.enum", String.class))
                    .as(hint + " (" + path + ")").containsExactlyElementsOf(discovered);
        }
        assertThat(api.getList("paths.'/api/v1/imports'.post.parameters.find { it.name == 'kind' }.schema.enum", String.class))
                .as(hint).containsExactlyElementsOf(discovered);
    }

    @Test
    void everyDiscoveredKindHasATemplateAndAnExport() throws Exception {
        for (ImportKind k : kinds.all()) {
            byte[] template = as("secretary").get("/api/v1/imports/templates/" + k.key() + ".xlsx").then().statusCode(200)
                    .extract().asByteArray();
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
                assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo(k.label());
                assertThat(wb.getSheetAt(0).getRow(0).getLastCellNum()).isEqualTo((short) k.columns().size());
            }
            String csv = as("secretary").get("/api/v1/exports/" + k.key() + ".csv").then().statusCode(200).extract().asString();
            assertThat(csv.lines().findFirst().orElseThrow())
                    .isEqualTo("\uFEFF" + String.join(",", k.columns().stream().map(ImportColumn::templateHeader).toList()));
        }
    }
}
