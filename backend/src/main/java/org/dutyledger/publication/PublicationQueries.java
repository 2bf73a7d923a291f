package org.dutyledger.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.channel.Channel;
import org.dutyledger.channel.ChannelRepository;
import org.dutyledger.common.AttachmentTransfer;
import org.dutyledger.common.SqlParams;
import org.dutyledger.common.SqlValues;
import org.dutyledger.common.Today;
import org.dutyledger.duty.DualDutyCoverage;
import org.dutyledger.duty.DutyRole;
import org.dutyledger.duty.HeldOn;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationQueries;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.person.PersonQueries;
import org.dutyledger.publication.review.ReviewPolicy;
import org.dutyledger.publication.review.ReviewPolicyVersion;
import org.dutyledger.security.CurrentUser;
import org.dutyledger.security.OrgScope;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads of publications, always through the visibility rule of PublicationAccess. */
@ApplicationScoped
public class PublicationQueries {

    public record ListFilter(Long channelId, Organization under, PublicationStatus status, String q) {
    }

    @Inject
    EntityManager em;

    @Inject
    PublicationRepository publications;

    @Inject
    PublicationAccess access;

    @Inject
    ReviewRules rules;

    @Inject
    OrgScope scope;

    @Inject
    CurrentUser user;

    @Inject
    OrganizationQueries organizationQueries;

    @Inject
    PersonQueries personQueries;

    @Inject
    OrganizationRepository organizations;

    @Inject
    ChannelRepository channels;

