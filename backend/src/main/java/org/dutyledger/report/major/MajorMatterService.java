package org.dutyledger.report.major;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.dutyledger.audit.AuditTrail;
import org.dutyledger.audit.Changes;
import org.dutyledger.channel.Channel;
import org.dutyledger.channel.ChannelRepository;
import org.dutyledger.common.FieldCode;
import org.dutyledger.common.FileChecks;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.Texts;
import org.dutyledger.common.VersionedAction;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.publication.Publication;
import org.dutyledger.publication.PublicationRepository;
import org.dutyledger.security.CurrentUser;
import org.dutyledger.security.OrgScope;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Major-matter reports: filed by the organization's staff to an organization above it, acknowledged, followed up by
 * either side, closed with a conclusion or forwarded further up by the current recipient. Every step is checked
 * against the caller's scope, bumps the version, and writes its audit event (hence its outbox event, of the same
 * type) and its notifications in its own transaction.
 */
@ApplicationScoped
public class MajorMatterService {

    static final String ENTITY = "major-matter";

    /** Client clocks run a little ahead; a time this close to now is not "in the future". */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    @Inject
    EntityManager em;

    @Inject
    OrgScope scope;

    @Inject
    CurrentUser user;

    @Inject
    OrganizationRepository organizations;

    @Inject
    PublicationRepository publications;

    @Inject
    ChannelRepository channels;

    @Inject
    AuditTrail audit;

    @Inject
    MajorMatterLimits limits;

    @Inject
    MajorMatterNotices notices;

    @Inject
    MajorMatterConfig config;

    /** A matter the caller may see (reporting organization's or a recipient's readers, admins, auditors); 404 otherwise. */
    public MajorMatter get(long id) {
        MajorMatter m = em.find(MajorMatter.class, id);
        if (m == null || !visible(m)) {
            throw ProblemException.notFound("Major matter", id);
        }
        return m;
    }

    boolean visible(MajorMatter m) {
        if (scope.canRead(organizations.require(m.organizationId).path)) {
            return true;
        }
        return recipientIds(m.id).stream().anyMatch(org -> scope.canRead(organizations.require(org).path));
    }

    @Transactional
    public MajorMatter file(MajorMatterRequests.File req) {
        Organization org = organizations.findById(req.organizationId());
        scope.requireActingFor("organizationId", req.organizationId(), org == null ? null : org.path);
        org.requireActive("organizationId");
        Organization recipient = above(org, req.recipientOrganizationId() == null ? org.parentId : req.recipientOrganizationId(),
                "recipientOrganizationId");
        Instant now = Instant.now();
        if (req.occurredAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw ProblemException.invalid("occurredAt", FieldCode.NOT_A_FUTURE_TIME);
        }
        if (req.learnedAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw ProblemException.invalid("learnedAt", FieldCode.NOT_A_FUTURE_TIME);
        }
        if (req.learnedAt().isBefore(req.occurredAt())) {
            throw ProblemException.invalid("learnedAt", FieldCode.BEFORE_START, Map.of("start", "occurredAt"));
        }
        MajorMatter m = new MajorMatter();
        m.organizationId = org.id;
        m.recipientOrganizationId = recipient.id;
        m.category = req.category();
        m.title = required("title", req.title());
        m.description = required("description", req.description());
        m.occurredAt = req.occurredAt();
        m.learnedAt = req.learnedAt();
        m.actionsTaken = Texts.clean(req.actionsTaken());
        m.publicationId = ownPublication(org, req.publicationId());
        m.channelId = ownChannel(org, req.channelId());
        MajorMatterViews.Limits limit = limits.of(recipient.id);
        m.status = MajorMatterStatus.REPORTED;
        m.reportedAt = now;
        m.reportedByPersonId = user.personId();
        m.reportedByName = user.displayName();
        m.reportDeadline = MajorMatterDeadlines.reportDeadline(m.learnedAt, limit.reportHours());
        m.late = MajorMatterDeadlines.late(m.reportedAt, m.reportDeadline);
        m.ackDeadline = MajorMatterDeadlines.ackDeadline(now, limit.ackHours());
        m.createdAt = m.updatedAt = now;
        em.persist(m);
        em.flush();
        addRecipient(m, recipient.id, now, null);
        audit.record("major-matter.reported", ENTITY, m.id, org.id, Changes.create()
                .put("recipientOrganizationId", null, recipient.id).put("category", null, m.category)
                .put("title", null, m.title).put("occurredAt", null, m.occurredAt).put("learnedAt", null, m.learnedAt)
                .put("publicationId", null, m.publicationId).put("channelId", null, m.channelId)
                .put("reportDeadline", null, m.reportDeadline).put("late", null, m.late)
                .put("ackDeadline", null, m.ackDeadline), event(m, notices.toRecipient(m, "major-matter.reported",
                "major-matter:" + m.id + ":reported:" + recipient.id,
                "重大事项报告：" + org.name + "报告《" + m.title + "》" + (m.late ? "（超时报告）" : "") + "，请于 "
                        + local(m.ackDeadline) + " 前确认收到", user.personId())));
        return m;
    }

