package org.dutyledger.integration.imports;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.dutyledger.common.Today;
import org.dutyledger.support.Demo;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.integration.imports.Imports.await;
import static org.dutyledger.integration.imports.Imports.commit;
import static org.dutyledger.integration.imports.Imports.csv;
import static org.dutyledger.integration.imports.Imports.errors;
import static org.dutyledger.support.Tokens.as;

/** The 工作台账 an office keeps in Excel comes in as fulfilment records, once, and goes out again. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class FulfilmentsImportTest {

    static final String HEADER = "机构编码*,日期*,类别*,标题*,参加人员,内容摘要\r\n";

    @Test
    void aCommunityImportsItsLedgerOnceAndExportsIt() {
        String title = "历史台账 " + Demo.uniqueCode("F");
        String lastYear = Today.date().minusYears(1).withMonth(3).withDayOfMonth(15).toString();
        String tomorrow = Today.date().plusDays(1).toString();
        String bad = HEADER
                + "DH-LIUAN," + lastYear + ",分析研判," + title + ",张三、李四,研判了网上舆情\r\n"
                + "DH-LIUAN," + tomorrow + ",通报,明天的通报,,\r\n"
                + "CITY," + lastYear + ",通报,市里的通报,,\r\n"
                + "DH-LIUAN," + lastYear + ",开会,类别不对,,\r\n";
        long dry = csv("community", "fulfilments", bad);
        assertThat(await("community", dry).getString("status")).isEqualTo("INVALID");
        List<Map<String, Object>> errs = errors("community", dry);
        assertThat(errs).hasSize(3);
        assertThat(errs.toString()).contains("日期", "机构编码", "类别");
        assertThat(errs).noneMatch(e -> Integer.valueOf(2).equals(e.get("row")));

        String good = HEADER + "DH-LIUAN," + lastYear + ",分析研判," + title + ",张三、李四,研判了网上舆情\r\n";
        long id = csv("community", "fulfilments", good);
        JsonPath job = await("community", id);
        assertThat(errors("community", id)).isEmpty();
        assertThat(job.getInt("createdCount")).isEqualTo(1);
        assertThat(commit("community", id).getString("status")).isEqualTo("COMMITTED");

        long liuan = Demo.org("DH-LIUAN");
        List<Map<String, Object>> records = as("community").queryParam("organizationId", liuan).queryParam("size", 200)
                .get("/api/v1/fulfilments").then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, Object> record = records.stream().filter(r -> title.equals(r.get("title"))).findFirst().orElseThrow();
        assertThat(record.get("happenedOn")).isEqualTo(lastYear);
        assertThat(record.get("kind")).isEqualTo("ANALYSIS");
        assertThat(record.get("guests")).isEqualTo("张三、李四");

        long again = csv("community", "fulfilments", good);
        assertThat(await("community", again).getInt("unchangedCount")).isEqualTo(1);
        assertThat(commit("community", again).getInt("unchangedCount")).isEqualTo(1);

        String exported = as("community").get("/api/v1/exports/fulfilments.csv").then().statusCode(200).extract().asString();
        assertThat(exported).contains("DH-LIUAN", title, lastYear);
        assertThat(as("community").get("/api/v1/imports/templates").then().statusCode(200)
                .extract().jsonPath().getList("items.kind", String.class)).contains("fulfilments");
    }
}
