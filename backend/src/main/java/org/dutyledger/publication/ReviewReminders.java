package org.dutyledger.publication;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.dutyledger.notification.Notifications;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationRepository;

import java.time.Instant;
import java.util.List;

/**
 * Reminds the reviewers of items waiting longer than the configured time at one step. The item records which
 * round and step it reminded of, and the notification table refuses duplicates: nobody is reminded twice.
 */
@ApplicationScoped
public class ReviewReminders {

    @Inject
    EntityManager em;

    @Inject
    PublicationConfig config;

    @Inject
    PublicationRepository publications;

    @Inject
    OrganizationRepository organizations;

    @Inject
    ReviewRules rules;

    @Inject
    Notifications notifications;

    @Scheduled(every = "${dutyledger.publication.remind-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        remindOverdue();
    }

    /** Returns how many notifications were created. */
    @Transactional
    public int remindOverdue() {
        Instant waitingSince = Instant.now().minus(config.reminderAfter());
        @SuppressWarnings("unchecked")
        List<Publication> overdue = em.createNativeQuery("""
                        SELECT * FROM publication WHERE status = 'IN_REVIEW' AND step_entered_at <= ?1
                          AND (reminded_submission IS DISTINCT FROM submission OR reminded_step IS DISTINCT FROM current_step)
                        ORDER BY step_entered_at LIMIT 100 FOR UPDATE SKIP LOCKED""", Publication.class)
                .setParameter(1, waitingSince).getResultList();
        int sent = 0;
        for (Publication p : overdue) {
            Organization org = organizations.require(p.organizationId);
            List<PublicationReview> standing = publications.standingApprovals(p);
            for (Long person : rules.holdersToday(org, p.currentReviewStep().role())) {
                if (rules.canReview(p, org, person, standing, true)
                        && notifications.notifyOnce(person, p.organizationId, "REVIEW_REMINDER", "publication:" + p.id + ":" + p.submission + ":" + p.currentStep,
                        "待审核提醒：《" + p.title + "》已在「" + p.currentReviewStep().name() + "」等待超过 "
                                + config.reminderAfter().toHours() + " 小时", "/publications/" + p.id)) {
                    sent++;
                }
            }
            // Marking the item is not a change of its content or state: no version bump, no audit event.
            em.createNativeQuery("UPDATE publication SET reminded_submission = submission, reminded_step = current_step WHERE id = ?1")
                    .setParameter(1, p.id).executeUpdate();
        }
        return sent;
    }
}
