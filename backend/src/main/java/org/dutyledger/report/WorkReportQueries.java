package org.dutyledger.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.common.AttachmentTransfer;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.SqlParams;
import org.dutyledger.common.SqlValues;
import org.dutyledger.common.Today;
import org.dutyledger.obligation.Periods;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationQueries;
import org.dutyledger.organization.OrganizationRef;
import org.dutyledger.security.CurrentUser;
import org.dutyledger.security.OrgScope;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Work reports as the API shows them: scope-filtered lists, views with names, the status board, my inbox. */
@ApplicationScoped
public class WorkReportQueries {

    @Inject
    EntityManager em;

    @Inject
    OrgScope scope;

    @Inject
    CurrentUser user;

    @Inject
    OrganizationQueries organizationQueries;

    @Inject
    WorkReportPeople people;

    public record Filter(Long organizationId, Long recipientId, String period, WorkReportKind kind, WorkReportStatus status) {
    }

    private static final String FROM = " FROM work_report r JOIN organization o ON o.id = r.organization_id"
            + " JOIN organization rc ON rc.id = r.recipient_organization_id";

    /** What the caller may read: the author's, the recipient's or a copy organization's side. */
    private String readable(SqlParams p) {
        return "(" + scope.readCondition("o.path", p) + " OR " + scope.readCondition("rc.path", p)
                + " OR EXISTS (SELECT 1 FROM work_report_copy c JOIN organization co ON co.id = c.organization_id"
                + " WHERE c.report_id = r.id AND " + scope.readCondition("co.path", p) + "))";
    }

