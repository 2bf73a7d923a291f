package org.dutyledger.integration.imports;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.security.CurrentUser;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs import jobs in the background on whichever instance gets them first: a job is claimed with
 * FOR UPDATE SKIP LOCKED and kept alive by a heartbeat; a job whose worker died (heartbeat older than the
 * lease) is claimed again and its phase restarts (a dead commit rolled back with its connection). The
 * client that uploaded may be long gone. The worker acts as the uploader, so the scope and the audit actor
 * are theirs.
 */
@ApplicationScoped
public class ImportWorker {

    private static final Logger LOG = Logger.getLogger(ImportWorker.class);

    /** This instance's name in claimed_by. */
    final String workerId = "worker-" + UUID.randomUUID();

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

    /** Runs phases right after the request that asked for them; a plain thread, so no request context leaks into it. */
    private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "import-wake-up");
        t.setDaemon(true);
        return t;
    });

    /**
     * Starts the job the current transaction creates or commits as soon as that transaction has committed, instead
     * of at the next poll. Safe next to the poll and to other instances: jobs are claimed FOR UPDATE SKIP LOCKED.
     */
    public void wakeAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    wakeUps.execute(() -> {
                        try {
                            runPending();
                        } catch (RuntimeException e) {
                            LOG.warn("import wake-up failed; the next poll takes the job", e);
                        }
                    });
                }
            }
        });
    }

    @Scheduled(every = "${dutyledger.imports.poll-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        runPending();
    }

    /** Processes claimable jobs until none is left; returns how many phases ran. */
    public int runPending() {
        int ran = 0;
        Long id;
        while ((id = claim()) != null) {
            run(id);
            ran++;
        }
        return ran;
    }

    private Long claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Number> ids = em.createNativeQuery("""
                            SELECT id FROM import_job WHERE status IN ('VALIDATING', 'COMMITTING')
                              AND (claimed_by IS NULL OR heartbeat_at < now() - make_interval(secs => ?1))
                            ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED""")
                    .setParameter(1, (double) lease.toSeconds()).getResultList();
            if (ids.isEmpty()) {
                return null;
            }
            long id = ids.get(0).longValue();
            em.createNativeQuery("UPDATE import_job SET claimed_by = ?1, heartbeat_at = now(), "
                            + "started_at = coalesce(started_at, now()) WHERE id = ?2")
                    .setParameter(1, workerId).setParameter(2, id).executeUpdate();
            return id;
        });
    }

    private void run(long id) {
        // The scheduler may have activated a request context already; otherwise the worker brings its own.
        ManagedContext context = Arc.container().requestContext();
        boolean activated = !context.isActive();
        if (activated) {
            context.activate();
        }
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
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                            UPDATE import_job SET status = CASE WHEN status = 'VALIDATING' THEN 'INVALID' ELSE 'FAILED' END,
                            message = '处理时出错，请查看服务日志', finished_at = now(), claimed_by = NULL, version = version + 1
                            WHERE id = ?1 AND claimed_by = ?2""")
                    .setParameter(1, id).setParameter(2, workerId).executeUpdate());
        } finally {
            if (activated) {
                context.terminate();
            }
        }
    }
}
