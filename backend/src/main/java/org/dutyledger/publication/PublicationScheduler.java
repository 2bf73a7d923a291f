package org.dutyledger.publication;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Publishes approved items whose planned time has come. Several instances may run it: each claims due rows
 * with FOR UPDATE SKIP LOCKED, so an item is published once. At start it catches up what came due while
 * the service was down.
 */
@ApplicationScoped
public class PublicationScheduler {

    private static final Logger LOG = Logger.getLogger(PublicationScheduler.class);
    static final int BATCH = 50;

    @Inject
    EntityManager em;

    @Inject
    PublicationWorkflow workflow;

    void catchUpAtStart(@Observes StartupEvent start) {
        int published = publishDue();
        if (published > 0) {
            LOG.infof("Published %d item(s) whose planned time passed while the service was down", published);
        }
    }

    @Scheduled(every = "${dutyledger.publication.publish-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        publishDue();
    }

    /** Publishes every due item; returns how many went online. */
    @Transactional
    public int publishDue() {
        @SuppressWarnings("unchecked")
        List<Publication> due = em.createNativeQuery("""
                        SELECT * FROM publication WHERE status = 'APPROVED' AND scheduled_publish_at <= now()
                        ORDER BY scheduled_publish_at, id LIMIT %d FOR UPDATE SKIP LOCKED""".formatted(BATCH), Publication.class)
                .getResultList();
        int published = 0;
        for (Publication p : due) {
            List<String> missing = workflow.missingApprovals(p);
            if (missing.isEmpty()) {
                workflow.goOnline(p, p.scheduledByPersonId);
                published++;
            } else {
                // Missing approvals (tampering, a policy bug): the item stays APPROVED and unscheduled, for a person to look at.
                LOG.warnf("Scheduled publication %d not published: no approval of step(s) %s", p.id, missing);
                p.scheduledPublishAt = null;
            }
        }
        return published;
    }
}
