package org.dutyledger.operations;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.equalTo;

/** What an operator's Prometheus and load balancer see: /q/metrics and /q/health/ready, without a token. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class MetricsTest {

    @Inject
    LedgerGaugesRefresh gauges;

    @Inject
    Fixtures fixtures;

    @Test
    void theLedgersCountsFollowAnAuditedWrite() {
        gauges.refresh();
        String before = scrape();
        double headBefore = value(before, "dutyledger_audit_chain_head_seq");
        double appendsBefore = value(before, "dutyledger_audit_appends_total");

        long parent = fixtures.orgId("STREET-DH");
        String code = Fixtures.unique("M");
        as("admin").contentType("application/json")
                .body(Map.of("code", code, "name", "监控测试 " + code, "type", "DEPARTMENT", "parentId", parent))
                .post("/api/v1/organizations").then().statusCode(201);
        gauges.refresh();

        String after = scrape();
        assertThat(value(after, "dutyledger_audit_chain_head_seq")).as("the chain head moved").isGreaterThan(headBefore);
        assertThat(value(after, "dutyledger_audit_appends_total")).as("appends counted").isGreaterThanOrEqualTo(appendsBefore + 1);
        for (String gauge : new String[]{"dutyledger_outbox_backlog", "dutyledger_outbox_oldest_age_seconds",
                "dutyledger_webhook_deliveries{status=\"FAILED\"}", "dutyledger_webhook_deliveries{status=\"PENDING\"}",
                "dutyledger_webhook_deliveries_oldest_pending_age_seconds",
                "dutyledger_import_jobs{state=\"queued\"}", "dutyledger_import_jobs{state=\"running\"}",
                "dutyledger_notifications_unread", "dutyledger_obligations_overdue"}) {
            assertThat(value(after, gauge)).as(gauge).isGreaterThanOrEqualTo(0);
        }
        // The demo data's writes left events for fan-out (the deliverer is off in tests) and unread notifications.
        assertThat(value(after, "dutyledger_outbox_backlog")).isGreaterThan(0);
        assertThat(after).contains("agroal_active_count").contains("jvm_memory_used_bytes");
    }

    @Test
    void httpTimingsAreTaggedWithTheRouteTemplateNotTheIds() {
        long id = fixtures.orgId("STREET-DH");
        as("admin").get("/api/v1/organizations/" + id).then().statusCode(200);

        given().get("/organizations/" + id); // a web-app route: index.html where the web app is served, else 404

        String metrics = scrape();
        assertThat(metrics).contains("uri=\"/api/v1/organizations/{id}\"");
        assertThat(metrics).as("the web app's paths are not timed").doesNotContain("uri=\"/organizations/");
        assertThat(metrics).doesNotContain("uri=\"/api/v1/organizations/" + id + "\"");
        assertThat(metrics).containsPattern("http_server_requests_seconds_count\\{[^}]*method=\"GET\"[^}]*uri=\"/api/v1/organizations/\\{id\\}\"");
    }

    @Test
    void readinessCoversTheDatabaseAndTheMigrations() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Database migrations' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Database migrations' }.data.pending", equalTo(0))
                .body("checks.find { it.name.contains('Database connections') }.status", equalTo("UP"));
    }

    @Test
    void metricsCarryNoLedgerData() {
        String metrics = scrape();
        assertThat(metrics).doesNotContain("东湖").doesNotContain("secretary").doesNotContain("Bearer");
    }

    private static String scrape() {
        return given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of one series (name with its labels as printed, or a name with no labels). */
    private static double value(String metrics, String series) {
        String name = series.contains("{") ? series.substring(0, series.indexOf('{')) : series;
        String labels = series.contains("{") ? series.substring(series.indexOf('{') + 1, series.length() - 1) : "";
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*})? (\\S+)$").matcher(metrics);
        while (m.find()) {
            String printed = m.group(1) == null ? "" : m.group(1);
            if (labels.isEmpty() || printed.contains(labels)) {
                return Double.parseDouble(m.group(2));
            }
        }
        throw new AssertionError(series + " not in /q/metrics");
    }
}
