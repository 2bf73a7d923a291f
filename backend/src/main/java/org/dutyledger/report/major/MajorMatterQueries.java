package org.dutyledger.report.major;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.common.AttachmentTransfer;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.SqlParams;
import org.dutyledger.common.SqlValues;
import org.dutyledger.common.Today;
import org.dutyledger.duty.DutyRole;
import org.dutyledger.duty.HeldOn;
import org.dutyledger.person.MembershipSql;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.security.CurrentUser;
import org.dutyledger.security.OrgScope;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Major matters as the API shows them: the thread, follow-ups with attachments, scope-filtered lists, the inbox. */
@ApplicationScoped
public class MajorMatterQueries {

    static final int INBOX_LIMIT = 200;

    @Inject
    EntityManager em;

    @Inject
    OrgScope scope;

    @Inject
    CurrentUser user;

    @Inject
    OrganizationRepository organizations;

    public MajorMatterViews.Matter view(MajorMatter m) {
        Instant now = Instant.now();
        return new MajorMatterViews.Matter(m.id, m.version, m.organizationId, name(m.organizationId), m.recipientOrganizationId,
                name(m.recipientOrganizationId), recipients(m.id), m.category, m.title, m.description, m.occurredAt,
                m.learnedAt, m.actionsTaken, m.publicationId, m.channelId, m.status, m.reportedAt, m.reportedByName,
                m.reportDeadline, m.late, m.ackDeadline, MajorMatterDeadlines.ackOverdue(m, now), m.acknowledgedAt,
                m.acknowledgedByName, m.conclusion, m.closedAt, followUps(m.id));
    }