    @Transactional
    public MajorMatter acknowledge(long id, VersionedAction req) {
        MajorMatter m = get(id);
        requireRecipient(m, "确认收到");
        lock(m, req.version());
        if (m.status != MajorMatterStatus.REPORTED) {
            throw MajorMatterProblems.transition(m.status, MajorMatterStatus.ACKNOWLEDGED.name());
        }
        Instant now = Instant.now();
        m.status = MajorMatterStatus.ACKNOWLEDGED;
        m.acknowledgedAt = now;
        m.acknowledgedByPersonId = user.personId();
        m.acknowledgedByName = user.displayName();
        m.updatedAt = now;
        em.flush();
        Set<Long> told = notices.toReporter(m, "major-matter.acknowledged", "major-matter:" + m.id + ":acknowledged:"
                + m.recipientOrganizationId, "重大事项《" + m.title + "》已由" + recipientName(m) + "确认收到", user.personId());
        audit.record("major-matter.acknowledged", ENTITY, m.id, m.organizationId, Changes.create()
                .put("status", MajorMatterStatus.REPORTED, m.status).put("acknowledgedAt", null, now)
                .put("ackOverdue", null, MajorMatterDeadlines.ackOverdue(m, now)), event(m, told));
        return m;
    }

    /** A follow-up from either side; the first one after acknowledgement starts the handling. Returns its id. */
    @Transactional
    public long followUp(long id, MajorMatterRequests.FollowUp req) {
        MajorMatter m = get(id);
        long side = side(m);
        lock(m, req.version());
        if (m.status != MajorMatterStatus.ACKNOWLEDGED && m.status != MajorMatterStatus.HANDLING) {
            throw MajorMatterProblems.transition(m.status, MajorMatterStatus.HANDLING.name());
        }
        String text = required("text", req.text());
        Instant now = Instant.now();
        long followUpId = ((Number) em.createNativeQuery("INSERT INTO major_matter_follow_up (matter_id, organization_id,"
                        + " author_person_id, author_name, text, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id")
                .setParameter(1, m.id).setParameter(2, side).setParameter(3, user.personId()).setParameter(4, user.displayName())
                .setParameter(5, text).setParameter(6, now.atOffset(ZoneOffset.UTC)).getSingleResult()).longValue();
        MajorMatterStatus before = m.status;
        m.status = MajorMatterStatus.HANDLING;
        m.updatedAt = now;
        em.flush();
        String subject = "major-matter:" + m.id + ":follow-up:" + followUpId;
        String notice = "重大事项《" + m.title + "》有新的跟进：" + organizations.require(side).name;
        Set<Long> told = side == m.organizationId && side != m.recipientOrganizationId
                ? notices.toRecipient(m, "major-matter.followed-up", subject, notice, user.personId())
                : notices.toReporter(m, "major-matter.followed-up", subject, notice, user.personId());
        Map<String, Object> data = event(m, told);
        data.put("followUpId", followUpId);
        audit.record("major-matter.followed-up", ENTITY, m.id, m.organizationId, Changes.create()
                .put("status", before, m.status).put("followUpId", null, followUpId).put("side", null, side)
                .put("textLength", null, (long) text.length()), data);
        return followUpId;
    }

