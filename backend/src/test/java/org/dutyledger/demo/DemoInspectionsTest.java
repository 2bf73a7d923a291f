package org.dutyledger.demo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.dutyledger.common.Today;
import org.dutyledger.inspection.rectification.RectificationEscalation;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.support.Tokens.as;

/** The demo shows real inspection data: 东湖街道's concluded assessment of this year, and 柳岸社区's overdue rectification. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class DemoInspectionsTest {

    @Inject
    RectificationEscalation escalation;

    @Test
    void theStreetsAssessmentIsConcludedAndLiuansRectificationIsOverdueAndEscalated() {
        String year = Integer.toString(Today.date().getYear());
        List<Map<String, Object>> concluded = as("admin").queryParam("status", "CONCLUDED").queryParam("period", year)
                .queryParam("size", 500).get("/api/v1/inspections").then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, Object> assessment = concluded.stream().filter(i -> "临江区东湖街道党工委".equals(i.get("organizationName")))
                .findFirst().orElseThrow();
        JsonPath results = as("admin").get("/api/v1/inspections/" + assessment.get("id") + "/results").then().statusCode(200)
                .extract().jsonPath();
        assertThat(results.getList("rows.organizationName", String.class)).containsExactly("东湖街道桃园社区", "东湖街道柳岸社区",
                "东湖街道东湖村");

        escalation.run(Today.date());
        List<Map<String, Object>> overdue = as("admin").queryParam("overdue", true).queryParam("size", 500)
                .get("/api/v1/rectifications").then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, Object> liuan = overdue.stream().filter(r -> String.valueOf(r.get("measures")).startsWith("明确每个居民群的管理员"))
                .findFirst().orElseThrow();
        assertThat(liuan.get("deadline")).isEqualTo(Today.date().minusDays(10).toString());
        assertThat((Integer) liuan.get("escalationLevel")).isGreaterThanOrEqualTo(2);
    }
}
