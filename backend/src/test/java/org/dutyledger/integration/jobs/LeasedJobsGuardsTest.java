package org.dutyledger.integration.jobs;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The two promises LeasedJobs keeps whatever SQL its owners give it: two workers never claim the same job, and a
 * worker that lost its job writes nothing to it. SQL that cannot keep them is refused when the worker starts, not found
 * out in production. (The claims and takeovers themselves are run against PostgreSQL by ImportWorkerTest and
 * InspectionPackageApiTest.)
 */
class LeasedJobsGuardsTest {

    static final String TAKE = "UPDATE some_job SET claimed_by = ?1, heartbeat_at = now() WHERE id = ?2";

    @Test
    void aClaimThatDoesNotSkipLockedJobsIsRefused() {
        assertThatThrownBy(() -> new JobTable("SELECT id FROM some_job WHERE claimed_by IS NULL ORDER BY id LIMIT 1",
                TAKE, Duration.ofMinutes(2))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SKIP LOCKED");
    }

    @Test
    void aWriteThatDoesNotNameItsHolderIsRefused() {
        LeasedJobs jobs = new LeasedJobs("test", "test-worker-", new JobTable(
                "SELECT id FROM some_job ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED", TAKE, Duration.ofMinutes(2)), null, null);
        assertThatThrownBy(() -> jobs.asHolder("UPDATE some_job SET status = 'DONE' WHERE id = ?1", 1L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("claimed_by = ?2");
    }
}
