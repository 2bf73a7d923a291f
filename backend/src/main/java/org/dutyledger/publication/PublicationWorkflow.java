package org.dutyledger.publication;

import java.util.Map;
import org.dutyledger.common.FieldCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;
import org.dutyledger.audit.Changes;
import org.dutyledger.channel.ChannelRepository;
import org.dutyledger.channel.ChannelStatus;
import org.dutyledger.common.Problem;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.Texts;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.publication.review.PolicySnapshot;
import org.dutyledger.publication.review.ReviewPolicyService;
import org.dutyledger.publication.review.ReviewStep;
import org.dutyledger.security.CurrentUser;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The review workflow. Each transition locks the item row, so concurrent transitions queue; the first one
 * moves the version on and every later one based on the old version gets 409.
 */
@ApplicationScoped
public class PublicationWorkflow {

    @Inject
    PublicationRepository publications;

    @Inject
    OrganizationRepository organizations;

    @Inject
    ChannelRepository channels;

    @Inject
    PublicationAccess access;

    @Inject
    ReviewRules rules;

    @Inject
    ReviewPolicyService policies;

    @Inject
    PublicationJournal journal;

    @Inject
    CurrentUser user;

    @Inject
    ReviewNotices notices;

    @Transactional
    public Publication submit(long id, PublicationRequests.Transition req) {
        Publication p = locked(id, req.version(), "submit");
        Organization org = organizations.require(p.organizationId);
        access.requireWrite(p, org);
        channelStillOpen(p);
        PolicySnapshot policy = policies.effective(org, p.channelId);
        p.submission++;
        p.policyVersionId = policy.policyVersionId();
        p.reviewSteps = policy.steps();
        p.allowSamePerson = policy.allowSamePersonMultipleSteps();
        p.status = PublicationStatus.IN_REVIEW;
        p.currentStep = 1;
        p.stepEnteredAt = p.submittedAt = Instant.now();
        p.updatedAt = Instant.now();
        journal.record(p, "submitted", PublicationStatus.DRAFT, 1, null, Changes.create()
                .put("submission", null, (long) p.submission)
                .put("policy", null, policy.source() + (policy.versionNumber() == null ? "" : " v" + policy.versionNumber())));
        notices.arrivedAtStep(p);
        return p;
    }

    /**
     * 保存并提交审核: the save and the submission in one transaction, so a refused submission (a closed channel, say)
     * undoes the save too and the editor is told why, with nothing half-done.
     */
    @Transactional
    public Publication saveAndSubmit(Supplier<Publication> save) {
        Publication p = save.get();
        publications.getEntityManager().flush(); // the save's new version is the one the submission names
        return submit(p.id, new PublicationRequests.Transition(p.version));
    }

    @Transactional
    public Publication approve(long id, PublicationRequests.Approve req) {
        Publication p = locked(id, req.version(), "approve");
        Organization org = organizations.require(p.organizationId);
        long me = rules.requirePerson(user.personId());
        List<PublicationReview> standing = publications.standingApprovals(p);
        rules.mayReview(p, org, me, standing, true);
        ReviewStep step = p.currentReviewStep();
        List<PublicationReview.ChecklistAnswer> answers = everyItemConfirmed(step, req.checklist());
        int reviewed = p.currentStep;
        decide(p, step, me, PublicationReview.Decision.APPROVED, answers, Texts.clean(req.comment()));
        if (reviewed < p.stepCount()) {
            p.currentStep = reviewed + 1;
            p.stepEnteredAt = Instant.now();
        } else {
            p.status = PublicationStatus.APPROVED;
            p.currentStep = null;
            p.stepEnteredAt = null;
            p.approvedAt = Instant.now();
        }
        p.updatedAt = Instant.now();
        journal.record(p, "approved", PublicationStatus.IN_REVIEW, reviewed, Texts.clean(req.comment()), Changes.create()
                .put("step", null, reviewed + "/" + p.stepCount() + " " + step.name()));
        notices.approved(p, reviewed, step.name(), Texts.clean(req.comment()));
        if (p.status == PublicationStatus.IN_REVIEW) {
            notices.arrivedAtStep(p);
        }
        return p;
    }

