package org.dutyledger.integration.export;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.dutyledger.support.Demo;
import org.dutyledger.support.Duties;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.support.Tokens.as;

/**
 * Every CSV export opens in Excel as people read it: a UTF-8 BOM, Chinese column names (English with
 * Accept-Language: en), local time (Asia/Shanghai), changes as text, and a Chinese file name with the local date and
 * time. The JSONL audit export stays the verifiable form, untouched.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class CsvForExcelTest {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static ExtractableResponse<Response> get(String language, String path, Object... query) {
        var request = as("admin");
        if (language != null) {
            request = request.header("Accept-Language", language);
        }
        for (int i = 0; i < query.length; i += 2) {
            request = request.queryParam((String) query[i], query[i + 1]);
        }
        return request.get(path).then().statusCode(200).extract();
    }

    /** The decoded `filename*` of the Content-Disposition (RFC 5987). */
    static String fileName(ExtractableResponse<Response> r) {
        String header = r.header("Content-Disposition");
        assertThat(header).startsWith("attachment;").contains("filename*=UTF-8''");
        return URLDecoder.decode(header.substring(header.indexOf("filename*=UTF-8''") + 17), StandardCharsets.UTF_8);
    }

    static String text(byte[] bytes) {
        assertThat(bytes).as("UTF-8 BOM first").startsWith(BOM);
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    static String today() {
        return LocalDate.now(SHANGHAI).toString();
    }

    @Test
    void theAuditCsvHasABomChineseHeadersLocalTimeReadableChangesAndAChineseFileName() {
        long org = Demo.createOrg("表格核验", "COMMUNITY", Duties.container()).getLong("id");
        ExtractableResponse<Response> r = get(null, "/api/v1/audit-events/export", "format", "csv",
                "entityType", "organization", "entityId", org);
        String csv = text(r.asByteArray());
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("\"序号\",\"时间\",\"操作人标识\",\"操作人账号\",").contains("\"变更内容\"");
        List<String> cells = CsvInjectionTest.cells(lines.get(1) + "\n");
        Instant occurred = Instant.parse(as("admin").queryParam("entityType", "organization").queryParam("entityId", org)
                .get("/api/v1/audit-events").then().statusCode(200).extract().path("items[0].occurredAt"));
        assertThat(cells.get(1)).as("local time with its offset")
                .isEqualTo(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx").format(occurred.atZone(SHANGHAI)))
                .endsWith("+08:00");
        assertThat(cells.get(10)).as("changes as text").contains("name：表格核验").contains("type：COMMUNITY")
                .doesNotContain("{\"").doesNotContain("\"before\"");
        assertThat(fileName(r)).startsWith("审计日志_" + today() + "_").endsWith(".csv");
        assertThat(r.header("Content-Type")).startsWith("text/csv");

        ExtractableResponse<Response> en = get("en", "/api/v1/audit-events/export", "format", "csv",
                "entityType", "organization", "entityId", org);
        String english = text(en.asByteArray());
        assertThat(english.lines().findFirst().orElseThrow()).startsWith("\"Seq\",\"Time\",\"Actor subject\",");
        assertThat(english).contains("name: 表格核验; ");
        assertThat(fileName(en)).startsWith("audit-log_" + today() + "_").endsWith(".csv");
    }

    @Test
    void theJsonlAuditExportStaysAsItWas() {
        long org = Demo.createOrg("原样导出", "COMMUNITY", Duties.container()).getLong("id");
        ExtractableResponse<Response> r = get(null, "/api/v1/audit-events/export", "format", "jsonl",
                "entityType", "organization", "entityId", org);
        assertThat(r.asString()).startsWith("{\"").contains("\"organization.created\"").contains("\"occurredAt\":\"")
                .contains("Z\"").contains("\"hash\":\"");
        assertThat(r.header("Content-Disposition")).isEqualTo("attachment; filename=\"audit-events.jsonl\"");
    }

    @Test
    void theLedgerExportsHaveABomChineseHeadersOrFieldNamesInEnglishAndChineseFileNames() {
        long under = Demo.org("STREET-DH");
        ExtractableResponse<Response> r = get(null, "/api/v1/exports/organizations.csv", "under", under);
        String csv = text(r.asByteArray());
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("机构编码*,机构名称*,");
        assertThat(fileName(r)).startsWith("机构_" + today() + "_").endsWith(".csv");
        assertThat(r.header("Content-Disposition")).contains("filename=\"Organizations_" + today() + "_");

        ExtractableResponse<Response> en = get("en-US,en;q=0.9", "/api/v1/exports/organizations.csv", "under", under);
        assertThat(text(en.asByteArray()).lines().findFirst().orElseThrow()).startsWith("code,name,");
        assertThat(fileName(en)).startsWith("Organizations_" + today() + "_");
    }
}
