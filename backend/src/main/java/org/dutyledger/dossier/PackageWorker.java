package org.dutyledger.dossier;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.dutyledger.common.LocalTimes;
import org.dutyledger.integration.jobs.JobTable;
import org.dutyledger.integration.jobs.LeasedJobs;
import org.dutyledger.security.CurrentUser;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;

/**
 * Builds inspection packages in the background on whichever instance gets them first ({@link LeasedJobs}): a job is
 * claimed with FOR UPDATE SKIP LOCKED and kept alive by a heartbeat after every file and every few MiB of a long one; a
 * job whose worker died (heartbeat older than the lease) is claimed again and built from scratch. A cancelled job, or one
 * another worker took over, stops at its next heartbeat. The worker acts as the requester, so the package holds exactly
 * what they may read and the audit actor is theirs. Ending a build (with its audit event) is {@link PackageCompletion}'s.
 */
@ApplicationScoped
public class PackageWorker {

    static final String ENTITY_TYPE = "inspection-package";
    private static final Logger LOG = Logger.getLogger(PackageWorker.class);
    /** The least time between two heartbeats (each file checks for a cancel at most this often). */
    private static final long BEAT_EVERY_MILLIS = 200;

    /** Waiting, or held by a worker whose heartbeat is older than the lease (or missing). */
    private static final String NEXT_CLAIMABLE = """
            SELECT id FROM inspection_packages WHERE status IN ('QUEUED', 'RUNNING')
              AND (claimed_by IS NULL OR heartbeat_at IS NULL OR heartbeat_at < now() - make_interval(secs => ?1))
            ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED""";
    /** From scratch: whatever a dead worker had done is thrown away. */
    private static final String TAKE = """
            UPDATE inspection_packages SET status = 'RUNNING', claimed_by = ?1, heartbeat_at = now(),
            progress_done = 0, started_at = now(), version = version + 1 WHERE id = ?2""";
    /** A heartbeat, with ?3 parts more done; it misses once the job was cancelled or taken over. */
    private static final String BEAT = """
            UPDATE inspection_packages SET heartbeat_at = now(), progress_done = progress_done + ?3
            WHERE id = ?1 AND claimed_by = ?2 AND status = 'RUNNING'""";

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    PackageConfig config;

    @Inject
    PackageBuilder builder;

    @Inject
    PackageStore store;

    @Inject
    PackageOrganizations organizations;

    @Inject
    PackageCompletion completion;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private LeasedJobs jobs;

    /** The job no longer belongs to this worker (cancelled, or reclaimed by another): stop quietly. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super("the package job was cancelled or taken over", null, false, false);
        }
    }

    @PostConstruct
    void start() {
        jobs = new LeasedJobs("package", "package-worker-", new JobTable(NEXT_CLAIMABLE, TAKE, config.lease()), em,
                transactions);
    }

    /** Starts the job the current transaction creates as soon as it has committed, instead of at the next poll. */
    public void wakeAfterCommit() {
        jobs.wakeAfterCommit(this::runPending);
    }

    @Scheduled(every = "${dutyledger.packages.poll-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        runPending();
    }

    /** Builds claimable packages one after the other (never two at once on one instance); returns how many builds ran. */
    public synchronized int runPending() {
        return jobs.runPending(this::run);
    }

    private void run(long id) {
        String workerId = jobs.workerId();
        try {
            InspectionPackage p = QuarkusTransaction.requiringNew().call(() -> em.find(InspectionPackage.class, id));
            em.clear();
            currentUser.actAs(p.requester());
            PackageOrganizations.Org org = organizations.find(p.organizationId);
            var zone = LocalTimes.zone();
            PackageScope scope = new PackageScope(org.id(), org.path(), org.name(), p.from, p.to, p.subtree,
                    p.from.atStartOfDay(zone).toInstant(), p.to.plusDays(1).atStartOfDay(zone).toInstant());
            PackageBuilder.Built built = builder.build(p, scope, new Beat(id));
            try {
                completion.done(id, workerId, built, Instant.now().plus(java.time.Duration.ofDays(config.keepDays())));
            } finally {
                Files.deleteIfExists(built.zip());
            }
        } catch (Stopped e) {
            LOG.infof("inspection package %d: stopped (cancelled or taken over)", id);
        } catch (RuntimeException | IOException e) {
            LOG.errorf(e, "inspection package %d failed", id);
            try {
                completion.failed(id, workerId, e);
            } catch (RuntimeException again) {
                LOG.errorf(again, "inspection package %d: could not record the failure", id);
            }
        }
    }

    /**
     * The heartbeat after each file and every few MiB inside a long one: also the place where a cancelled or taken-over
     * job notices it.
     */
    private final class Beat implements PackageBuilder.Progress {
        private final long id;
        private long last = System.currentTimeMillis();

        Beat(long id) {
            this.id = id;
        }

        @Override
        public void fileDone() {
            long now = System.currentTimeMillis();
            if (now - last >= BEAT_EVERY_MILLIS) {
                beat(0);
                last = now;
            }
        }

        @Override
        public void stillWriting() {
            fileDone();
        }

        @Override
        public void partDone() {
            beat(1);
            last = System.currentTimeMillis();
        }

        private void beat(int partsDone) {
            if (!jobs.asHolder(BEAT, id, partsDone)) {
                throw new Stopped();
            }
        }
    }
}