    public PublicationViews.Page list(ListFilter f, int page, int size) {
        SqlParams p = SqlParams.forJpa();
        StringBuilder where = new StringBuilder(" WHERE ").append(access.condition(p));
        if (f.channelId() != null) {
            where.append(" AND p.channel_id = ").append(p.bind(f.channelId()));
        }
        if (f.under() != null) {
            where.append(" AND o.path LIKE ").append(p.bind(f.under().path + "%"));
        }
        if (f.status() != null) {
            where.append(" AND p.status = ").append(p.bind(f.status().name()));
        }
        if (f.q() != null) {
            where.append(" AND lower(p.title) LIKE ").append(p.bind("%" + f.q().toLowerCase().replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%"));
        }
        String from = " FROM publication p JOIN organization o ON o.id = p.organization_id";
        @SuppressWarnings("unchecked")
        List<Publication> rows = p.applyTo(em.createNativeQuery("SELECT p.*" + from + where
                + " ORDER BY p.updated_at DESC, p.id DESC", Publication.class)).setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = OrganizationQueries.totalOf(page, size, rows.size(),
                () -> ((Number) p.applyTo(em.createNativeQuery("SELECT count(*)" + from + where)).getSingleResult()).longValue());
        return new PublicationViews.Page(summaries(rows), total, page, size);
    }

    /** Items waiting at a step the caller may approve today, oldest wait first. */
    public List<PublicationViews.Summary> myReviews() {
        Long me = user.personId();
        if (me == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Publication> candidates = em.createNativeQuery("""
                        SELECT p.* FROM publication p JOIN organization o ON o.id = p.organization_id
                        WHERE p.status = 'IN_REVIEW' AND %s
                          -- first the organizations where the caller holds a duty today (or covers by 一岗双责):
                          -- publication_org_idx then finds their items instead of checking every item in review
                          AND p.organization_id IN (%s UNION %s)
                          AND %s
                        ORDER BY p.step_entered_at, p.id""".formatted(ReviewRules.notAuthorSql("p", "?1"),
                        HeldOn.organizationsOf("?1", "?2"), DualDutyCoverage.organizationsCoveredBy("?1", "?2"),
                        HeldOn.holds("?1", "= (p.review_steps -> (p.current_step - 1) ->> 'role')", "p.organization_id",
                                "o.path", "?2")), Publication.class)
                .setParameter(1, me).setParameter(2, Today.date()).getResultList();
        // The SQL keeps the items the caller did not write (ReviewRules.notAuthorSql) whose current step's role the
        // caller holds today in the item's organization (or by 一岗双责 above it); approvableBy applies the review
        // rules (the author rule, one person one step) to all of them at once.
        return summaries(rules.approvableBy(candidates, me));
    }

    public PublicationViews.Detail detail(Publication p) {
        Organization org = organizations.require(p.organizationId);
        Channel channel = channels.require(p.channelId);
        List<PublicationReview> reviews = publications.reviews(p.id);
        Set<Long> people = new HashSet<>(List.of(p.authorPersonId));
        reviews.forEach(r -> people.add(r.reviewerPersonId));
        addIfSet(people, p.publishedByPersonId, p.retractedByPersonId);
        Map<Long, PublicationViews.PersonRef> names = people(people);
        List<PublicationViews.ReviewDecision> standing = reviews.stream().filter(r -> r.submission == p.submission
                && r.decision == PublicationReview.Decision.APPROVED && r.voidedAt == null).map(r -> decision(r, names)).toList();
        PublicationViews.ReviewDecision lastRejection = reviews.stream()
                .filter(r -> r.decision == PublicationReview.Decision.REJECTED).reduce((a, b) -> b).map(r -> decision(r, names)).orElse(null);
        return new PublicationViews.Detail(p.id, channelRef(channel), organizationQueries.refs(List.of(org.id)).get(org.id),
                p.title, p.summary, p.body, p.plannedPublishAt, p.scheduledPublishAt, p.status, review(p, org), names.get(p.authorPersonId),
                p.revisionNumber, p.contentHash.trim(), attachments(p.id), standing, lastRejection, allowedActions(p, org),
                p.publishedAt, names.get(p.publishedByPersonId), p.retractedAt, names.get(p.retractedByPersonId), p.retractReason,
                p.version, p.createdAt, p.updatedAt);
    }

    /** What the caller may do now; the same rules the transitions apply. */
    List<String> allowedActions(Publication p, Organization org) {
        List<String> out = new ArrayList<>();
        Long me = user.personId();
        boolean writer = scope.canWrite(org.path) && me != null;
        for (String action : p.status.actions) {
            boolean may = switch (action) {
                case "edit", "attach", "submit" -> writer;
                case "publish" -> scope.canWrite(org.path);
                case "withdraw" -> me != null && me == p.authorPersonId;
                case "approve" -> rules.canReview(p, org, me, publications.standingApprovals(p), true);
                case "reject" -> rules.canReview(p, org, me, publications.standingApprovals(p), false);
                case "retract" -> me != null && rules.holds(org, me, DutyRole.FIRST_RESPONSIBLE,
                        DutyRole.DIRECT_RESPONSIBLE);
                default -> false;
            };
            if (may) {
                out.add(action);
            }
        }
        return out;
    }

    public List<PublicationViews.Attachment> attachments(long publicationId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, file_name, media_type, size_bytes, sha256, uploaded_at"
                + " FROM publication_attachment WHERE publication_id = ?1 AND removed_at IS NULL ORDER BY id")
                .setParameter(1, publicationId).getResultList();
        return rows.stream().map(r -> new PublicationViews.Attachment(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                ((Number) r[3]).longValue(), ((String) r[4]).trim(),
                "/api/v1/publications/" + publicationId + "/attachments/" + r[0], SqlValues.instant(r[5]))).toList();
    }

    /** Name, type and bytes of one attachment (also one removed since: old revisions name it). */
    public AttachmentTransfer.StoredFile attachmentContent(long publicationId, long attachmentId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT file_name, media_type, content, sha256 FROM publication_attachment"
                + " WHERE id = ?1 AND publication_id = ?2").setParameter(1, attachmentId).setParameter(2, publicationId).getResultList();
        if (rows.isEmpty()) {
            throw org.dutyledger.common.ProblemException.notFound("Attachment", attachmentId);
        }
        return AttachmentTransfer.StoredFile.of(rows.get(0));
    }

    public List<PublicationViews.Revision> revisions(Publication p) {
        List<PublicationRevision> rows = publications.revisions(p.id);
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> addIfSet(ids, r.authorPersonId));
        Map<Long, PublicationViews.PersonRef> names = people(ids);
        return rows.stream().map(r -> revision(r, names)).toList();
    }

    public PublicationViews.Comparison compare(Publication p, int from, int to) {
        PublicationRevision a = publications.revision(p.id, from);
        PublicationRevision b = publications.revision(p.id, to);
        return new PublicationViews.Comparison(from, to, a.contentHash.trim(), b.contentHash.trim(),
                LineDiff.of(LineDiff.textLines(a.title), LineDiff.textLines(b.title)),
                LineDiff.of(LineDiff.textLines(a.summary), LineDiff.textLines(b.summary)),
                LineDiff.of(LineDiff.htmlLines(a.body), LineDiff.htmlLines(b.body)),
                LineDiff.of(fileLines(a), fileLines(b)));
    }

    /** A row of the publication's journal (publication_transition), oldest first. */
    record Transition(String action, String fromStatus, String toStatus, int submission, Integer step, int revisionNumber,
                      String contentHash, Long actorPersonId, String actorUsername, String comment, Instant occurredAt) {
    }

