package org.dutyledger.notification;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.dutyledger.person.MembershipRole;
import org.dutyledger.support.Duties;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Fixtures;
import org.dutyledger.support.Newsrooms;
import org.dutyledger.support.Newsrooms.Newsroom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.support.Newsrooms.act;
import static org.dutyledger.support.Newsrooms.approve;
import static org.dutyledger.support.Newsrooms.drafted;
import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Work arrives with a notification at once (bell, badge counts) and each notification goes out as a webhook event. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class WorkArrivesTest {

    @Inject
    Newsrooms newsrooms;

    @Inject
    Fixtures fixtures;

    Newsroom n;

    @BeforeEach
    void freshNewsroom() {
        n = newsrooms.create();
    }

    static JsonPath inbox(String user) {
        return as(user).get("/api/v1/me/notifications").then().statusCode(200).extract().jsonPath();
    }

    static JsonPath counts(String user) {
        return as(user).get("/api/v1/me/counts").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void afterSubmissionTheFirstStepsReviewerHasANotificationAndACountAndOnlyThey() throws Exception {
        // the new community owes the demo obligations: the badge counts the ones of 我的工作要求 due now or overdue
        long due = as(n.direct()).get("/api/v1/me/obligations").then().statusCode(200).extract().jsonPath()
                .getList("status", String.class).stream().filter(s -> s.equals("DUE") || s.equals("OVERDUE")).count();
        as(n.direct()).get("/api/v1/me/counts").then().statusCode(200)
                .body("reviews", equalTo(0)).body("notificationsUnread", equalTo(0)).body("obligationsDue", equalTo((int) due));
        long id = drafted(n.author(), n.channelId(), "到达通知");
        act(n.author(), id, "submit").statusCode(200);

        JsonPath direct = inbox(n.direct());
        assertThat(direct.getInt("unreadCount")).isEqualTo(1);
        assertThat(direct.getString("items[0].type")).isEqualTo("REVIEW_REQUESTED");
        assertThat(direct.getString("items[0].title")).contains("《到达通知》").contains("分管领导初审");
        assertThat(direct.getString("items[0].link")).isEqualTo("/publications/" + id);
        as(n.direct()).get("/api/v1/me/counts").then().statusCode(200)
                .body("reviews", equalTo(1)).body("notificationsUnread", equalTo(1));
        // step 2's reviewer, the author and a colleague without a duty are not told yet
        assertThat(inbox(n.first()).getInt("unreadCount")).isZero();
        assertThat(inbox(n.author()).getInt("unreadCount")).isZero();
        assertThat(inbox(n.staff()).getInt("unreadCount")).isZero();
        as(n.first()).get("/api/v1/me/counts").then().statusCode(200).body("reviews", equalTo(0));

        List<Map<String, String>> events = events(n.orgId());
        assertThat(events).hasSize(1);
        assertThat(events.get(0)).containsEntry("personId", String.valueOf(n.directId()))
                .containsEntry("type", "REVIEW_REQUESTED").containsEntry("link", "/publications/" + id)
                .containsEntry("notificationId", String.valueOf(direct.getLong("items[0].id")));
    }

    @Test
    void theAuthorIsToldOfEachApprovalAndOfTheRejectionWithTheCommentAndTheNextStepOfItsArrival() throws Exception {
        long id = drafted(n.author(), n.channelId(), "审核结果");
        act(n.author(), id, "submit").statusCode(200);
        approve(n.direct(), id).statusCode(200);

        JsonPath author = inbox(n.author());
        assertThat(author.getInt("unreadCount")).isEqualTo(1);
        assertThat(author.getString("items[0].type")).isEqualTo("PUBLICATION_APPROVED");
        assertThat(author.getString("items[0].title")).contains("《审核结果》").contains("分管领导初审").contains("同意");
        JsonPath first = inbox(n.first());
        assertThat(first.getString("items[0].type")).isEqualTo("REVIEW_REQUESTED");
        as(n.first()).get("/api/v1/me/counts").then().statusCode(200).body("reviews", equalTo(1))
                .body("notificationsUnread", equalTo(1));

        act(n.first(), id, "reject", Map.of("comment", "数据需要核实出处")).statusCode(200);
        author = inbox(n.author());
        assertThat(author.getInt("unreadCount")).isEqualTo(2);
        assertThat(author.getString("items[0].type")).isEqualTo("PUBLICATION_REJECTED");
        assertThat(author.getString("items[0].title")).contains("《审核结果》").contains("数据需要核实出处");
        as(n.first()).get("/api/v1/me/counts").then().statusCode(200).body("reviews", equalTo(0));

        // a new round tells step 1 again, and the last approval and the publication reach the author
        act(n.author(), id, "submit").statusCode(200);
        assertThat(inbox(n.direct()).getInt("unreadCount")).isEqualTo(2);
        approve(n.direct(), id).statusCode(200);
        approve(n.first(), id).statusCode(200).body("status", equalTo("APPROVED"));
        assertThat(inbox(n.author()).getString("items[0].title")).contains("已通过全部审核");
        act(n.staff(), id, "publish").statusCode(200).body("status", equalTo("PUBLISHED"));
        as(n.author()).get("/api/v1/me/notifications").then().statusCode(200)
                .body("items[0].type", equalTo("PUBLICATION_PUBLISHED")).body("items[0].title", containsString("已发布"));

        long notifications = 0;
        for (String user : List.of(n.author(), n.direct(), n.first(), n.staff())) {
            notifications += inbox(user).getList("items").size();
        }
        assertThat(events(n.orgId())).as("one webhook event per notification").hasSize((int) notifications);
    }

    @Test
    void theNewHolderOfAHandedOverDutyIsToldAndTheEventCarriesTheirOaUserId() throws Exception {
        String login = "successor-" + n.orgCode().toLowerCase();
        long successor = fixtures.newPerson(Fixtures.unique("接任"), login, n.orgCode(), MembershipRole.STAFF);
        try (Connection c = EmbeddedPostgresResource.superuser()) {
            c.createStatement().executeUpdate("UPDATE person SET external_id = 'oa-" + login + "' WHERE id = " + successor);
        }
        Duties.handOver("admin", n.orgId(), "DIRECT_RESPONSIBLE", successor, "2025-03-01").statusCode(201);
        as(login).get("/api/v1/me/notifications").then().statusCode(200).body("unreadCount", equalTo(1))
                .body("items[0].type", equalTo("DUTY_HANDED_OVER"))
                .body("items[0].title", containsString("直接责任人"))
                .body("items[0].title", containsString("分管"))
                .body("items[0].link", equalTo("/organizations/" + n.orgId() + "/duties"));
        assertThat(events(n.orgId())).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("personId", String.valueOf(successor)).containsEntry("oaUserId", "oa-" + login)
                .containsEntry("type", "DUTY_HANDED_OVER"));
    }

    /** The payloads of the organization's notification.created outbox events, as text, oldest first. */
    static List<Map<String, String>> events(long orgId) throws Exception {
        List<Map<String, String>> out = new ArrayList<>();
        try (Connection c = EmbeddedPostgresResource.superuser();
             PreparedStatement s = c.prepareStatement("SELECT payload->>'personId', payload->>'oaUserId', payload->>'type',"
                     + " payload->>'link', payload->>'notificationId', aggregate_type, aggregate_id FROM outbox_event"
                     + " WHERE type = 'notification.created' AND organization_id = ? ORDER BY id")) {
            s.setLong(1, orgId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Map<String, String> e = new java.util.HashMap<>();
                    e.put("personId", r.getString(1));
                    e.put("oaUserId", r.getString(2));
                    e.put("type", r.getString(3));
                    e.put("link", r.getString(4));
                    e.put("notificationId", r.getString(5));
                    assertThat(r.getString(6)).isEqualTo("notification");
                    assertThat(r.getString(7)).isEqualTo(r.getString(5));
                    out.add(e);
                }
            }
        }
        return out;
    }
}