    /** Matters the caller may see, newest first; `organization` keeps those it reported or received. */
    public MajorMatterViews.Page list(Organization organization, MajorMatterStatus status, int page, int size) {
        SqlParams p = SqlParams.forJpa();
        StringBuilder where = new StringBuilder(" WHERE (").append(scope.readCondition("o.path", p))
                .append(" OR EXISTS (SELECT 1 FROM major_matter_recipient r JOIN organization ro ON ro.id = r.organization_id")
                .append(" WHERE r.matter_id = m.id AND ").append(scope.readCondition("ro.path", p)).append("))");
        if (organization != null) {
            String org = p.bind(organization.id);
            where.append(" AND (m.organization_id = ").append(org)
                    .append(" OR EXISTS (SELECT 1 FROM major_matter_recipient r2 WHERE r2.matter_id = m.id AND r2.organization_id = ")
                    .append(org).append("))");
        }
        if (status != null) {
            where.append(" AND m.status = ").append(p.bind(status.name()));
        }
        String from = " FROM major_matter m JOIN organization o ON o.id = m.organization_id" + where;
        long total = ((Number) p.applyTo(em.createNativeQuery("SELECT count(*)" + from)).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Number> ids = p.applyTo(em.createNativeQuery("SELECT m.id" + from + " ORDER BY m.reported_at DESC, m.id DESC"
                + " LIMIT " + size + " OFFSET " + (long) page * size)).getResultList();
        return new MajorMatterViews.Page(views(ids), total, page, size);
    }

    /**
     * The caller's inbox: what waits for their acknowledgement (reported to an organization where they are STAFF or
     * hold 第一责任人 or 联络员 today) and the other open matters of or to their organizations.
     */
    public MajorMatterViews.Mine mine() {
        Long person = user.personId();
        if (person == null) {
            return new MajorMatterViews.Mine(List.of(), List.of());
        }
        String keeps = "(m.recipient_organization_id IN " + MembershipSql.organizationsOf("?1", "'STAFF'")
                + " OR m.recipient_organization_id IN (SELECT h.organization_id FROM ("
                + HeldOn.holdersOf("'" + DutyRole.FIRST_RESPONSIBLE.name() + "'", "CAST(?2 AS date)") + ") h WHERE h.person_id = ?1)"
                + " OR m.recipient_organization_id IN (SELECT h.organization_id FROM ("
                + HeldOn.holdersOf("'" + DutyRole.LIAISON.name() + "'", "CAST(?2 AS date)") + ") h WHERE h.person_id = ?1))";
        String member = MembershipSql.organizationsOf("?1", null);
        @SuppressWarnings("unchecked")
        List<Number> toAck = em.createNativeQuery("SELECT m.id FROM major_matter m WHERE m.status = 'REPORTED' AND " + keeps
                        + " ORDER BY m.ack_deadline, m.id LIMIT " + INBOX_LIMIT)
                .setParameter(1, person).setParameter(2, Today.date()).getResultList();
        @SuppressWarnings("unchecked")
        List<Number> open = em.createNativeQuery("SELECT m.id FROM major_matter m WHERE m.status <> 'CLOSED'"
                        + " AND NOT (m.status = 'REPORTED' AND " + keeps + ")"
                        + " AND (m.organization_id IN " + member + " OR m.recipient_organization_id IN " + member + " OR " + keeps + ")"
                        + " ORDER BY m.reported_at DESC, m.id DESC LIMIT " + INBOX_LIMIT)
                .setParameter(1, person).setParameter(2, Today.date()).getResultList();
        return new MajorMatterViews.Mine(views(toAck), views(open));
    }

    /** (file name, media type, content, sha256) of an attachment of the matter's follow-up; 404 otherwise. */
    public AttachmentTransfer.StoredFile attachmentContent(long matterId, long followUpId, long attachmentId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT a.file_name, a.media_type, a.content, a.sha256"
                        + " FROM major_matter_attachment a JOIN major_matter_follow_up f ON f.id = a.follow_up_id"
                        + " WHERE a.id = ?1 AND f.id = ?2 AND f.matter_id = ?3")
                .setParameter(1, attachmentId).setParameter(2, followUpId).setParameter(3, matterId).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Attachment", attachmentId);
        }
        return AttachmentTransfer.StoredFile.of(rows.get(0));
    }

    private List<MajorMatterViews.Matter> views(List<Number> ids) {
        List<MajorMatterViews.Matter> out = new ArrayList<>(ids.size());
        for (Number id : ids) {
            out.add(view(em.find(MajorMatter.class, id.longValue())));
        }
        return out;
    }

    private List<MajorMatterViews.Recipient> recipients(long matterId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT organization_id, forwarded_at, forwarded_by_name, note"
                + " FROM major_matter_recipient WHERE matter_id = ?1 ORDER BY seq").setParameter(1, matterId).getResultList();
        return rows.stream().map(r -> new MajorMatterViews.Recipient(((Number) r[0]).longValue(), name(((Number) r[0]).longValue()),
                SqlValues.instant(r[1]), (String) r[2], (String) r[3])).toList();
    }

    private List<MajorMatterViews.FollowUp> followUps(long matterId) {
        @SuppressWarnings("unchecked")
        List<Object[]> attachments = em.createNativeQuery("SELECT a.follow_up_id, a.id, a.file_name, a.media_type, a.size_bytes,"
                        + " a.sha256, a.uploaded_at, a.uploaded_by_name FROM major_matter_attachment a"
                        + " JOIN major_matter_follow_up f ON f.id = a.follow_up_id WHERE f.matter_id = ?1 ORDER BY a.id")
                .setParameter(1, matterId).getResultList();
        Map<Long, List<MajorMatterViews.Attachment>> byFollowUp = new LinkedHashMap<>();
        for (Object[] a : attachments) {
            byFollowUp.computeIfAbsent(((Number) a[0]).longValue(), k -> new ArrayList<>()).add(new MajorMatterViews.Attachment(
                    ((Number) a[1]).longValue(), (String) a[2], (String) a[3], ((Number) a[4]).longValue(),
                    ((String) a[5]).trim(), SqlValues.instant(a[6]), (String) a[7]));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, organization_id, author_name, text, created_at"
                + " FROM major_matter_follow_up WHERE matter_id = ?1 ORDER BY created_at, id").setParameter(1, matterId).getResultList();
        return rows.stream().map(r -> {
            long id = ((Number) r[0]).longValue();
            long org = ((Number) r[1]).longValue();
            return new MajorMatterViews.FollowUp(id, org, name(org), (String) r[2], (String) r[3], SqlValues.instant(r[4]),
                    byFollowUp.getOrDefault(id, List.of()));
        }).toList();
    }

    private String name(long organizationId) {
        return organizations.require(organizationId).name;
    }
}
