package org.dutyledger.obligation;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An untouched instance is pruned (a hand-over or a correction changed who owes it) while the reminder job, in its own
 * transaction, has just claimed it and recorded a reminder. Found in the end-to-end run as a 500 on
 * POST /duty-assignments/{id}/correct: the instance's delete failed on the reminder's foreign key.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class InstanceRemovalTest {

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aReminderCommittedWhilePruningWaitsIsDeletedWithItsInstance() throws Exception {
        long instance = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT i.id FROM obligation_instance i WHERE NOT EXISTS (SELECT 1 FROM fulfilment_record_instance l"
                        + " WHERE l.instance_id = i.id) AND NOT EXISTS (SELECT 1 FROM obligation_reminder_sent s"
                        + " WHERE s.instance_id = i.id) ORDER BY i.id DESC LIMIT 1").getSingleResult()).longValue());

        CompletableFuture<Integer> pruning;
        try (Connection job = dataSource.getConnection()) {
            job.setAutoCommit(false);
            // The reminder job: claims the instance and records the reminder, not yet committed.
            try (PreparedStatement claim = job.prepareStatement(
                    "SELECT id FROM obligation_instance WHERE id = ? FOR UPDATE SKIP LOCKED")) {
                claim.setLong(1, instance);
                try (ResultSet r = claim.executeQuery()) {
                    assertThat(r.next()).isTrue();
                }
            }
            try (PreparedStatement remind = job.prepareStatement(
                    "INSERT INTO obligation_reminder_sent (instance_id, step, sent_at) VALUES (?, 'DUE_SOON', now())")) {
                remind.setLong(1, instance);
                remind.executeUpdate();
            }
            pruning = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew().call(
                    () -> InstanceRemoval.remove(em, List.of(instance))));
            Thread.sleep(1000);
            assertThat(pruning).as("pruning waits for the job's lock").isNotDone();
            job.commit();
        }

        assertThat(pruning.get(30, TimeUnit.SECONDS)).isEqualTo(1);
        long left = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT (SELECT count(*) FROM obligation_instance WHERE id = ?1)"
                        + " + (SELECT count(*) FROM obligation_reminder_sent WHERE instance_id = ?1)")
                .setParameter(1, instance).getSingleResult()).longValue());
        assertThat(left).as("the instance and the reminder sent for it are both gone").isZero();
    }
}
