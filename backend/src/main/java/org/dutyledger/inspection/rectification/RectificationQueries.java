package org.dutyledger.inspection.rectification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.common.SqlParams;
import org.dutyledger.common.SqlValues;
import org.dutyledger.common.Today;
import org.dutyledger.organization.Organization;
import org.dutyledger.person.PersonRepository;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.security.CurrentUser;
import org.dutyledger.security.OrgScope;
import org.dutyledger.security.PersonLink;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Findings and rectifications as the API shows them: one, a page of the 整改台账 (built in a few queries), the inbox. */
@ApplicationScoped
public class RectificationQueries {

    static final int INBOX_LIMIT = 200;

    @Inject
    EntityManager em;

    @Inject
    OrgScope scope;

    @Inject
    CurrentUser user;

    @Inject
    OrganizationRepository organizations;

    @Inject
    PersonRepository people;

    /** The 整改台账's filters; each may be null. */
    public record Filter(Organization under, RectificationStatus status, Boolean overdue, FindingSource source) {
    }

    public RectificationViews.FindingView view(Finding f) {
        @SuppressWarnings("unchecked")
        List<Number> rect = em.createNativeQuery("SELECT id FROM rectification WHERE finding_id = ?1").setParameter(1, f.id)
                .getResultList();
        return findingView(f, rect.isEmpty() ? null : rect.get(0).longValue());
    }

    public RectificationViews.RectificationView view(Rectification r) {
        return views(List.of(r.id)).get(0);
    }

    public RectificationViews.FindingPage findings(Organization target, Organization raising, Organization under,
                                                   FindingSource source, Long inspectionId, int page, int size) {
        SqlParams p = SqlParams.forJpa();
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.readCondition("o.path", p));
        if (target != null) {
            where.append(" AND f.target_organization_id = ").append(p.bind(target.id));
        }
        if (raising != null) {
            where.append(" AND f.raising_organization_id = ").append(p.bind(raising.id));
        }
        if (under != null) {
            where.append(" AND o.path LIKE ").append(p.bind(under.path + "%"));
        }
        if (source != null) {
            where.append(" AND f.source = ").append(p.bind(source.name()));
        }
        if (inspectionId != null) {
            where.append(" AND f.inspection_id = ").append(p.bind(inspectionId));
        }
        String from = " FROM finding f JOIN organization o ON o.id = f.target_organization_id" + where;
        long total = ((Number) p.applyTo(em.createNativeQuery("SELECT count(*)" + from)).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = p.applyTo(em.createNativeQuery("SELECT f.id, (SELECT r.id FROM rectification r WHERE r.finding_id = f.id)"
                + from + " ORDER BY f.created_at DESC, f.id DESC LIMIT " + size + " OFFSET " + (long) page * size)).getResultList();
        List<RectificationViews.FindingView> items = rows.stream().map(r -> findingView(em.find(Finding.class,
                ((Number) r[0]).longValue()), SqlValues.toLongOrNull(r[1]))).toList();
        return new RectificationViews.FindingPage(items, total, page, size);
    }

    /** The 整改台账: rectifications the caller may read, soonest due first. */
    public RectificationViews.RectificationPage list(Filter filter, int page, int size) {
        SqlParams p = SqlParams.forJpa();
        String from = from(filter, p);
        long total = ((Number) p.applyTo(em.createNativeQuery("SELECT count(*)" + from)).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Number> ids = p.applyTo(em.createNativeQuery("SELECT r.id" + from + " ORDER BY r.due_on NULLS LAST, r.id"
                + " LIMIT " + size + " OFFSET " + (long) page * size)).getResultList();
        return new RectificationViews.RectificationPage(views(ids.stream().map(Number::longValue).toList()), total, page, size);
    }

    /** The 整改台账 as rows of the columns offices use: 问题, 整改措施, 责任人, 整改时限, 进展, 完成情况. */
    public List<List<String>> ledgerRows(Filter filter, int limit) {
        SqlParams p = SqlParams.forJpa();
        String from = from(filter, p);
        String today = "CAST(" + p.bind(Today.date()) + " AS date)";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = p.applyTo(em.createNativeQuery("SELECT o.name, f.description, r.measures, pe.name, r.responsible_role,"
                + " r.deadline, r.long_term, (SELECT string_agg(to_char(c.check_on, 'YYYY-MM-DD'), '、' ORDER BY c.check_on)"
                + " FROM rectification_check_date c WHERE c.rectification_id = r.id),"
                + " (SELECT string_agg(to_char(pr.created_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') || ' ' || pr.text, E'\\n'"
                + " ORDER BY pr.created_at, pr.id) FROM rectification_progress pr WHERE pr.rectification_id = r.id),"
                + " r.status, r.due_on, r.verified_at, " + today
                + from.replace(" JOIN organization o", " JOIN person pe ON pe.id = r.responsible_person_id JOIN organization o")
                + " ORDER BY o.path, r.id LIMIT " + limit)).getResultList();
        List<List<String>> out = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            RectificationStatus status = RectificationStatus.valueOf((String) row[9]);
            LocalDate dueOn = SqlValues.date(row[10]);
            LocalDate day = SqlValues.date(row[12]);
            String deadline = Boolean.TRUE.equals(row[6]) ? "长期坚持" + (row[7] == null ? "" : "（检查日：" + row[7] + "）")
                    : String.valueOf(SqlValues.date(row[5]));
            String done = status.label;
            if (RectificationOverdue.overdue(status, dueOn, day)) {
                done += "，已逾期 " + java.time.temporal.ChronoUnit.DAYS.between(dueOn, day) + " 天";
            }
            if (row[11] != null) {
                done += "，" + SqlValues.instant(row[11]).atZone(Today.ZONE).toLocalDate() + " 验收";
            }
            out.add(Arrays.asList(row[0] + "：" + row[1], (String) row[2],
                    row[3] + "（" + org.dutyledger.duty.DutyRole.valueOf((String) row[4]).label + "）", deadline,
                    row[8] == null ? "" : (String) row[8], done));
        }
        return out;
    }