    @Transactional
    public MajorMatterViews.Attachment addAttachment(long id, long followUpId, String fileName, String declaredType, byte[] content) {
        MajorMatter m = get(id);
        @SuppressWarnings("unchecked")
        List<Number> sides = em.createNativeQuery("SELECT organization_id FROM major_matter_follow_up WHERE id = ?1 AND matter_id = ?2")
                .setParameter(1, followUpId).setParameter(2, m.id).getResultList();
        if (sides.isEmpty()) {
            throw ProblemException.notFound("Follow-up", followUpId);
        }
        // Files go with the side that wrote the follow-up: the recipient's staff, though they may write below, speak for it.
        if (side(m) != sides.get(0).longValue()) {
            throw MajorMatterProblems.notASide();
        }
        if (m.status == MajorMatterStatus.CLOSED) {
            throw MajorMatterProblems.transition(m.status, "attachment");
        }
        String name = Texts.clean(fileName);
        if (name == null || name.length() > 255) {
            throw ProblemException.invalid("file", FieldCode.FILE_NAME, Map.of("max", 255));
        }
        FileChecks.Inspected file = FileChecks.inspect(name, declaredType, content, config.attachments().maxSize().asLongValue());
        Instant now = Instant.now();
        long attachmentId = ((Number) em.createNativeQuery("INSERT INTO major_matter_attachment (follow_up_id, file_name,"
                        + " media_type, size_bytes, sha256, content, uploaded_by_person_id, uploaded_by_name, uploaded_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id")
                .setParameter(1, followUpId).setParameter(2, name).setParameter(3, file.mediaType()).setParameter(4, file.size())
                .setParameter(5, file.sha256()).setParameter(6, content).setParameter(7, user.personId())
                .setParameter(8, user.displayName()).setParameter(9, now.atOffset(ZoneOffset.UTC)).getSingleResult()).longValue();
        audit.record("major-matter.attachment-added", ENTITY, m.id, m.organizationId, Changes.create()
                .put("followUpId", null, followUpId).put("attachment", null, name + " " + file.sha256()));
        return new MajorMatterViews.Attachment(attachmentId, name, file.mediaType(), file.size(), file.sha256(), now,
                user.displayName());
    }

    @Transactional
    public MajorMatter close(long id, MajorMatterRequests.Close req) {
        MajorMatter m = get(id);
        requireRecipient(m, "办结");
        lock(m, req.version());
        if (m.status != MajorMatterStatus.ACKNOWLEDGED && m.status != MajorMatterStatus.HANDLING) {
            throw MajorMatterProblems.transition(m.status, MajorMatterStatus.CLOSED.name());
        }
        String conclusion = required("conclusion", req.conclusion());
        Instant now = Instant.now();
        MajorMatterStatus before = m.status;
        m.status = MajorMatterStatus.CLOSED;
        m.conclusion = conclusion;
        m.closedAt = now;
        m.closedByName = user.displayName();
        m.updatedAt = now;
        em.flush();
        Set<Long> told = notices.toReporter(m, "major-matter.closed", "major-matter:" + m.id + ":closed",
                "重大事项《" + m.title + "》已由" + recipientName(m) + "办结", user.personId());
        audit.record("major-matter.closed", ENTITY, m.id, m.organizationId, Changes.create()
                .put("status", before, m.status).put("conclusion", null, conclusion), event(m, told));
        return m;
    }

    /** The current recipient hands the matter to an organization above it; the thread stays one, the new recipient acknowledges. */
    @Transactional
    public MajorMatter forward(long id, MajorMatterRequests.Forward req) {
        MajorMatter m = get(id);
        requireRecipient(m, "转报上级");
        lock(m, req.version());
        if (m.status == MajorMatterStatus.CLOSED) {
            throw MajorMatterProblems.transition(m.status, "FORWARDED");
        }
        Organization current = organizations.require(m.recipientOrganizationId);
        Organization next = above(current, req.recipientOrganizationId(), "recipientOrganizationId");
        // Read before the matter changes: a query in between would flush it and bump the version twice.
        int ackHours = limits.of(next.id).ackHours();
        Instant now = Instant.now();
        MajorMatterStatus before = m.status;
        long from = m.recipientOrganizationId;
        m.recipientOrganizationId = next.id;
        m.status = MajorMatterStatus.REPORTED;
        m.ackDeadline = MajorMatterDeadlines.ackDeadline(now, ackHours);
        m.ackOverdueNotifiedAt = null;
        m.acknowledgedAt = null;
        m.acknowledgedByPersonId = null;
        m.acknowledgedByName = null;
        m.updatedAt = now;
        em.flush();
        String note = Texts.clean(req.note());
        addRecipient(m, next.id, now, note);
        Set<Long> told = notices.toRecipient(m, "major-matter.forwarded", "major-matter:" + m.id + ":forwarded:" + next.id,
                "重大事项转报：" + current.name + "转报" + organizations.require(m.organizationId).name + "《" + m.title
                        + "》，请于 " + local(m.ackDeadline) + " 前确认收到", user.personId());
        Map<String, Object> data = event(m, told);
        data.put("fromOrganizationId", from);
        audit.record("major-matter.forwarded", ENTITY, m.id, m.organizationId, Changes.create()
                .put("recipientOrganizationId", from, next.id).put("status", before, m.status)
                .put("ackDeadline", null, m.ackDeadline).put("note", null, note), data);
        return m;
    }