    @Transactional
    public Publication reject(long id, PublicationRequests.Reject req) {
        Publication p = locked(id, req.version(), "reject");
        Organization org = organizations.require(p.organizationId);
        long me = rules.requirePerson(user.personId());
        rules.mayReview(p, org, me, publications.standingApprovals(p), false);
        String comment = Texts.clean(req.comment());
        if (comment == null) {
            throw ProblemException.invalid("comment", FieldCode.REQUIRED);
        }
        int reviewed = p.currentStep;
        String stepName = p.currentReviewStep().name();
        decide(p, p.currentReviewStep(), me, PublicationReview.Decision.REJECTED, List.of(), comment);
        endRound(p);
        backToDraft(p);
        journal.record(p, "rejected", PublicationStatus.IN_REVIEW, reviewed, comment, Changes.create()
                .put("step", null, (long) reviewed).put("comment", null, comment));
        notices.rejected(p, reviewed, stepName, comment);
        return p;
    }

    @Transactional
    public Publication withdraw(long id, PublicationRequests.Transition req) {
        Publication p = locked(id, req.version(), "withdraw");
        long me = rules.requirePerson(user.personId());
        if (p.authorPersonId != me) {
            throw ReviewRules.forbiddenActor(ReviewRules.ONLY_AUTHOR_WITHDRAWS, Map.of("publicationId", id));
        }
        Integer step = p.currentStep;
        endRound(p);
        backToDraft(p);
        journal.record(p, "withdrawn", PublicationStatus.IN_REVIEW, step, null, Changes.create());
        return p;
    }

    @Transactional
    public Publication publish(long id, PublicationRequests.Publish req) {
        Publication p = locked(id, req.version(), "publish");
        Organization org = organizations.require(p.organizationId);
        access.requireWrite(p, org);
        everyStepApprovedForTheCurrentRevision(p);
        channelStillOpen(p);
        if (req.when() == PublicationRequests.When.PLANNED) {
            if (p.plannedPublishAt == null || !p.plannedPublishAt.isAfter(Instant.now())) {
                throw ProblemException.invalid("plannedPublishAt", FieldCode.MUST_BE_FUTURE);
            }
            p.scheduledPublishAt = p.plannedPublishAt;
            p.scheduledByPersonId = user.personId();
            p.updatedAt = Instant.now();
            journal.record(p, "scheduled", PublicationStatus.APPROVED, null, null, Changes.create()
                    .put("scheduledPublishAt", null, p.scheduledPublishAt));
            return p;
        }
        goOnline(p, user.personId());
        return p;
    }

    /** Used by the scheduler too: the approvals are checked again at the moment the item goes online. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void goOnline(Publication p, Long publisher) {
        everyStepApprovedForTheCurrentRevision(p);
        p.status = PublicationStatus.PUBLISHED;
        p.publishedAt = Instant.now();
        p.publishedByPersonId = publisher;
        p.updatedAt = Instant.now();
        Instant scheduled = p.scheduledPublishAt;
        journal.record(p, "published", PublicationStatus.APPROVED, null, null, Changes.create()
                .put("scheduledPublishAt", scheduled, null));
        notices.published(p, publisher);
    }

    @Transactional
    public Publication retract(long id, PublicationRequests.Retract req) {
        Publication p = locked(id, req.version(), "retract");
        Organization org = organizations.require(p.organizationId);
        long me = rules.requirePerson(user.personId());
        rules.mayRetract(org, me);
        String reason = Texts.clean(req.reason());
        if (reason == null) {
            throw ProblemException.invalid("reason", FieldCode.REQUIRED);
        }
        p.status = PublicationStatus.RETRACTED;
        p.retractedAt = Instant.now();
        p.retractedByPersonId = me;
        p.retractReason = reason;
        p.updatedAt = Instant.now();
        journal.record(p, "retracted", PublicationStatus.PUBLISHED, null, reason, Changes.create().put("reason", null, reason));
        return p;
    }

    /** No item goes online without an approval of every step bound to exactly the revision going online. */
    void everyStepApprovedForTheCurrentRevision(Publication p) {
        List<String> missing = missingApprovals(p);
        if (!missing.isEmpty()) {
            throw new ProblemException(409, "approvals-missing", "Approvals missing",
                    ProblemException.detail("信息 " + p.id + " 第 " + p.revisionNumber + " 版缺少步骤 "
                            + String.join("、", missing) + " 的审批，不能发布",
                            "Publication " + p.id + " revision " + p.revisionNumber + " lacks the approval of step(s) "
                            + String.join(", ", missing) + "; it cannot be published"));
        }
    }