    public WorkReportViews.Page list(Filter f, int page, int size) {
        SqlParams p = SqlParams.forJpa();
        StringBuilder where = new StringBuilder(" WHERE ").append(readable(p));
        if (f.organizationId() != null) {
            where.append(" AND r.organization_id = ").append(p.bind(f.organizationId()));
        }
        if (f.recipientId() != null) {
            where.append(" AND r.recipient_organization_id = ").append(p.bind(f.recipientId()));
        }
        if (f.period() != null) {
            where.append(" AND r.period_key = ").append(p.bind(f.period()));
        }
        if (f.kind() != null) {
            where.append(" AND r.kind = ").append(p.bind(f.kind().name()));
        }
        if (f.status() != null) {
            where.append(" AND r.status = ").append(p.bind(f.status().name()));
        }
        long total = ((Number) p.applyTo(em.createNativeQuery("SELECT count(*)" + FROM + where)).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<WorkReport> rows = p.applyTo(em.createNativeQuery("SELECT r.*" + FROM + where
                + " ORDER BY r.period_key DESC, o.path, r.id DESC", WorkReport.class)).setFirstResult(page * size)
                .setMaxResults(size).getResultList();
        return new WorkReportViews.Page(views(rows), total, page, size);
    }

    public WorkReportViews.Report view(WorkReport r) {
        return views(List.of(r)).get(0);
    }

    List<WorkReportViews.Report> views(List<WorkReport> reports) {
        if (reports.isEmpty()) {
            return List.of();
        }
        Long[] ids = reports.stream().map(r -> r.id).toArray(Long[]::new);
        Map<Long, List<Long>> copies = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> copyRows = em.createNativeQuery("SELECT report_id, organization_id FROM work_report_copy"
                + " WHERE report_id = ANY(?1) ORDER BY report_id, organization_id").setParameter(1, ids).getResultList();
        copyRows.forEach(c -> copies.computeIfAbsent(SqlValues.toLong(c[0]), k -> new ArrayList<>()).add(SqlValues.toLong(c[1])));
        Map<Long, List<WorkReportViews.Source>> sources = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> sourceRows = em.createNativeQuery("SELECT s.report_id, s.source_report_id, src.organization_id, o.name"
                + " FROM work_report_source s JOIN work_report src ON src.id = s.source_report_id"
                + " JOIN organization o ON o.id = src.organization_id WHERE s.report_id = ANY(?1)"
                + " ORDER BY s.report_id, o.sort_order, o.name").setParameter(1, ids).getResultList();
        sourceRows.forEach(s -> sources.computeIfAbsent(SqlValues.toLong(s[0]), k -> new ArrayList<>())
                .add(new WorkReportViews.Source(SqlValues.toLong(s[1]), SqlValues.toLong(s[2]), (String) s[3])));
        Map<Long, List<WorkReportViews.Attachment>> attachments = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> fileRows = em.createNativeQuery("SELECT report_id, id, file_name, media_type, size_bytes, sha256,"
                + " uploaded_at, uploaded_by_name FROM work_report_attachment WHERE report_id = ANY(?1) ORDER BY report_id, id")
                .setParameter(1, ids).getResultList();
        fileRows.forEach(a -> attachments.computeIfAbsent(SqlValues.toLong(a[0]), k -> new ArrayList<>())
                .add(new WorkReportViews.Attachment(SqlValues.toLong(a[1]), (String) a[2], (String) a[3], SqlValues.toLong(a[4]),
                        ((String) a[5]).trim(), SqlValues.instant(a[6]), (String) a[7])));
        Set<Long> orgIds = new HashSet<>();
        reports.forEach(r -> {
            orgIds.add(r.organizationId);
            orgIds.add(r.recipientOrganizationId);
        });
        Map<Long, OrganizationRef> refs = organizationQueries.refs(orgIds);
        return reports.stream().map(r -> new WorkReportViews.Report(r.id, r.version, r.organizationId,
                refs.get(r.organizationId).name(), r.recipientOrganizationId, refs.get(r.recipientOrganizationId).name(),
                copies.getOrDefault(r.id, List.of()), r.kind, r.periodKey, r.title, r.form, r.progress, r.problems, r.plans,
                r.status, r.dueOn, r.late, r.createdAt, r.createdByName, r.signedOffAt, r.signedOffByName, r.submittedAt,
                r.acknowledgedAt, r.acknowledgedByName, r.returnedAt, r.returnComment, sources.getOrDefault(r.id, List.of()),
                attachments.getOrDefault(r.id, List.of()))).toList();
    }

    /**
     * One row per active child of {@code under} (the organizations reporting to it): its report of the kind and period
     * to {@code under}, or NOT_STARTED. Late: submitted after the due day, or not submitted while the due day has passed.
     */
    public WorkReportViews.Board board(Organization under, WorkReportKind kind, Periods.Period period) {
        scope.requireRead(under.path, "Organization", under.id);
        java.time.LocalDate dueOn = WorkReportPeriods.dueOn(period);
        boolean overdue = WorkReportPeriods.late(dueOn, Today.date());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT o.id, o.name, r.id AS report_id, r.status, r.late, r.submitted_at"
                        + " FROM organization o LEFT JOIN work_report r ON r.organization_id = o.id"
                        + " AND r.recipient_organization_id = ?1 AND r.kind = ?2 AND r.period_key = ?3"
                        + " WHERE o.parent_id = ?1 AND o.active ORDER BY o.sort_order, o.name, o.id")
                .setParameter(1, under.id).setParameter(2, kind.name()).setParameter(3, period.key()).getResultList();
        List<WorkReportViews.BoardRow> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            WorkReportViews.BoardStatus status = r[2] == null ? WorkReportViews.BoardStatus.NOT_STARTED
                    : WorkReportViews.BoardStatus.valueOf((String) r[3]);
            boolean submitted = r[5] != null;
            boolean late = submitted ? (Boolean) r[4] : overdue;
            out.add(new WorkReportViews.BoardRow(SqlValues.toLong(r[0]), (String) r[1], SqlValues.toLongOrNull(r[2]), status,
                    late, SqlValues.instant(r[5])));
        }
        return new WorkReportViews.Board(period.key(), kind, dueOn, out);
    }

    /** What waits for the caller: reports to sign off, to acknowledge, and own reports sent back. */
    public WorkReportViews.Mine mine() {
        Long personId = user.personId();
        List<Long> signs = personId == null ? List.of() : people.firstResponsibleOf(personId, Today.date());
        List<Long> staffOf = user.memberships().stream().filter(m -> OrgScope.STAFF.equals(m.role()))
                .map(m -> m.organizationId()).distinct().toList();
        return new WorkReportViews.Mine(
                where("r.organization_id = ANY(?1) AND r.status IN ('DRAFT', 'RETURNED')", signs),
                where("r.recipient_organization_id = ANY(?1) AND r.status = 'SUBMITTED'", staffOf),
                where("r.organization_id = ANY(?1) AND r.status = 'RETURNED'", staffOf));
    }

    private List<WorkReportViews.Report> where(String condition, List<Long> orgIds) {
        if (orgIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<WorkReport> rows = em.createNativeQuery("SELECT r.* FROM work_report r WHERE " + condition
                        + " ORDER BY r.due_on, r.id", WorkReport.class)
                .setParameter(1, orgIds.toArray(Long[]::new)).setMaxResults(200).getResultList();
        return views(rows);
    }

    /** file name, media type, content, sha256 of one attachment of the report; 404 otherwise. */
    public AttachmentTransfer.StoredFile attachmentContent(long reportId, long attachmentId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT file_name, media_type, content, sha256 FROM work_report_attachment"
                + " WHERE id = ?1 AND report_id = ?2").setParameter(1, attachmentId).setParameter(2, reportId).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Attachment", attachmentId);
        }
        return AttachmentTransfer.StoredFile.of(rows.get(0));
    }
}