    /**
     * The caller's inbox: what they are responsible for and not yet closed (soonest due first), and what waits for
     * verification by an organization where they are STAFF — never their own work.
     */
    public RectificationViews.Mine mine() {
        Long person = user.personId();
        if (person == null) {
            return new RectificationViews.Mine(List.of(), List.of());
        }
        @SuppressWarnings("unchecked")
        List<Number> owned = em.createNativeQuery("SELECT r.id FROM rectification r WHERE r.responsible_person_id = ?1"
                + " AND r.status <> 'VERIFIED' ORDER BY r.due_on NULLS LAST, r.id LIMIT " + INBOX_LIMIT)
                .setParameter(1, person).getResultList();
        List<String> staffPaths = user.memberships().stream().filter(m -> OrgScope.STAFF.equals(m.role()))
                .map(PersonLink.ScopeEntry::path).distinct().toList();
        List<Number> toVerify = List.of();
        if (user.isAdmin() || !staffPaths.isEmpty()) {
            SqlParams p = SqlParams.forJpa();
            String me = p.bind(person);
            String raising = user.isAdmin() ? "TRUE" : staffPaths.stream().map(path -> "ro.path LIKE " + p.bind(path + "%"))
                    .collect(Collectors.joining(" OR ", "(", ")"));
            @SuppressWarnings("unchecked")
            List<Number> ids = p.applyTo(em.createNativeQuery("SELECT r.id FROM rectification r JOIN finding f ON f.id = r.finding_id"
                    + " JOIN organization ro ON ro.id = f.raising_organization_id WHERE r.status = 'SUBMITTED' AND " + raising
                    + " AND r.responsible_person_id <> " + me + " AND coalesce(r.submitted_by_person_id, 0) <> " + me
                    + " ORDER BY r.submitted_at, r.id LIMIT " + INBOX_LIMIT)).getResultList();
            toVerify = ids;
        }
        return new RectificationViews.Mine(views(owned.stream().map(Number::longValue).toList()),
                views(toVerify.stream().map(Number::longValue).toList()));
    }

