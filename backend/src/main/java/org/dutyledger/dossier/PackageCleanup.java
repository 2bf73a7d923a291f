package org.dutyledger.dossier;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Deletes the zips of expired packages, batch by batch (the row stays: the list shows the package, its download
 * answers 410), each batch one short transaction whose rows are
 * claimed FOR UPDATE SKIP LOCKED so several instances can clean at once. Housekeeping, not a change of the ledger:
 * no audit event (the package.built event stays in the chain for good).
 */
@ApplicationScoped
public class PackageCleanup {

    private static final Logger LOG = Logger.getLogger(PackageCleanup.class);
    static final int BATCH = 50;

    @Inject
    EntityManager em;

    @Inject
    PackageStore store;

    @Scheduled(every = "${dutyledger.packages.cleanup-every:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        int n = prune();
        if (n > 0) {
            LOG.infof("inspection package cleanup: deleted the zips of %d expired packages", n);
        }
    }

    /** Deletes the zip of every package whose expiry has passed; returns how many. */
    public int prune() {
        int total = 0;
        int n;
        do {
            n = QuarkusTransaction.requiringNew().call(() -> {
                @SuppressWarnings("unchecked")
                List<Number> ids = em.createNativeQuery("""
                        SELECT f.package_id FROM inspection_package_files f JOIN inspection_packages p ON p.id = f.package_id
                        WHERE p.expires_at < now() ORDER BY f.package_id LIMIT ?1 FOR UPDATE OF f SKIP LOCKED""")
                        .setParameter(1, BATCH).getResultList();
                for (Number id : ids) {
                    store.delete(id.longValue());
                }
                return ids.size();
            });
            total += n;
        } while (n == BATCH);
        return total;
    }
}
