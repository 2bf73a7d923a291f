package org.dutyledger.publication;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Newsrooms;
import org.dutyledger.support.Newsrooms.Newsroom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.support.Newsrooms.act;
import static org.dutyledger.support.Newsrooms.approvedItem;
import static org.dutyledger.support.Newsrooms.drafted;
import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Publishing at the planned time (and catching up after downtime), reminders, notifications, statistics. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class SchedulingAndRemindersTest {

    @Inject
    Newsrooms newsrooms;

    @Inject
    PublicationScheduler scheduler;

    @Inject
    ReviewReminders reminders;

    Newsroom n;

    @BeforeEach
    void freshNewsroom() {
        n = newsrooms.create();
    }

    @Test
    void anItemScheduledForItsPlannedTimeIsPublishedByTheSchedulerAlsoAfterADowntime() throws Exception {
        long id = approvedItem(n, "定时发布");
        act(n.author(), id, "publish", Map.of("when", "PLANNED")).statusCode(422).body("errors[0].field", equalTo("plannedPublishAt"));
        String planned = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        as(n.author()).body(Map.of("version", Newsrooms.version(id), "title", "定时发布", "summary", "摘要",
                        "body", "<p>正文第一段</p><p>正文第二段</p>", "plannedPublishAt", planned))
                .put("/api/v1/publications/" + id).then().statusCode(200).body("status", equalTo("APPROVED"));
        act(n.author(), id, "publish", Map.of("when", "PLANNED")).statusCode(200).body("status", equalTo("APPROVED"))
                .body("scheduledPublishAt", equalTo(planned));
        scheduler.publishDue();
        assertThat(Newsrooms.get(n.author(), id).getString("status")).isEqualTo("APPROVED");
        try (Connection c = EmbeddedPostgresResource.superuser()) {
            // The planned time passed while the service was down.
            c.createStatement().executeUpdate("UPDATE publication SET scheduled_publish_at = now() - interval '2 hours' WHERE id = " + id);
        }
        scheduler.publishDue();
        as(n.author()).get("/api/v1/publications/" + id).then().statusCode(200).body("status", equalTo("PUBLISHED"))
                .body("publishedBy.id", equalTo((int) n.authorId()));
        as(n.author()).get("/api/v1/publications/" + id + "/trace").then().statusCode(200)
                .body("scheduledBy.id", equalTo((int) n.authorId())).body("timeline[-1].actorUsername", equalTo("system"));
    }

    @Test
    void reviewersOfAnItemWaitingTooLongAreRemindedOnce() throws Exception {
        long id = drafted(n.author(), n.channelId(), "提醒");
        act(n.author(), id, "submit").statusCode(200);
        try (Connection c = EmbeddedPostgresResource.superuser()) {
            c.createStatement().executeUpdate("UPDATE publication SET step_entered_at = now() - interval '25 hours' WHERE id = " + id);
        }
        reminders.remindOverdue();
        reminders.remindOverdue();
        var inbox = as(n.direct()).get("/api/v1/me/notifications").then().statusCode(200)
                // the notice of the item's arrival, then the one reminder
                .body("unreadCount", equalTo(2)).body("items[0].type", equalTo("REVIEW_REMINDER"))
                .body("items[1].type", equalTo("REVIEW_REQUESTED"))
                .body("items[0].link", equalTo("/publications/" + id)).extract().jsonPath();
        as(n.first()).get("/api/v1/me/notifications").then().statusCode(200).body("unreadCount", equalTo(0));
        as(n.author()).post("/api/v1/me/notifications/" + inbox.getLong("items[0].id") + "/read").then().statusCode(404);
        as(n.direct()).post("/api/v1/me/notifications/" + inbox.getLong("items[0].id") + "/read").then().statusCode(200)
                .body("readAt", not(equalTo(null)));
        as(n.direct()).get("/api/v1/me/notifications/unread-count").then().statusCode(200).body("unreadCount", equalTo(1));
    }

    @Test
    void statisticsCountPublishedRejectedAndRetractedItemsPerChannelAndMonth() {
        long published = approvedItem(n, "统计一");
        act(n.author(), published, "publish").statusCode(200);
        act(n.first(), published, "retract", Map.of("reason", "过时")).statusCode(200);
        long rejected = drafted(n.author(), n.channelId(), "统计二");
        act(n.author(), rejected, "submit").statusCode(200);
        act(n.direct(), rejected, "reject", Map.of("comment", "重写")).statusCode(200);
        as(n.first()).queryParam("under", n.orgId()).get("/api/v1/publication-statistics").then().statusCode(200)
                .body("rows.size()", equalTo(1)).body("rows[0].channel.id", equalTo((int) n.channelId()))
                .body("rows[0].published", equalTo(1)).body("rows[0].rejected", equalTo(1))
                .body("rows[0].retracted", equalTo(1)).body("rows[0].approved", equalTo(1))
                .body("rows[0].medianReviewHours", not(equalTo(null)));
        as("outsider").queryParam("under", n.orgId()).get("/api/v1/publication-statistics").then().statusCode(404);
        as(n.first()).get("/api/v1/publication-statistics").then().statusCode(400);
    }

    @Test
    void theReviewInboxListsOnlyWhatTheCallerMayApproveNow() {
        long id = drafted(n.author(), n.channelId(), "收件箱");
        act(n.author(), id, "submit").statusCode(200);
        as(n.direct()).get("/api/v1/me/reviews").then().statusCode(200).body("id", hasItem((int) id));
        as(n.author()).get("/api/v1/me/reviews").then().statusCode(200).body("id", not(hasItem((int) id)));
        as("secretary").get("/api/v1/me/reviews").then().statusCode(200).body("id", not(hasItem((int) id)));
    }
}
