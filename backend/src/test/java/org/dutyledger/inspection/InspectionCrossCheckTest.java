package org.dutyledger.inspection;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.dutyledger.common.Today;
import org.dutyledger.support.Demo;
import org.dutyledger.support.Duties;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.inspection.InspectionTree.inspection;
import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.equalTo;

/**
 * A CROSS inspection (交叉检查): the team member from the peer street reads the target's duties and obligations on the
 * inspection's days only — 404 before it starts and after it concludes — never writes there, never reads the other
 * communities; the inspection's audit trail shows the grant, the first use of the day (once) and the expiry.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class InspectionCrossCheckTest {

    @Inject
    Fixtures fixtures;

    @Inject
    CrossInspectionGrants grants;

    InspectionTree t;
    String year;

    @BeforeEach
    void tree() {
        t = new InspectionTree(fixtures, Demo.uniqueCode(""));
        year = Integer.toString(Today.date().getYear());
    }

    @Test
    void aPeerTeamMemberReadsTheTargetOnlyWhileTheCrossInspectionRuns() {
        as(t.staffS).body(rule()).post("/api/v1/obligation-rules").then().statusCode(201);
        Duties.assigned(t.staffSId, t.a, "LIAISON", "2024-01-01", null);
        long id = cross(List.of(t.a), Today.date().minusDays(1), Today.date().plusDays(10));

        // Planned: nothing yet.
        as(t.staffT).get("/api/v1/organizations/" + t.a + "/duty-assignments").then().statusCode(404);
        assertThat(obligationOrgs()).doesNotContain(t.a);

        as(t.staffS).body(Map.of("version", 0)).post("/api/v1/inspections/" + id + "/start").then().statusCode(200);
        as(t.staffT).get("/api/v1/organizations/" + t.a + "/duty-assignments").then().statusCode(200);
        as(t.staffT).get("/api/v1/organizations/" + t.a + "/responsibility").then().statusCode(200);
        as(t.staffT).get("/api/v1/organizations/" + t.a + "/duty-assignments").then().statusCode(200);
        // Lists include the target (not its siblings, not the inspecting street).
        assertThat(obligationOrgs()).contains(t.a).doesNotContain(t.b, t.s);
        as(t.staffT).get("/api/v1/organizations/" + t.b + "/duty-assignments").then().statusCode(404);
        // Read, never write.
        as(t.staffT).body(Duties.body(t.staffTId, t.a, "DIRECT_RESPONSIBLE", "2026-01-01", null)).post("/api/v1/duty-assignments")
                .then().statusCode(org.hamcrest.Matchers.oneOf(403, 404, 422));

        as(t.staffS).body(Map.of("version", 1)).post("/api/v1/inspections/" + id + "/scoring").then().statusCode(200);
        as(t.staffS).body(Map.of("version", 2)).post("/api/v1/inspections/" + id + "/conclude").then().statusCode(200);
        as(t.staffT).get("/api/v1/organizations/" + t.a + "/duty-assignments").then().statusCode(404);
        assertThat(obligationOrgs()).doesNotContain(t.a);

        List<String> actions = Duties.audit("inspection", id).getList("items.action", String.class);
        assertThat(actions.stream().filter("inspection.read-granted"::equals)).hasSize(1);
        assertThat(actions.stream().filter("inspection.read-used"::equals)).hasSize(1);
        assertThat(actions.stream().filter("inspection.read-expired"::equals)).hasSize(1);
    }

    /** Not CROSS: the team gets no grant. After its last day a CROSS grant is no longer read, and the job expires it once. */
    @Test
    void grantsEndWithTheInspectionsLastDay() {
        long special = as(t.staffS).body(body("SPECIAL", List.of(t.a), Today.date().minusDays(1), Today.date().plusDays(10)))
                .post("/api/v1/inspections").then().statusCode(201).extract().jsonPath().getLong("id");
        as(t.staffS).body(Map.of("version", 0)).post("/api/v1/inspections/" + special + "/start").then().statusCode(200);
        as(t.staffT).get("/api/v1/organizations/" + t.a + "/duty-assignments").then().statusCode(404);

        long id = cross(List.of(t.c), Today.date().minusDays(3), Today.date().plusDays(1));
        as(t.staffS).body(Map.of("version", 0)).post("/api/v1/inspections/" + id + "/start").then().statusCode(200);
        as(t.staffT).get("/api/v1/organizations/" + t.c + "/duty-assignments").then().statusCode(200);
        assertThat(grants.expireLapsed(Today.date().plusDays(2))).isGreaterThanOrEqualTo(1);
        as(t.staffT).get("/api/v1/organizations/" + t.c + "/duty-assignments").then().statusCode(404);
        assertThat(grants.expireLapsed(Today.date().plusDays(2))).isZero();
        List<String> actions = Duties.audit("inspection", id).getList("items.action", String.class);
        assertThat(actions.stream().filter("inspection.read-expired"::equals)).hasSize(1);
    }

    long cross(List<Long> targets, LocalDate from, LocalDate to) {
        return as(t.staffS).body(body("CROSS", targets, from, to)).post("/api/v1/inspections").then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    Map<String, Object> body(String kind, List<Long> targets, LocalDate from, LocalDate to) {
        Map<String, Object> b = inspection(t.s, kind, t.newTemplate(), year, targets, List.of(t.staffTId));
        b.put("startsOn", from.toString());
        b.put("endsOn", to.toString());
        b.put("title", "交叉检查");
        return b;
    }

    List<Long> obligationOrgs() {
        return as(t.staffT).queryParam("period", year).queryParam("size", 500).get("/api/v1/obligations").then().statusCode(200)
                .extract().jsonPath().getList("items.organization.id", Long.class);
    }

    Map<String, Object> rule() {
        return new HashMap<>(Map.of("issuerOrganizationId", t.s, "title", "年度督查", "kind", "INSPECTION", "period", "YEAR",
                "minCount", 1, "appliesTo", List.of("STREET", "COMMUNITY"), "includeIssuer", true,
                "accountableRole", "FIRST_RESPONSIBLE", "validFrom", "2024-01-01"));
    }
}
