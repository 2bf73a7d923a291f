package org.dutyledger.obligation;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.dutyledger.common.Today;
import org.dutyledger.support.Demo;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

/** The demo data the end-to-end tests rely on. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class DemoObligationsTest {

    @Test
    void theCityIssuedTheRulesOfTheSourceDocuments() {
        as("admin").queryParam("issuer", Demo.org("CITY")).get("/api/v1/obligation-rules").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(8));
    }

    @Test
    void theCommunityStillOwesThisQuartersAnalysis() {
        String quarter = Periods.containing(PeriodKind.QUARTER, Today.date()).key();
        List<Map<String, Object>> mine = as("community").get("/api/v1/me/obligations").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertThat(mine).filteredOn(i -> "ANALYSIS".equals(i.get("kind")) && quarter.equals(i.get("period")))
                .singleElement().satisfies(i -> assertThat(i.get("status")).isIn("DUE", "UPCOMING"));
    }

    @Test
    void anOverdueInstanceNamesItsResponsiblePerson() {
        List<Map<String, Object>> overdue = as("secretary").queryParam("under", Demo.org("STREET-DH"))
                .queryParam("status", "OVERDUE").queryParam("size", 500).get("/api/v1/obligations").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertThat(overdue).anySatisfy(i -> assertThat((List<?>) i.get("responsible")).isNotEmpty());
    }
}
