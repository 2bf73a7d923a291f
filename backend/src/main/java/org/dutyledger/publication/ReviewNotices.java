package org.dutyledger.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.dutyledger.common.Today;
import org.dutyledger.duty.DutyRole;
import org.dutyledger.duty.HeldOn;
import org.dutyledger.notification.Notifications;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.publication.review.ReviewStep;

import java.util.List;

/**
 * Tells people at once when review work reaches them: the holders of a step when the item arrives there, the author
 * when a step approves, rejects (with the comment) or the item goes online. Written in the transition's transaction;
 * a notification is once per item, round, step and kind, so nothing is told twice.
 */
@ApplicationScoped
public class ReviewNotices {

    public static final String REVIEW_REQUESTED = "REVIEW_REQUESTED";
    public static final String APPROVED = "PUBLICATION_APPROVED";
    public static final String REJECTED = "PUBLICATION_REJECTED";
    public static final String PUBLISHED = "PUBLICATION_PUBLISHED";

    @Inject
    EntityManager em;

    @Inject
    ReviewRules rules;

    @Inject
    OrganizationRepository organizations;

    @Inject
    Notifications notifications;

    /** The item has just entered its current step: everyone whose review inbox now lists it is told. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void arrivedAtStep(Publication p) {
        ReviewStep step = p.currentReviewStep();
        String title = "待审核：《" + p.title + "》已进入「" + step.name() + "」（第 " + p.currentStep + "/" + p.stepCount()
                + " 步），请审核";
        for (long reviewer : reviewersOfCurrentStep(p)) {
            notifications.notifyOnce(reviewer, p.organizationId, REVIEW_REQUESTED, round(p, p.currentStep), title, link(p));
        }
    }

    /** A step approved the item (the last one: it may go online now). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void approved(Publication p, int step, String stepName, String comment) {
        String title = (p.status == PublicationStatus.APPROVED ? "审核通过：《" + p.title + "》已通过全部审核，可以发布"
                : "审核进展：《" + p.title + "》已通过「" + stepName + "」") + withComment(comment);
        notifications.notifyOnce(p.authorPersonId, p.organizationId, APPROVED, round(p, step), title, link(p));
    }

    /** A step returned the item to its author; the comment says why. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rejected(Publication p, int step, String stepName, String comment) {
        notifications.notifyOnce(p.authorPersonId, p.organizationId, REJECTED, round(p, step),
                "审核退回：《" + p.title + "》在「" + stepName + "」被退回" + withComment(comment), link(p));
    }

    /** The item went online; the author is told unless they published it themselves. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void published(Publication p, Long publisher) {
        if (publisher != null && publisher == p.authorPersonId) {
            return;
        }
        notifications.notifyOnce(p.authorPersonId, p.organizationId, PUBLISHED, "publication:" + p.id + ":" + p.submission,
                "已发布：《" + p.title + "》已发布", link(p));
    }

    /**
     * The people who may act on the item's current step now, found as the review inbox finds its items
     * ({@link PublicationQueries#myReviews}): not an author ({@link ReviewRules#notAuthorSql}), holding the step's role
     * in the item's organization today or covering it by 一岗双责 ({@link HeldOn#holds}), then the inbox's review rules
     * ({@link ReviewRules#approvableBy}: one person, one step).
     */
    List<Long> reviewersOfCurrentStep(Publication p) {
        Organization org = organizations.require(p.organizationId);
        String role = p.currentReviewStep().role().name();
        em.flush();
        @SuppressWarnings("unchecked")
        List<Number> candidates = em.createNativeQuery("SELECT DISTINCT h.person_id FROM (" + HeldOn.holdersOf("?1", "?2")
                        + " UNION " + HeldOn.holdersOf("'" + DutyRole.MEMBER_DUAL_DUTY.name() + "'", "?2")
                        + ") h, publication p WHERE p.id = ?3 AND " + ReviewRules.notAuthorSql("p", "h.person_id")
                        + " AND " + HeldOn.holds("h.person_id", "= ?1", "?4", "?5", "?2") + " ORDER BY h.person_id")
                .setParameter(1, role).setParameter(2, Today.date()).setParameter(3, p.id).setParameter(4, org.id)
                .setParameter(5, org.path).getResultList();
        return candidates.stream().map(Number::longValue)
                .filter(person -> !rules.approvableBy(List.of(p), person).isEmpty()).toList();
    }

    private static String round(Publication p, int step) {
        return "publication:" + p.id + ":" + p.submission + ":" + step;
    }

    private static String link(Publication p) {
        return "/publications/" + p.id;
    }

    private static String withComment(String comment) {
        return comment == null ? "" : "。审核意见：" + comment;
    }
}
