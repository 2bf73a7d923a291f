package org.dutyledger.inspection;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.dutyledger.common.Today;
import org.dutyledger.person.MembershipRole;
import org.dutyledger.support.Duties;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Fixtures;
import org.dutyledger.support.Newsrooms;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.dutyledger.inspection.InspectionTree.inspection;
import static org.dutyledger.inspection.InspectionTree.template;
import static org.dutyledger.support.Newsrooms.act;
import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** The target's record beside the items also tells its reviews of the period and since when a required duty is vacant. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class InspectionRecordTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Newsrooms newsrooms;

    @Test
    void theRecordCountsThePeriodsReviewsAndSaysSinceWhenARoleIsVacant() {
        Newsrooms.Newsroom n = newsrooms.create();
        String year = Integer.toString(Today.date().getYear());
        // Reviews of the period: two published (one of them retracted later), one rejected.
        long kept = Newsrooms.approvedItem(n, "学习动态");
        act(n.staff(), kept, "publish", Map.of("when", "NOW")).statusCode(200);
        long retracted = Newsrooms.approvedItem(n, "活动通知");
        act(n.staff(), retracted, "publish", Map.of("when", "NOW")).statusCode(200);
        act(n.direct(), retracted, "retract", Map.of("reason", "信息有误")).statusCode(200);
        long rejected = Newsrooms.drafted(n.author(), n.channelId(), "未核实的消息");
        act(n.author(), rejected, "submit").statusCode(200);
        act(n.direct(), rejected, "reject", Map.of("comment", "数据未核实")).statusCode(200);
        // The liaison left five days ago: vacant since the day after.
        LocalDate left = Today.date().minusDays(5);
        long liaison = fixtures.newPerson("联络员" + n.orgCode(), "liaison-" + n.orgCode().toLowerCase(), n.orgCode(), MembershipRole.STAFF);
        Duties.assigned(liaison, n.orgId(), "LIAISON", "2024-01-01", left.toString());

        long container = Duties.container();
        long templateId = as("admin").body(template(container, "发布考核")).post("/api/v1/scoring-templates").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long id = as("admin").body(inspection(container, "SPECIAL", templateId, year, List.of(n.orgId()), List.of()))
                .post("/api/v1/inspections").then().statusCode(201).extract().jsonPath().getLong("id");

        as("admin").get("/api/v1/inspections/" + id + "/targets/" + n.orgId() + "/record").then().statusCode(200)
                .body("reviews.published", equalTo(2)).body("reviews.rejected", equalTo(1)).body("reviews.retracted", equalTo(1))
                .body("vacancies.role", equalTo(List.of("LIAISON")))
                .body("vacancies[0].since", equalTo(left.plusDays(1).toString()));
        // Another period has none of them; a role never held has no since.
        long other = as("admin").body(inspection(container, "SPECIAL", templateId, Integer.toString(Today.date().getYear() - 1),
                List.of(n.orgId()), List.of())).post("/api/v1/inspections").then().statusCode(201).extract().jsonPath().getLong("id");
        as("admin").get("/api/v1/inspections/" + other + "/targets/" + n.orgId() + "/record").then().statusCode(200)
                .body("reviews.published", equalTo(0)).body("reviews.rejected", equalTo(0)).body("reviews.retracted", equalTo(0));
        long bare = org.dutyledger.support.Demo.createOrg("无人社区", "COMMUNITY", container).getLong("id");
        long third = as("admin").body(inspection(container, "SPECIAL", templateId, year, List.of(bare), List.of()))
                .post("/api/v1/inspections").then().statusCode(201).extract().jsonPath().getLong("id");
        as("admin").get("/api/v1/inspections/" + third + "/targets/" + bare + "/record").then().statusCode(200)
                .body("vacancies.size()", equalTo(3)).body("vacancies[0].since", nullValue());
    }
}