    /** The steps without a standing approval of the current revision (by number and name). */
    public List<String> missingApprovals(Publication p) {
        if (p.stepCount() == 0) {
            return List.of("(the item was never reviewed)");
        }
        List<PublicationReview> standing = publications.standingApprovals(p);
        List<String> missing = new ArrayList<>();
        for (int step = 1; step <= p.stepCount(); step++) {
            int s = step;
            boolean approved = standing.stream().anyMatch(r -> r.step == s && r.contentHash.trim().equals(p.contentHash.trim())
                    && r.revisionNumber == p.revisionNumber);
            if (!approved) {
                missing.add(s + " (" + p.reviewSteps.get(s - 1).name() + ")");
            }
        }
        return missing;
    }

    private void decide(Publication p, ReviewStep step, long reviewer, PublicationReview.Decision decision,
                        List<PublicationReview.ChecklistAnswer> answers, String comment) {
        PublicationReview r = new PublicationReview();
        r.publicationId = p.id;
        r.submission = p.submission;
        r.step = p.currentStep;
        r.stepName = step.name();
        r.role = step.role();
        r.decision = decision;
        r.reviewerPersonId = reviewer;
        r.revisionNumber = p.revisionNumber;
        r.contentHash = p.contentHash;
        r.checklist = answers;
        r.comment = comment;
        r.decidedAt = Instant.now();
        publications.getEntityManager().persist(r);
    }

    /** Each item of the step's checklist, in order, answered true; the first one that is not is named. */
    static List<PublicationReview.ChecklistAnswer> everyItemConfirmed(ReviewStep step, List<PublicationRequests.Answer> given) {
        List<PublicationReview.ChecklistAnswer> out = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < step.checklist().size(); i++) {
            String item = step.checklist().get(i);
            boolean confirmed = given != null && given.stream().anyMatch(a -> a != null && item.equals(Texts.clean(a.item())) && a.confirmed());
            if (!confirmed) {
                errors.add(Problem.FieldError.of("checklist[" + i + "]", FieldCode.NOT_CONFIRMED, Map.of("item", item)));
            }
            out.add(new PublicationReview.ChecklistAnswer(item, confirmed));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(422, "checklist-incomplete", "Checklist incomplete",
                    ProblemException.detail("请确认步骤 " + step.name() + " 的每个检查项；未确认：" + errors.get(0).message(),
                            "Confirm every checklist item of step " + step.name() + "; missing: " + errors.get(0).message()), errors);
        }
        return out;
    }

    private void channelStillOpen(Publication p) {
        if (channels.require(p.channelId).status == ChannelStatus.CLOSED) {
            throw ProblemException.conflict("阵地 " + p.channelId + " 已关闭，不再发布任何内容",
                    "Channel " + p.channelId + " is closed; nothing more goes online there");
        }
    }

    private Publication locked(long id, Long version, String action) {
        Publication p = publications.requireLocked(id);
        access.requireVisible(p, organizations.require(p.organizationId));
        checkVersion(p, version);
        requireAllowed(p, action);
        return p;
    }

    /** A rejected or withdrawn round is over: its approvals stop counting (a resubmission starts at step 1). */
    private void endRound(Publication p) {
        publications.getEntityManager().flush();
        publications.getEntityManager().createNativeQuery("UPDATE publication_review SET voided_at = now() WHERE publication_id = ?1"
                        + " AND submission = ?2 AND decision = 'APPROVED' AND voided_at IS NULL")
                .setParameter(1, p.id).setParameter(2, p.submission).executeUpdate();
    }

    static void backToDraft(Publication p) {
        p.status = PublicationStatus.DRAFT;
        p.currentStep = null;
        p.stepEnteredAt = null;
        p.scheduledPublishAt = null;
        p.scheduledByPersonId = null;
        p.updatedAt = Instant.now();
    }

    static void checkVersion(Publication p, Long version) {
        if (version != null && version != p.version) {
            throw ProblemException.versionConflict("Publication", p.id, version, p.version);
        }
    }

    static void requireAllowed(Publication p, String action) {
        if (!p.status.allows(action)) {
            throw new ProblemException(409, "invalid-transition", "Invalid transition",
                    ProblemException.detail("信息 " + p.id + " 的状态是 " + p.status + "，不能执行「" + action + "」。可执行的操作："
                            + (p.status.actions.isEmpty() ? "无" : String.join(", ", p.status.actions)),
                            "Publication " + p.id + " is " + p.status + "; '" + action + "' is not possible there. Allowed actions: "
                            + (p.status.actions.isEmpty() ? "none" : String.join(", ", p.status.actions))));
        }
    }
}
