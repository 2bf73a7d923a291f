package org.dutyledger.integration.jobs;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongConsumer;

/**
 * The jobs of one table, run in the background by whichever instance claims them first. A job is claimed in a
 * transaction of its own with FOR UPDATE SKIP LOCKED and kept by a heartbeat; a job whose holder stayed silent longer
 * than the lease (it died) is claimed again by the next worker that looks. Writes that advance or end a job go through
 * {@link #asHolder}, so a worker that lost its job (taken over, cancelled) changes nothing. The owner keeps its SQL
 * ({@link JobTable}), what a claim resets, and what ending a job writes (its audit events among it).
 */
public final class LeasedJobs {

    private static final Logger LOG = Logger.getLogger(LeasedJobs.class);

    private final String name;
    private final String workerId;
    private final JobTable table;
    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;

    /** Runs the owner's pass right after the transaction that queued a job; a plain thread, so no request context leaks into it. */
    private final ExecutorService wakeUps;

    /**
     * @param name         the jobs' name in logs and in the wake-up thread's name ("import", "package")
     * @param workerPrefix this instance's name in claimed_by is the prefix and a random UUID
     */
    public LeasedJobs(String name, String workerPrefix, JobTable table, EntityManager em,
                      TransactionSynchronizationRegistry transactions) {
        this.name = name;
        this.workerId = workerPrefix + UUID.randomUUID();
        this.table = table;
        this.em = em;
        this.transactions = transactions;
        this.wakeUps = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name + "-wake-up");
            t.setDaemon(true);
            return t;
        });
    }

    /** This instance's name in claimed_by. */
    public String workerId() {
        return workerId;
    }

    /**
     * Runs {@code runPending} as soon as the current transaction has committed, instead of at the next poll. Safe next
     * to the poll and to other instances: jobs are claimed FOR UPDATE SKIP LOCKED.
     */
    public void wakeAfterCommit(Runnable runPending) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    wakeUps.execute(() -> {
                        try {
                            runPending.run();
                        } catch (RuntimeException e) {
                            LOG.warnf(e, "%s wake-up failed; the next poll takes the job", name);
                        }
                    });
                }
            }
        });
    }

    /** Claims jobs one at a time and hands each to {@code work} inside a request context, until none is left; returns how many ran. */
    public int runPending(LongConsumer work) {
        int ran = 0;
        Long id;
        while ((id = claim()) != null) {
            inRequestContext(id, work);
            ran++;
        }
        return ran;
    }

    private Long claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Number> ids = em.createNativeQuery(table.nextClaimable())
                    .setParameter(1, (double) table.lease().toSeconds()).getResultList();
            if (ids.isEmpty()) {
                return null;
            }
            long id = ids.get(0).longValue();
            em.createNativeQuery(table.take()).setParameter(1, workerId).setParameter(2, id).executeUpdate();
            return id;
        });
    }

    /** The scheduler may have activated a request context already; otherwise the job brings its own. */
    private static void inRequestContext(long id, LongConsumer work) {
        ManagedContext context = Arc.container().requestContext();
        boolean activated = !context.isActive();
        if (activated) {
            context.activate();
        }
        try {
            work.accept(id);
        } finally {
            if (activated) {
                context.terminate();
            }
        }
    }

    /**
     * Runs the owner's {@code update} in a transaction of its own, with {@code ?1} the job, {@code ?2} this worker and
     * {@code ?3}… the further values; its WHERE names both, so it changes nothing unless this worker still holds the
     * job. Returns whether it still did.
     */
    public boolean asHolder(String update, long id, Object... more) {
        if (!update.contains("claimed_by = ?2")) {
            throw new IllegalArgumentException("a holder's write must name its holder (claimed_by = ?2): " + update);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Query q = em.createNativeQuery(update).setParameter(1, id).setParameter(2, workerId);
            for (int i = 0; i < more.length; i++) {
                q.setParameter(i + 3, more[i]);
            }
            return q.executeUpdate() == 1;
        });
    }
}