    private String from(Filter filter, SqlParams p) {
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.readCondition("o.path", p));
        if (filter.under() != null) {
            where.append(" AND o.path LIKE ").append(p.bind(filter.under().path + "%"));
        }
        if (filter.status() != null) {
            where.append(" AND r.status = ").append(p.bind(filter.status().name()));
        }
        if (filter.source() != null) {
            where.append(" AND f.source = ").append(p.bind(filter.source().name()));
        }
        if (filter.overdue() != null) {
            String overdue = RectificationOverdue.sql("r", "CAST(" + p.bind(Today.date()) + " AS date)");
            where.append(filter.overdue() ? " AND " + overdue : " AND NOT (" + overdue + ")");
        }
        return " FROM rectification r JOIN finding f ON f.id = r.finding_id JOIN organization o ON o.id = f.target_organization_id"
                + where;
    }

    private RectificationViews.FindingView findingView(Finding f, Long rectificationId) {
        return new RectificationViews.FindingView(f.id, f.version, f.targetOrganizationId, orgName(f.targetOrganizationId),
                f.raisingOrganizationId, orgName(f.raisingOrganizationId), f.source, f.inspectionId, f.itemCode, f.description,
                f.severity, f.createdAt, f.raisedByName, rectificationId);
    }

    /** Views of the rectifications, in the order given, with their parts read in one query each. */
    List<RectificationViews.RectificationView> views(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
        Map<Long, List<LocalDate>> checkDates = new HashMap<>();
        for (Object[] row : rows("SELECT rectification_id, check_on FROM rectification_check_date WHERE rectification_id IN " + in
                + " ORDER BY check_on")) {
            checkDates.computeIfAbsent(SqlValues.toLong(row[0]), k -> new ArrayList<>()).add(SqlValues.date(row[1]));
        }
        Map<Long, List<RectificationViews.Attachment>> attachments = new HashMap<>();
        for (Object[] a : rows("SELECT a.progress_id, a.id, a.file_name, a.media_type, a.size_bytes, a.sha256, a.uploaded_at,"
                + " a.uploaded_by_name FROM rectification_attachment a JOIN rectification_progress p ON p.id = a.progress_id"
                + " WHERE p.rectification_id IN " + in + " ORDER BY a.id")) {
            attachments.computeIfAbsent(SqlValues.toLong(a[0]), k -> new ArrayList<>()).add(new RectificationViews.Attachment(
                    SqlValues.toLong(a[1]), (String) a[2], (String) a[3], SqlValues.toLong(a[4]), ((String) a[5]).trim(),
                    SqlValues.instant(a[6]), (String) a[7]));
        }
        Map<Long, List<RectificationViews.Progress>> progress = new HashMap<>();
        for (Object[] p : rows("SELECT rectification_id, id, text, created_at, author_name FROM rectification_progress"
                + " WHERE rectification_id IN " + in + " ORDER BY created_at, id")) {
            long id = SqlValues.toLong(p[1]);
            progress.computeIfAbsent(SqlValues.toLong(p[0]), k -> new ArrayList<>()).add(new RectificationViews.Progress(id,
                    (String) p[2], SqlValues.instant(p[3]), (String) p[4], attachments.getOrDefault(id, List.of())));
        }
        Map<Long, List<RectificationViews.Extension>> extensions = new HashMap<>();
        for (Object[] e : rows("SELECT rectification_id, id, requested_deadline, reason, status, requested_by_name, requested_at,"
                + " decided_by_name, decided_at FROM rectification_extension WHERE rectification_id IN " + in + " ORDER BY id")) {
            extensions.computeIfAbsent(SqlValues.toLong(e[0]), k -> new ArrayList<>()).add(new RectificationViews.Extension(
                    SqlValues.toLong(e[1]), SqlValues.date(e[2]), (String) e[3],
                    RectificationViews.ExtensionStatus.valueOf((String) e[4]), (String) e[5], SqlValues.instant(e[6]),
                    (String) e[7], e[8] == null ? null : SqlValues.instant(e[8])));
        }
        Map<Long, List<RectificationViews.Escalation>> escalations = new HashMap<>();
        for (Object[] e : rows("SELECT rectification_id, level, due_on, escalated_at, notified_names FROM rectification_escalation"
                + " WHERE rectification_id IN " + in + " ORDER BY escalated_at, due_on, level")) {
            String names = (String) e[4];
            escalations.computeIfAbsent(SqlValues.toLong(e[0]), k -> new ArrayList<>()).add(new RectificationViews.Escalation(
                    SqlValues.toInt(e[1]), SqlValues.date(e[2]), SqlValues.instant(e[3]),
                    names.isEmpty() ? List.of() : List.of(names.split("、"))));
        }
        // Load the page's rectifications, findings, organizations and people in one query each; em.find then hits them.
        List<Rectification> loaded = em.createQuery("from Rectification where id in :ids", Rectification.class)
                .setParameter("ids", ids).getResultList();
        List<Long> findingIds = loaded.stream().map(r -> r.findingId).distinct().toList();
        List<Finding> findings = em.createQuery("from Finding where id in :ids", Finding.class).setParameter("ids", findingIds)
                .getResultList();
        List<Long> orgIds = findings.stream().flatMap(f -> java.util.stream.Stream.of(f.targetOrganizationId, f.raisingOrganizationId))
                .distinct().toList();
        em.createQuery("from Organization where id in :ids", Organization.class).setParameter("ids", orgIds).getResultList();
        em.createQuery("from Person where id in :ids", org.dutyledger.person.Person.class)
                .setParameter("ids", loaded.stream().map(r -> r.responsiblePersonId).distinct().toList()).getResultList();
        LocalDate today = Today.date();
        List<RectificationViews.RectificationView> out = new ArrayList<>(ids.size());
        for (long id : ids) {
            Rectification r = em.find(Rectification.class, id);
            Finding f = em.find(Finding.class, r.findingId);
            out.add(new RectificationViews.RectificationView(r.id, r.version, f.id, findingView(f, r.id), r.measures,
                    r.responsibleRole, r.responsiblePersonId, people.require(r.responsiblePersonId).name, r.deadline, r.longTerm,
                    checkDates.getOrDefault(id, List.of()), r.dueOn, r.status,
                    RectificationOverdue.overdue(r.status, r.dueOn, today), r.escalationLevel,
                    progress.getOrDefault(id, List.of()), extensions.getOrDefault(id, List.of()),
                    escalations.getOrDefault(id, List.of()), r.submittedAt, r.submittedByName, r.verifiedAt, r.verifiedByName,
                    r.rejectComment, r.createdAt));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }

    private String orgName(long id) {
        return organizations.require(id).name;
    }
}
