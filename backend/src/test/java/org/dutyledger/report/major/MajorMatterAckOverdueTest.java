package org.dutyledger.report.major;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.common.Today;
import org.dutyledger.support.Duties;
import org.dutyledger.support.DutyFixtures;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.report.major.MajorMatterTree.notices;
import static org.dutyledger.report.major.MajorMatterTree.outbox;
import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.equalTo;

/**
 * The acknowledgement deadline: a matter left unacknowledged past it is told to the recipient's 第一责任人 once — also
 * when two instances of the job run at the same moment (the second skips what the first holds) and when it runs again.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class MajorMatterAckOverdueTest {

    @Inject
    Fixtures fixtures;

    @Inject
    DutyFixtures duties;

    @Inject
    EntityManager em;

    @Inject
    MajorMatterAckOverdue job;

    @Test
    void anOverdueMatterIsToldOnceWhileTwoClaimersRun() throws Exception {
        MajorMatterTree t = new MajorMatterTree(fixtures, duties);
        long id = t.filed("确认超时测试");
        Instant deadline = Instant.parse(as(t.staffR).get("/api/v1/major-matters/" + id).then().statusCode(200)
                .extract().jsonPath().getString("ackDeadline"));

        job.run(deadline);
        assertThat(notices(t.firstR, id)).as("at the deadline itself it is not overdue yet").containsExactly("MAJOR_MATTER_REPORTED");

        Instant later = deadline.plus(Duration.ofMinutes(1));
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<List<Long>> first = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew().call(() -> {
            List<Long> ids = job.claim(later);
            claimed.countDown();
            assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
            job.tellAll(ids, later);
            return ids;
        }));
        assertThat(claimed.await(30, TimeUnit.SECONDS)).isTrue();
        // A second instance runs while the first holds its claim: it skips the locked matter instead of telling it again.
        List<Long> second = QuarkusTransaction.requiringNew().call(() -> job.claim(later));
        assertThat(second).doesNotContain(id);
        job.run(later);
        assertThat(notices(t.firstR, id)).as("not told while the first claimer holds it").containsExactly("MAJOR_MATTER_REPORTED");
        release.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS)).contains(id);

        job.run(later.plus(Duration.ofHours(1)));
        assertThat(notices(t.firstR, id)).containsExactly("MAJOR_MATTER_ACK_OVERDUE", "MAJOR_MATTER_REPORTED");
        assertThat(notices(t.liaisonR, id)).as("the overdue notice goes to the 第一责任人 only").containsExactly("MAJOR_MATTER_REPORTED");
        assertThat(outbox(em, id)).containsExactly("major-matter.reported", "major-matter.ack-overdue");
        assertThat(Duties.audit("major-matter", id).getList("items.action", String.class)).containsOnlyOnce("major-matter.ack-overdue");

        // The notice does not make the recipient's copy stale.
        as(t.staffR).get("/api/v1/major-matters/" + id).then().statusCode(200).body("version", equalTo(0));
        as(t.staffR).body(Map.of("version", 0)).post("/api/v1/major-matters/" + id + "/acknowledge").then().statusCode(200)
                .body("ackOverdue", equalTo(false));
    }

    /**
     * While the recipient's 第一责任人 post is vacant the overdue notice still reaches someone answerable: its 联络员,
     * and when that post is vacant too, the 第一责任人 of the organization above.
     */
    @Test
    void aVacantFirstResponsibleHandsTheOverdueNoticeToTheLiaisonThenToTheLevelAbove() {
        MajorMatterTree t = new MajorMatterTree(fixtures, duties);
        String yesterday = Today.date().minusDays(1).toString();
        end(t.firstRAssignment, yesterday);
        long toLiaison = t.filed("第一责任人空缺时确认超时");
        job.run(ackDeadline(t, toLiaison).plus(Duration.ofMinutes(1)));
        assertThat(notices(t.liaisonR, toLiaison)).containsExactly("MAJOR_MATTER_ACK_OVERDUE", "MAJOR_MATTER_REPORTED");
        assertThat(notices(t.firstR, toLiaison)).as("no longer the 第一责任人").isEmpty();
        assertThat(notices(t.firstD, toLiaison)).as("the liaison stands in").isEmpty();
        assertThat(as(t.liaisonR).get("/api/v1/me/notifications").then().statusCode(200).extract().jsonPath()
                .getString("items.find { it.link == '/major-matters/" + toLiaison + "' && it.type == 'MAJOR_MATTER_ACK_OVERDUE' }.title"))
                .contains("第一责任人空缺");

        end(t.liaisonRAssignment, yesterday);
        long toAbove = t.filed("第一责任人与联络员均空缺时确认超时");
        job.run(ackDeadline(t, toAbove).plus(Duration.ofMinutes(1)));
        assertThat(notices(t.firstD, toAbove)).containsExactly("MAJOR_MATTER_ACK_OVERDUE");
        assertThat(notices(t.liaisonR, toAbove)).isEmpty();
        assertThat(outbox(em, toAbove)).containsExactly("major-matter.reported", "major-matter.ack-overdue");
    }

    private static Instant ackDeadline(MajorMatterTree t, long id) {
        return Instant.parse(as(t.staffR).get("/api/v1/major-matters/" + id).then().statusCode(200)
                .extract().jsonPath().getString("ackDeadline"));
    }

    /** Ends a duty assignment on `lastDay` (its holder held it until then). */
    private static void end(long assignmentId, String lastDay) {
        as("admin").body(Map.of("version", 0, "validTo", lastDay, "reason", "调离"))
                .post("/api/v1/duty-assignments/" + assignmentId + "/end").then().statusCode(200);
    }
}
