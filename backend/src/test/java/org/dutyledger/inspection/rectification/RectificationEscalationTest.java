package org.dutyledger.inspection.rectification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.common.Today;
import org.dutyledger.support.Duties;
import org.dutyledger.support.DutyFixtures;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.inspection.rectification.RectificationTree.get;
import static org.dutyledger.inspection.rectification.RectificationTree.notices;
import static org.dutyledger.inspection.rectification.RectificationTree.outbox;
import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.equalTo;

/**
 * The escalation ladder with a pretended day: nothing on the due day itself; the responsible person and the target's
 * 联络员 from the first day past due; the target's 第一责任人 from 7 days; the raising organization's 第一责任人 and
 * 联络员 from 15 — each level once, also with two claimers at the same moment; an approved extension starts afresh;
 * a long-term item comes due again at its check date.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class RectificationEscalationTest {

    @Inject
    Fixtures fixtures;

    @Inject
    DutyFixtures duties;

    @Inject
    EntityManager em;

    @Inject
    RectificationEscalation job;

    RectificationTree t;

    @BeforeEach
    void tree() {
        t = new RectificationTree(fixtures, duties);
    }

    JsonPath on(LocalDate day, long id) {
        try (var pretend = Today.pretend(day)) {
            job.run(day);
            return get(t.staffS, id);
        }
    }

    @Test
    void theLadderClimbsAtItsBoundariesAndTellsEachLevelOnce() {
        LocalDate due = Today.date();
        long id = t.rectificationDueToday("意识形态阵地管理制度未建立");

        JsonPath day0 = on(due, id);
        assertThat(day0.getBoolean("overdue")).as("the due day itself is still in time").isFalse();
        assertThat(day0.getInt("escalationLevel")).isZero();

        JsonPath day1 = on(due.plusDays(1), id);
        assertThat(day1.getInt("escalationLevel")).isEqualTo(1);
        assertThat(day1.getList("escalations.level", Integer.class)).containsExactly(1);
        assertThat(day1.getList("escalations[0].notifiedNames", String.class)).hasSize(2)
                .anySatisfy(n -> assertThat(n).startsWith("社区直接责任人")).anySatisfy(n -> assertThat(n).startsWith("社区联络员"));
        assertThat(day1.getLong("version")).as("the job does not make the owner's copy stale").isZero();
        assertThat(notices(t.ownerA, id)).containsExactly("RECTIFICATION_ESCALATED", "RECTIFICATION_CREATED");
        assertThat(notices(t.liaisonA, id)).containsExactly("RECTIFICATION_ESCALATED");
        assertThat(notices(t.firstA, id)).isEmpty();

        assertThat(on(due.plusDays(6), id).getInt("escalationLevel")).isEqualTo(1);
        assertThat(notices(t.firstA, id)).isEmpty();

        JsonPath day7 = on(due.plusDays(7), id);
        assertThat(day7.getInt("escalationLevel")).isEqualTo(2);
        assertThat(notices(t.firstA, id)).containsExactly("RECTIFICATION_ESCALATED");
        assertThat(notices(t.ownerA, id)).as("level 1 is not told again").containsExactly("RECTIFICATION_ESCALATED", "RECTIFICATION_CREATED");

        assertThat(on(due.plusDays(14), id).getInt("escalationLevel")).isEqualTo(2);
        assertThat(notices(t.firstS, id)).isEmpty();

        JsonPath day15 = on(due.plusDays(15), id);
        assertThat(day15.getInt("escalationLevel")).isEqualTo(3);
        assertThat(notices(t.firstS, id)).containsExactly("RECTIFICATION_ESCALATED");
        assertThat(notices(t.liaisonS, id)).containsExactly("RECTIFICATION_ESCALATED");

        JsonPath later = on(due.plusDays(40), id);
        assertThat(later.getList("escalations.level", Integer.class)).containsExactly(1, 2, 3);
        assertThat(notices(t.firstA, id)).hasSize(1);
        assertThat(notices(t.firstS, id)).hasSize(1);
        assertThat(outbox(em, id)).containsExactly("rectification.created", "rectification.escalated",
                "rectification.escalated", "rectification.escalated");
        assertThat(Duties.audit("rectification", id).getList("items.action", String.class))
                .filteredOn("rectification.escalated"::equals).hasSize(3);
    }

    @Test
    void aJobThatWasOffTellsEveryLevelReachedOnce() {
        LocalDate due = Today.date();
        long id = t.rectificationDueToday("长期未整改的问题");
        JsonPath day20 = on(due.plusDays(20), id);
        assertThat(day20.getList("escalations.level", Integer.class)).containsExactly(1, 2, 3);
        assertThat(notices(t.ownerA, id)).contains("RECTIFICATION_ESCALATED");
        assertThat(notices(t.firstA, id)).containsExactly("RECTIFICATION_ESCALATED");
        assertThat(notices(t.firstS, id)).containsExactly("RECTIFICATION_ESCALATED");
    }

    @Test
    void twoClaimersTellOnce() throws Exception {
        LocalDate due = Today.date();
        long id = t.rectificationDueToday("两个实例同时运行");
        LocalDate day1 = due.plusDays(1);
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (var pretend = Today.pretend(day1)) {
            CompletableFuture<List<Long>> first = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew().call(() -> {
                List<Long> ids = job.claim(day1);
                claimed.countDown();
                assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
                job.tellAll(ids, day1);
                return ids;
            }));
            assertThat(claimed.await(30, TimeUnit.SECONDS)).isTrue();
            // A second instance runs while the first holds its claim: it skips the locked rectification.
            List<Long> second = QuarkusTransaction.requiringNew().call(() -> job.claim(day1));
            assertThat(second).doesNotContain(id);
            job.run(day1);
            assertThat(notices(t.liaisonA, id)).as("not told while the first claimer holds it").isEmpty();
            release.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS)).contains(id);
            job.run(day1);
        }
        assertThat(notices(t.liaisonA, id)).containsExactly("RECTIFICATION_ESCALATED");
        assertThat(outbox(em, id)).containsExactly("rectification.created", "rectification.escalated");
    }

    @Test
    void anApprovedExtensionStartsTheLadderAfresh() {
        LocalDate due = Today.date();
        long id = t.rectificationDueToday("需要延期的问题");
        assertThat(on(due.plusDays(1), id).getInt("escalationLevel")).isEqualTo(1);
        try (var pretend = Today.pretend(due.plusDays(1))) {
            long ext = as(t.ownerA).body(Map.of("version", 0, "requestedDeadline", due.plusDays(10).toString(), "reason", "设备未到"))
                    .post("/api/v1/rectifications/" + id + "/extensions").then().statusCode(201).extract().jsonPath()
                    .getLong("extensions[0].id");
            as(t.staffS).body(Map.of("version", 1)).post("/api/v1/rectifications/" + id + "/extensions/" + ext + "/approve")
                    .then().statusCode(200).body("escalationLevel", equalTo(0)).body("overdue", equalTo(false));
        }
        assertThat(on(due.plusDays(10), id).getInt("escalationLevel")).isZero();
        JsonPath after = on(due.plusDays(11), id);
        assertThat(after.getInt("escalationLevel")).isEqualTo(1);
        assertThat(after.getList("escalations.dueOn", String.class)).containsExactly(due.toString(), due.plusDays(10).toString());
    }

    @Test
    void aSubmittedRectificationIsNotEscalated() {
        LocalDate due = Today.date();
        long id = t.rectificationDueToday("已提交待验收");
        as(t.ownerA).body(Map.of("version", 0, "text", "已整改")).post("/api/v1/rectifications/" + id + "/progress").then().statusCode(201);
        as(t.ownerA).body(Map.of("version", 1)).post("/api/v1/rectifications/" + id + "/submit").then().statusCode(200);
        JsonPath later = on(due.plusDays(30), id);
        assertThat(later.getBoolean("overdue")).isFalse();
        assertThat(later.getList("escalations")).isEmpty();
    }

    @Test
    void aLongTermRectificationComesDueAgainAtItsCheckDate() {
        LocalDate today = Today.date();
        long finding = t.raised("长期坚持的整改");
        Map<String, Object> body = t.rectification(finding, null);
        body.put("longTerm", true);
        body.put("checkDates", List.of(today.toString(), today.plusDays(30).toString()));
        long id = as(t.staffS).body(body).post("/api/v1/rectifications").then().statusCode(201).extract().jsonPath().getLong("id");
        as(t.ownerA).body(Map.of("version", 0, "text", "建立长效机制")).post("/api/v1/rectifications/" + id + "/progress").then().statusCode(201);
        as(t.ownerA).body(Map.of("version", 1)).post("/api/v1/rectifications/" + id + "/submit").then().statusCode(200);
        as(t.staffS2).body(Map.of("version", 2)).post("/api/v1/rectifications/" + id + "/verify").then().statusCode(200)
                .body("status", equalTo("MONITORING")).body("dueOn", equalTo(today.plusDays(30).toString()));

        assertThat(on(today.plusDays(29), id).getString("status")).isEqualTo("MONITORING");
        JsonPath due = on(today.plusDays(30), id);
        assertThat(due.getString("status")).isEqualTo("IN_PROGRESS");
        assertThat(due.getBoolean("overdue")).isFalse();
        assertThat(notices(t.ownerA, id)).contains("RECTIFICATION_DUE_AGAIN");
        JsonPath late = on(today.plusDays(31), id);
        assertThat(late.getBoolean("overdue")).isTrue();
        assertThat(late.getInt("escalationLevel")).isEqualTo(1);
        assertThat(outbox(em, id)).contains("rectification.due-again", "rectification.escalated");
    }

    @Test
    void aHandOverDatedAheadIsPickedUpOnItsDay() {
        LocalDate today = Today.date();
        long id = t.rectification("交接日在将来", today.plusDays(30).toString());
        Duties.handOver("admin", t.a, "DIRECT_RESPONSIBLE", t.successorAId, today.plusDays(3).toString()).statusCode(201);
        assertThat(get(t.staffS, id).getLong("responsiblePersonId")).as("the owner holds the duty until then").isEqualTo(t.ownerAId);
        assertThat(on(today.plusDays(2), id).getLong("responsiblePersonId")).isEqualTo(t.ownerAId);
        JsonPath handedOver = on(today.plusDays(3), id);
        assertThat(handedOver.getLong("responsiblePersonId")).isEqualTo(t.successorAId);
        assertThat(notices(t.successorA, id)).containsExactly("RECTIFICATION_REPOINTED");
        assertThat(outbox(em, id)).containsExactly("rectification.created", "rectification.repointed");
    }
}