    /** An active organization above `below` (the reporting organization or the current recipient). */
    private Organization above(Organization below, Long id, String field) {
        if (id == null) {
            throw ProblemException.invalid(field, FieldCode.NOT_AN_ANCESTOR, Map.of("organization", below.name));
        }
        Organization org = organizations.findById(id);
        if (org == null || !scope.canReadOrBelow(org.path)) {
            throw ProblemException.unknownReference(field, "organization", id);
        }
        if (org.id.equals(below.id) || !below.path.startsWith(org.path)) {
            throw ProblemException.invalid(field, FieldCode.NOT_AN_ANCESTOR, Map.of("organization", below.name));
        }
        org.requireActive(field);
        return org;
    }

    /** The publication is the reporting organization's own (asked of the publication capability, by its repository). */
    private Long ownPublication(Organization org, Long id) {
        if (id == null) {
            return null;
        }
        Publication p = publications.findById(id);
        if (p == null) {
            throw ProblemException.unknownReference("publicationId", "publication", id);
        }
        if (p.organizationId != org.id) {
            throw ProblemException.invalid("publicationId", FieldCode.NOT_OWN_PUBLICATION,
                    Map.of("publicationId", id, "organization", org.name));
        }
        return id;
    }

    private Long ownChannel(Organization org, Long id) {
        if (id == null) {
            return null;
        }
        Channel c = channels.findById(id);
        if (c == null) {
            throw ProblemException.unknownReference("channelId", "channel", id);
        }
        if (c.organizationId != org.id) {
            throw ProblemException.invalid("channelId", FieldCode.NOT_OWN_CHANNEL, Map.of("channelId", id, "organization", org.name));
        }
        return id;
    }

    private void requireRecipient(MajorMatter m, String action) {
        if (!scope.canWrite(organizations.require(m.recipientOrganizationId).path)) {
            throw MajorMatterProblems.notRecipient(action);
        }
    }

    /** The side the caller speaks for: the current recipient when they keep it, else the reporting organization. */
    private long side(MajorMatter m) {
        if (scope.canWrite(organizations.require(m.recipientOrganizationId).path)) {
            return m.recipientOrganizationId;
        }
        if (scope.canWrite(organizations.require(m.organizationId).path)) {
            return m.organizationId;
        }
        throw MajorMatterProblems.notASide();
    }

    private void lock(MajorMatter m, Long version) {
        em.lock(m, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(m);
        if (version == null) {
            throw ProblemException.invalid("version", FieldCode.REQUIRED);
        }
        if (version != m.version) {
            throw ProblemException.versionConflict("Major matter", m.id, version, m.version);
        }
    }

    private void addRecipient(MajorMatter m, long organizationId, Instant at, String note) {
        em.createNativeQuery("INSERT INTO major_matter_recipient (matter_id, seq, organization_id, forwarded_at,"
                        + " forwarded_by_person_id, forwarded_by_name, note) SELECT ?1, coalesce(max(seq), 0) + 1, ?2, ?3, ?4, ?5, ?6"
                        + " FROM major_matter_recipient WHERE matter_id = ?1")
                .setParameter(1, m.id).setParameter(2, organizationId).setParameter(3, at.atOffset(ZoneOffset.UTC))
                .setParameter(4, user.personId()).setParameter(5, user.displayName()).setParameter(6, note).executeUpdate();
    }

    List<Long> recipientIds(long matterId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT organization_id FROM major_matter_recipient WHERE matter_id = ?1"
                + " ORDER BY seq").setParameter(1, matterId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    private String recipientName(MajorMatter m) {
        return organizations.require(m.recipientOrganizationId).name;
    }

    private static String required(String field, String value) {
        String clean = Texts.clean(value);
        if (clean == null) {
            throw ProblemException.invalid(field, FieldCode.REQUIRED);
        }
        return clean;
    }

    /** A deadline as the organizations read it (their own time zone, to the minute). */
    static String local(Instant at) {
        return at.atZone(org.dutyledger.common.Today.ZONE).toLocalDateTime().withSecond(0).withNano(0).toString().replace('T', ' ');
    }

    /** What webhook subscribers receive besides the audit facts. */
    static Map<String, Object> event(MajorMatter m, Set<Long> notified) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("majorMatterId", m.id);
        data.put("reportingOrganizationId", m.organizationId);
        data.put("recipientOrganizationId", m.recipientOrganizationId);
        data.put("category", m.category.name());
        data.put("status", m.status.name());
        data.put("late", m.late);
        data.put("ackDeadline", m.ackDeadline.toString());
        data.put("notifiedPersonIds", List.copyOf(notified));
        return data;
    }
}