    private List<Transition> transitions(long publicationId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT action, from_status, to_status, submission, step, revision_number,"
                + " content_hash, actor_person_id, actor_username, comment, occurred_at FROM publication_transition"
                + " WHERE publication_id = ?1 ORDER BY occurred_at, id").setParameter(1, publicationId).getResultList();
        return rows.stream().map(e -> new Transition((String) e[0], (String) e[1], (String) e[2], SqlValues.toInt(e[3]),
                e[4] == null ? null : SqlValues.toInt(e[4]), SqlValues.toInt(e[5]), ((String) e[6]).trim(),
                SqlValues.toLongOrNull(e[7]), (String) e[8], (String) e[9], SqlValues.instant(e[10]))).toList();
    }

    public PublicationViews.Trace trace(Publication p) {
        List<PublicationReview> reviews = publications.reviews(p.id);
        List<PublicationRevision> revisions = publications.revisions(p.id);
        List<PublicationViews.Event> timeline = new ArrayList<>();
        Set<Long> ids = new HashSet<>(List.of(p.authorPersonId));
        reviews.forEach(r -> ids.add(r.reviewerPersonId));
        revisions.forEach(r -> addIfSet(ids, r.authorPersonId));
        addIfSet(ids, p.publishedByPersonId, p.retractedByPersonId, p.scheduledByPersonId);
        List<Transition> events = transitions(p.id);
        events.forEach(e -> addIfSet(ids, e.actorPersonId()));
        Map<Long, PublicationViews.PersonRef> names = people(ids);
        Long scheduledBy = null;
        for (Transition e : events) {
            if ("scheduled".equals(e.action())) {
                scheduledBy = e.actorPersonId();
            }
            timeline.add(new PublicationViews.Event(e.action(), e.fromStatus(), e.toStatus(), e.submission(), e.step(),
                    e.revisionNumber(), e.contentHash(), e.actorPersonId() == null ? null : names.get(e.actorPersonId()),
                    e.actorUsername(), e.comment(), e.occurredAt()));
        }
        List<PublicationViews.ReviewDecision> decisions = reviews.stream().map(r -> decision(r, names)).toList();
        List<PublicationViews.ReviewDecision> approvals = reviews.stream().filter(r -> r.submission == p.submission
                        && r.decision == PublicationReview.Decision.APPROVED && r.voidedAt == null)
                .map(r -> decision(r, names)).toList();
        boolean online = p.status.isPublic();
        return new PublicationViews.Trace(summaries(List.of(p)).get(0), names.get(p.authorPersonId),
                revisions.stream().map(r -> revision(r, names)).toList(), approvals, decisions, p.revisionNumber,
                p.contentHash.trim(), online ? p.revisionNumber : null, online ? p.contentHash.trim() : null,
                reviewedUnder(p), p.publishedAt, names.get(p.publishedByPersonId),
                scheduledBy == null ? null : names.get(scheduledBy), p.retractedAt, names.get(p.retractedByPersonId),
                p.retractReason, timeline);
    }

    /** The policy version of the latest submission with who wrote it, so a changed policy shows in the trace. */
    private PublicationViews.ReviewedUnder reviewedUnder(Publication p) {
        if (p.reviewSteps == null) {
            return null;
        }
        ReviewPolicyVersion v = p.policyVersionId == null ? null : em.find(ReviewPolicyVersion.class, p.policyVersionId);
        if (v == null) {
            return new PublicationViews.ReviewedUnder("DEFAULT", null, null, null, null, p.reviewSteps,
                    Boolean.TRUE.equals(p.allowSamePerson), null, null);
        }
        ReviewPolicy policy = em.find(ReviewPolicy.class, v.policyId);
        Map<Long, PublicationViews.PersonRef> by = people(v.createdByPersonId == null ? List.of() : List.of(v.createdByPersonId));
        return new PublicationViews.ReviewedUnder(policy.channelId == null ? "ORGANIZATION" : "CHANNEL", policy.id, v.number,
                organizationQueries.refs(List.of(policy.organizationId)).get(policy.organizationId), policy.channelId,
                v.steps, v.allowSamePersonMultipleSteps, v.createdAt, by.get(v.createdByPersonId));
    }

    public List<PublicationViews.Summary> summaries(List<Publication> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, org.dutyledger.organization.OrganizationRef> orgs = organizationQueries.refs(
                rows.stream().map(p -> p.organizationId).distinct().toList());
        Map<Long, PublicationViews.ChannelRef> chans = new HashMap<>();
        channels.list("id in ?1", rows.stream().map(p -> p.channelId).distinct().toList())
                .forEach(c -> chans.put(c.id, channelRef(c)));
        Map<Long, PublicationViews.PersonRef> names = people(rows.stream().map(p -> p.authorPersonId).toList());
        return rows.stream().map(p -> new PublicationViews.Summary(p.id, chans.get(p.channelId), orgs.get(p.organizationId),
                p.title, p.status, p.currentStep, p.stepCount(), p.currentStep == null ? null : p.currentReviewStep().name(),
                names.get(p.authorPersonId), p.revisionNumber, p.plannedPublishAt, p.stepEnteredAt, p.publishedAt,
                p.version, p.updatedAt)).toList();
    }

    private PublicationViews.Review review(Publication p, Organization org) {
        if (p.reviewSteps == null) {
            return null;
        }
        return new PublicationViews.Review(p.submission, p.currentStep, p.stepCount(),
                p.currentStep == null ? null : p.currentReviewStep().name(),
                p.currentStep == null ? null : p.currentReviewStep().role(), p.stepEnteredAt, p.policyVersionId,
                Boolean.TRUE.equals(p.allowSamePerson), p.reviewSteps, stepHolders(p, org));
    }

    /**
     * Who can act on each step while the item is in review, by the rules the approval applies (ReviewRules.mayReview):
     * the holders of the step's role today, not an author of the item, and (unless the policy allows it) not someone
     * who approved another step of this round. So the names shown are the people the server lets act.
     */
    private List<PublicationViews.StepHolders> stepHolders(Publication p, Organization org) {
        if (p.status != PublicationStatus.IN_REVIEW) {
            return List.of();
        }
        List<PublicationReview> standing = publications.standingApprovals(p);
        Map<DutyRole, List<Long>> byRole = new HashMap<>();
        p.reviewSteps.forEach(step -> byRole.computeIfAbsent(step.role(), role -> rules.holdersToday(org, role).stream()
                .filter(person -> !rules.isAuthor(p, person)).sorted().toList()));
        Map<Long, PublicationViews.PersonRef> names = people(byRole.values().stream().flatMap(List::stream).toList());
        List<PublicationViews.StepHolders> out = new ArrayList<>();
        for (int i = 0; i < p.reviewSteps.size(); i++) {
            int step = i + 1;
            out.add(new PublicationViews.StepHolders(step, byRole.get(p.reviewSteps.get(i).role()).stream()
                    .filter(person -> Boolean.TRUE.equals(p.allowSamePerson) || standing.stream()
                            .noneMatch(r -> r.reviewerPersonId == person && r.step != step))
                    .map(names::get).filter(java.util.Objects::nonNull).toList()));
        }
        return out;
    }

    private static PublicationViews.ReviewDecision decision(PublicationReview r, Map<Long, PublicationViews.PersonRef> names) {
        return new PublicationViews.ReviewDecision(r.id, r.submission, r.step, r.stepName, r.role, r.decision.name(),
                names.get(r.reviewerPersonId), r.revisionNumber, r.contentHash.trim(),
                r.checklist.stream().map(a -> new PublicationRequests.Answer(a.item(), a.confirmed())).toList(),
                r.comment, r.decidedAt, r.voidedAt);
    }

    private static PublicationViews.Revision revision(PublicationRevision r, Map<Long, PublicationViews.PersonRef> names) {
        return new PublicationViews.Revision(r.number, r.title, r.summary, r.body, r.attachments.stream()
                .map(a -> new PublicationViews.RevisionAttachment(a.id(), a.fileName(), a.mediaType(), a.size(), a.sha256())).toList(),
                r.contentHash.trim(), r.authorPersonId == null ? null : names.get(r.authorPersonId), r.createdAt);
    }

    private static List<String> fileLines(PublicationRevision r) {
        return r.attachments.stream().map(a -> a.fileName() + "  sha256:" + a.sha256()).toList();
    }

    static PublicationViews.ChannelRef channelRef(Channel c) {
        return new PublicationViews.ChannelRef(c.id, c.name, c.type);
    }

    Map<Long, PublicationViews.PersonRef> people(Collection<Long> ids) {
        Map<Long, PublicationViews.PersonRef> out = new HashMap<>();
        personQueries.names(ids).forEach((id, name) -> out.put(id, new PublicationViews.PersonRef(id, name)));
        return out;
    }

    private static void addIfSet(Set<Long> ids, Long... values) {
        for (Long v : values) {
            if (v != null) {
                ids.add(v);
            }
        }
    }
}
