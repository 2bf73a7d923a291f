package org.dutyledger.integration.imports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.dutyledger.integration.jobs.JobTable;
import org.dutyledger.integration.jobs.LeasedJobs;
import org.dutyledger.security.CurrentUser;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Runs import jobs in the background on whichever instance gets them first ({@link LeasedJobs}): a job is claimed with
 * FOR UPDATE SKIP LOCKED and kept alive by a heartbeat (ImportRunner's progress writes); a job whose worker died
 * (heartbeat older than the lease) is claimed again and its phase restarts (a dead commit rolled back with its
 * connection). The client that uploaded may be long gone. The worker acts as the uploader, so the scope and the audit
 * actor are theirs.
 */
@ApplicationScoped
public class ImportWorker {

    private static final Logger LOG = Logger.getLogger(ImportWorker.class);

    /** Waiting, or held by a worker whose heartbeat is older than the lease. */
    private static final String NEXT_CLAIMABLE = """
            SELECT id FROM import_job WHERE status IN ('VALIDATING', 'COMMITTING')
              AND (claimed_by IS NULL OR heartbeat_at < now() - make_interval(secs => ?1))
            ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED""";
    /** A phase restarts from its beginning; the job keeps when it first started. */
    private static final String TAKE = "UPDATE import_job SET claimed_by = ?1, heartbeat_at = now(), "
            + "started_at = coalesce(started_at, now()) WHERE id = ?2";
    /** A phase that threw: the job ends, unless another worker holds it by now. */
    private static final String STOPPED = """
            UPDATE import_job SET status = CASE WHEN status = 'VALIDATING' THEN 'INVALID' ELSE 'FAILED' END,
            message = '处理时出错，请查看服务日志', finished_at = now(), claimed_by = NULL, version = version + 1
            WHERE id = ?1 AND claimed_by = ?2""";

    @Inject
    EntityManager em;

    @Inject
    ImportRunner runner;

    @Inject
    CurrentUser currentUser;

    @ConfigProperty(name = "dutyledger.imports.lease", defaultValue = "PT2M")
    Duration lease;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private LeasedJobs jobs;

    @PostConstruct
    void start() {
        jobs = new LeasedJobs("import", "worker-", new JobTable(NEXT_CLAIMABLE, TAKE, lease), em, transactions);
    }

    /** Starts the job the current transaction creates or commits as soon as that transaction has committed. */
    public void wakeAfterCommit() {
        jobs.wakeAfterCommit(this::runPending);
    }

    @Scheduled(every = "${dutyledger.imports.poll-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        runPending();
    }

    /** Processes claimable jobs until none is left; returns how many phases ran. */
    public int runPending() {
        return jobs.runPending(this::run);
    }

    private void run(long id) {
        String workerId = jobs.workerId();
        try {
            ImportJob job = QuarkusTransaction.requiringNew().call(() -> em.find(ImportJob.class, id));
            currentUser.actAs(job.uploader());
            if (ImportJob.VALIDATING.equals(job.status)) {
                runner.dryRun(id, workerId);
            } else {
                runner.commit(id, workerId);
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "import job %d stopped", id);
            jobs.asHolder(STOPPED, id);
        }
    }
}
