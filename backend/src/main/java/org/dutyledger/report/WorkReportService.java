package org.dutyledger.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.dutyledger.audit.AuditTrail;
import org.dutyledger.audit.Changes;
import org.dutyledger.common.FieldCode;
import org.dutyledger.common.FileChecks;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.Texts;
import org.dutyledger.common.Today;
import org.dutyledger.obligation.Periods;
import org.dutyledger.obligation.ReportFulfilment;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.publication.BodySanitizer;
import org.dutyledger.security.CurrentUser;
import org.dutyledger.security.OrgScope;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Work reports: written by the organization's staff, signed off by its 第一责任人 of the day, submitted to the superior,
 * acknowledged or returned there. Every step checks the version, is audited (the audit event is also the webhook event
 * `work-report.…`) and tells the people who act next.
 */
@ApplicationScoped
public class WorkReportService {

    static final String ENTITY = "work-report";

    @Inject
    EntityManager em;

    @Inject
    OrgScope scope;

    @Inject
    CurrentUser user;

    @Inject
    OrganizationRepository organizations;

    @Inject
    AuditTrail audit;

    @Inject
    WorkReportPeople people;

    @Inject
    WorkReportNotices notices;

    @Inject
    WorkReportConfig config;

    @Inject
    ReportFulfilment fulfilment;

    /** A report the caller may read (author, recipient or copy side); 404 otherwise. */
    public WorkReport get(long id) {
        WorkReport r = em.find(WorkReport.class, id);
        if (r == null || !canRead(r)) {
            throw ProblemException.notFound("Work report", id);
        }
        return r;
    }

    boolean canRead(WorkReport r) {
        if (scope.canRead(organizations.require(r.organizationId).path)
                || scope.canRead(organizations.require(r.recipientOrganizationId).path)) {
            return true;
        }
        return copies(r.id).stream().anyMatch(orgId -> scope.canRead(organizations.require(orgId).path));
    }

    @Transactional
    public WorkReport create(WorkReportRequests.Create req) {
        Organization org = writableOrganization(req.organizationId());
        Organization recipient = recipientOf(org, req.recipientOrganizationId(), "recipientOrganizationId");
        Periods.Period period = WorkReportPeriods.parse("period", req.kind(), req.period());
        List<Long> copies = checkCopies(req.copyOrganizationIds(), org, recipient);
        WorkReport r = newReport(org, recipient, req.kind(), period, req.title(), req.form());
        r.progress = BodySanitizer.sanitize(req.progress());
        r.problems = BodySanitizer.sanitize(req.problems());
        r.plans = BodySanitizer.sanitize(req.plans());
        persist(r, copies);
        audit.record("work-report.created", ENTITY, r.id, org.id, describe(Changes.create(), null, r)
                .put("copyOrganizationIds", null, copies.toString()), event(r));
        notices.waitsForSignOff(r, org);
        return r;
    }

    /**
     * The recipient's own report, pre-filled from the SUBMITTED and ACKNOWLEDGED reports made to it for the kind and
     * period: each section holds every source's section under an {@code <h3>} with the source organization's name.
     */
    @Transactional
    public WorkReport compile(WorkReportRequests.Compile req) {
        Organization org = writableOrganization(req.organizationId());
        // No recipient field here: an organization without a superior is refused on the field that named it.
        Organization recipient = recipientOf(org, null, "organizationId");
        Periods.Period period = WorkReportPeriods.parse("period", req.kind(), req.period());
        @SuppressWarnings("unchecked")
        List<WorkReport> sources = em.createNativeQuery("SELECT r.* FROM work_report r JOIN organization o ON o.id = r.organization_id"
                        + " WHERE r.recipient_organization_id = ?1 AND r.kind = ?2 AND r.period_key = ?3"
                        + " AND r.status IN ('SUBMITTED', 'ACKNOWLEDGED') ORDER BY o.sort_order, o.name, r.id", WorkReport.class)
                .setParameter(1, org.id).setParameter(2, req.kind().name()).setParameter(3, period.key()).getResultList();
        WorkReport r = newReport(org, recipient, req.kind(), period, null, WorkReportForm.WRITTEN);
        StringBuilder progress = new StringBuilder();
        StringBuilder problems = new StringBuilder();
        StringBuilder plans = new StringBuilder();
        for (WorkReport s : sources) {
            String heading = "<h3>" + escape(organizations.require(s.organizationId).name) + "</h3>";
            progress.append(heading).append(s.progress);
            problems.append(heading).append(s.problems);
            plans.append(heading).append(s.plans);
        }
        r.progress = BodySanitizer.sanitize(progress.toString());
        r.problems = BodySanitizer.sanitize(problems.toString());
        r.plans = BodySanitizer.sanitize(plans.toString());
        persist(r, List.of());
        List<Long> sourceIds = sources.stream().map(s -> s.id).toList();
        for (Long sourceId : sourceIds) {
            em.createNativeQuery("INSERT INTO work_report_source (report_id, source_report_id) VALUES (?1, ?2)")
                    .setParameter(1, r.id).setParameter(2, sourceId).executeUpdate();
        }
        audit.record("work-report.compiled", ENTITY, r.id, org.id, describe(Changes.create(), null, r)
                .put("sourceReportIds", null, sourceIds.toString()), event(r));
        notices.waitsForSignOff(r, org);
        return r;
    }

    @Transactional
    public WorkReport update(long id, WorkReportRequests.Update req) {
        WorkReport r = locked(id);
        Organization org = organizations.require(r.organizationId);
        requireWriteOn(org);
        requireVersion(r, req.version());
        WorkReportStatus before = r.status;
        if (!before.editable()) {
            throw WorkReportProblems.transition(before, WorkReportStatus.DRAFT);
        }
        String title = Texts.clean(req.title());
        if (title == null) {
            throw ProblemException.invalid("title", FieldCode.REQUIRED);
        }
        Changes changes = Changes.create();
        if (req.copyOrganizationIds() != null) {
            List<Long> old = copies(r.id);
            List<Long> copies = checkCopies(req.copyOrganizationIds(), org, organizations.require(r.recipientOrganizationId));
            em.createNativeQuery("DELETE FROM work_report_copy WHERE report_id = ?1").setParameter(1, r.id).executeUpdate();
            insertCopies(r.id, copies);
            changes.put("copyOrganizationIds", old.toString(), copies.toString());
        }
        String progress = BodySanitizer.sanitize(req.progress());
        String problems = BodySanitizer.sanitize(req.problems());
        String plans = BodySanitizer.sanitize(req.plans());
        changes.put("title", r.title, title).put("form", r.form, req.form())
                .put("progressLength", (long) r.progress.length(), (long) progress.length())
                .put("problemsLength", (long) r.problems.length(), (long) problems.length())
                .put("plansLength", (long) r.plans.length(), (long) plans.length());
        r.title = title;
        r.form = req.form();
        r.progress = progress;
        r.problems = problems;
        r.plans = plans;
        if (before == WorkReportStatus.SIGNED_OFF) {
            // The leader signed what it said before: the changed report needs a new sign-off.
            r.status = WorkReportStatus.DRAFT;
            r.signedOffAt = null;
            r.signedOffByPersonId = null;
            r.signedOffByName = null;
            changes.put("status", before, r.status);
        }
        touch(r);
        audit.record("work-report.updated", ENTITY, r.id, org.id, changes, event(r));
        return r;
    }

    /** DRAFT or RETURNED → SIGNED_OFF, by the organization's FIRST_RESPONSIBLE of the day (as {@code duty/HeldOn} says). */
    @Transactional
    public WorkReport signOff(long id, long version) {
        WorkReport r = locked(id);
        requireVersion(r, version);
        Organization org = organizations.require(r.organizationId);
        if (r.status != WorkReportStatus.DRAFT && r.status != WorkReportStatus.RETURNED) {
            throw WorkReportProblems.transition(r.status, WorkReportStatus.SIGNED_OFF);
        }
        Long personId = user.personId();
        if (personId == null || !people.holdsFirstResponsible(personId, org.id, Today.date())) {
            throw WorkReportProblems.notFirstResponsible(org.name);
        }
        WorkReportStatus before = r.status;
        r.status = WorkReportStatus.SIGNED_OFF;
        r.signedOffAt = Instant.now();
        r.signedOffByPersonId = personId;
        r.signedOffByName = user.displayName();
        touch(r);
        audit.record("work-report.signed-off", ENTITY, r.id, org.id, Changes.create().put("status", before, r.status)
                .put("signedOffBy", null, r.signedOffByName), event(r));
        return r;
    }

    /**
     * SIGNED_OFF → SUBMITTED, late when the day is after the due day. The first submission records the fulfilment of
     * the organization's REPORT obligation for the period.
     */
    @Transactional
    public WorkReport submit(long id, long version) {
        WorkReport r = locked(id);
        Organization org = organizations.require(r.organizationId);
        requireWriteOn(org);
        requireVersion(r, version);
        if (r.status == WorkReportStatus.DRAFT || r.status == WorkReportStatus.RETURNED) {
            throw WorkReportProblems.notSigned(r.status);
        }
        if (r.status != WorkReportStatus.SIGNED_OFF) {
            throw WorkReportProblems.transition(r.status, WorkReportStatus.SUBMITTED);
        }
        // The obligation side writes (and flushes) first, so the report's row changes once: one version step.
        Long record = r.fulfilmentId;
        if (record == null) {
            Periods.Period p = Periods.parse("period", r.periodKey);
            record = fulfilment.record(org.id, Today.date(), r.title, p.start(), p.end());
        }
        WorkReportStatus before = r.status;
        r.fulfilmentId = record;
        r.status = WorkReportStatus.SUBMITTED;
        r.submittedAt = Instant.now();
        r.late = WorkReportPeriods.late(r.dueOn, Today.date());
        touch(r);
        audit.record("work-report.submitted", ENTITY, r.id, org.id, Changes.create().put("status", before, r.status)
                .put("late", null, r.late), event(r));
        notices.submitted(r, org, organizations.require(r.recipientOrganizationId), Today.date());
        return r;
    }

    /** SUBMITTED → ACKNOWLEDGED, by the recipient's staff. */
    @Transactional
    public WorkReport acknowledge(long id, long version) {
        WorkReport r = recipientSide(id, version, WorkReportStatus.ACKNOWLEDGED);
        r.status = WorkReportStatus.ACKNOWLEDGED;
        r.acknowledgedAt = Instant.now();
        r.acknowledgedByPersonId = user.personId();
        r.acknowledgedByName = user.displayName();
        touch(r);
        audit.record("work-report.acknowledged", ENTITY, r.id, r.organizationId, Changes.create()
                .put("status", WorkReportStatus.SUBMITTED, r.status), event(r));
        notices.answered(r, organizations.require(r.recipientOrganizationId));
        return r;
    }

    /** SUBMITTED → RETURNED with a comment, by the recipient's staff; the author edits, has it signed off and resubmits. */
    @Transactional
    public WorkReport returnReport(long id, WorkReportRequests.Return req) {
        WorkReport r = recipientSide(id, req.version(), WorkReportStatus.RETURNED);
        String comment = Texts.clean(req.comment());
        if (comment == null) {
            throw ProblemException.invalid("comment", FieldCode.REQUIRED);
        }
        r.status = WorkReportStatus.RETURNED;
        r.returnedAt = Instant.now();
        r.returnComment = comment;
        r.signedOffAt = null;
        r.signedOffByPersonId = null;
        r.signedOffByName = null;
        touch(r);
        audit.record("work-report.returned", ENTITY, r.id, r.organizationId, Changes.create()
                .put("status", WorkReportStatus.SUBMITTED, r.status).put("comment", null, comment), event(r));
        notices.answered(r, organizations.require(r.recipientOrganizationId));
        return r;
    }

    @Transactional
    public WorkReportViews.Attachment addAttachment(long id, String fileName, String declaredType, byte[] content) {
        WorkReport r = locked(id);
        Organization org = organizations.require(r.organizationId);
        requireWriteOn(org);
        if (!r.status.editable()) {
            throw WorkReportProblems.transition(r.status, WorkReportStatus.DRAFT);
        }
        String name = Texts.clean(fileName);
        if (name == null || name.length() > 255) {
            throw ProblemException.invalid("file", FieldCode.FILE_NAME, Map.of("max", 255));
        }
        FileChecks.Inspected file = FileChecks.inspect(name, declaredType, content, config.attachments().maxSize().asLongValue());
        Instant now = Instant.now();
        long attachmentId = ((Number) em.createNativeQuery("INSERT INTO work_report_attachment (report_id, file_name, media_type,"
                        + " size_bytes, sha256, content, uploaded_by_person_id, uploaded_by_name, uploaded_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id")
                .setParameter(1, r.id).setParameter(2, name).setParameter(3, file.mediaType()).setParameter(4, file.size())
                .setParameter(5, file.sha256()).setParameter(6, content).setParameter(7, user.personId())
                .setParameter(8, user.displayName()).setParameter(9, now.atOffset(ZoneOffset.UTC)).getSingleResult()).longValue();
        audit.record("work-report.attachment-added", ENTITY, r.id, org.id, Changes.create()
                .put("attachment", null, name + " " + file.sha256()));
        return new WorkReportViews.Attachment(attachmentId, name, file.mediaType(), file.size(), file.sha256(), now,
                user.displayName());
    }

    @Transactional
    public void removeAttachment(long id, long attachmentId) {
        WorkReport r = locked(id);
        Organization org = organizations.require(r.organizationId);
        requireWriteOn(org);
        if (!r.status.editable()) {
            throw WorkReportProblems.transition(r.status, WorkReportStatus.DRAFT);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("DELETE FROM work_report_attachment WHERE id = ?1 AND report_id = ?2"
                + " RETURNING file_name, sha256").setParameter(1, attachmentId).setParameter(2, r.id).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Attachment", attachmentId);
        }
        audit.record("work-report.attachment-removed", ENTITY, r.id, org.id, Changes.create()
                .put("attachment", rows.get(0)[0] + " " + rows.get(0)[1], null));
    }

    // ---- checks and helpers

    /** The reporting organization: 404 naming the field outside the caller's scope, 403 where the caller only reads. */
    private Organization writableOrganization(Long id) {
        Organization org = organizations.findById(id);
        scope.requireActingFor("organizationId", id, org == null ? null : org.path);
        org.requireActive("organizationId");
        return org;
    }

    /** The parent by default; a named recipient must be an active superior (any ancestor) of the organization. */
    private Organization recipientOf(Organization org, Long recipientId, String noSuperiorField) {
        if (recipientId == null) {
            if (org.parentId == null) {
                throw ProblemException.invalid(noSuperiorField, FieldCode.NO_SUPERIOR, Map.of("organization", org.name));
            }
            return organizations.require(org.parentId);
        }
        Organization recipient = organizations.findById(recipientId);
        if (recipient == null) {
            throw ProblemException.unknownReference("recipientOrganizationId", "organization", recipientId);
        }
        if (!org.ancestorIds().contains(recipient.id)) {
            throw ProblemException.invalid("recipientOrganizationId", FieldCode.NOT_AN_ANCESTOR,
                    Map.of("organizationId", recipient.id, "organization", org.name));
        }
        if (!recipient.active) {
            throw ProblemException.invalid("recipientOrganizationId", FieldCode.DISSOLVED, Map.of("organizationId", recipient.id));
        }
        return recipient;
    }

    /**
     * Copies go to existing, active organizations the caller may address: up the reporting organization's line (its
     * superiors) or inside the caller's read scope; any other (a sibling's subtree) is refused as unknown, so a copy
     * never carries a report sideways. The author and the recipient are left out, each listed once.
     */
    private List<Long> checkCopies(List<Long> ids, Organization org, Organization recipient) {
        List<Long> out = new ArrayList<>();
        List<Long> given = ids == null ? List.of() : ids;
        for (int i = 0; i < given.size(); i++) {
            Organization copy = organizations.findById(given.get(i));
            if (copy == null || !(copy.contains(org) || scope.canRead(copy.path))) {
                throw ProblemException.unknownReference("copyOrganizationIds[" + i + "]", "organization", given.get(i));
            }
            if (!copy.active) {
                throw ProblemException.invalid("copyOrganizationIds[" + i + "]", FieldCode.DISSOLVED, Map.of("organizationId", copy.id));
            }
            if (copy.id != org.id && copy.id != recipient.id && !out.contains(copy.id)) {
                out.add(copy.id);
            }
        }
        return out;
    }

    private WorkReport newReport(Organization org, Organization recipient, WorkReportKind kind, Periods.Period period,
                                 String rawTitle, WorkReportForm form) {
        long existing = ((Number) em.createNativeQuery("SELECT count(*) FROM work_report WHERE organization_id = ?1"
                        + " AND kind = ?2 AND period_key = ?3 AND recipient_organization_id = ?4")
                .setParameter(1, org.id).setParameter(2, kind.name()).setParameter(3, period.key()).setParameter(4, recipient.id)
                .getSingleResult()).longValue();
        if (existing > 0) {
            throw WorkReportProblems.exists();
        }
        WorkReport r = new WorkReport();
        r.organizationId = org.id;
        r.recipientOrganizationId = recipient.id;
        r.kind = kind;
        r.periodKey = period.key();
        r.dueOn = WorkReportPeriods.dueOn(period);
        String title = Texts.clean(rawTitle);
        r.title = title != null ? title : org.name + WorkReportPeriods.words(period) + kind.label;
        r.form = form;
        r.status = WorkReportStatus.DRAFT;
        r.createdByPersonId = user.personId();
        r.createdByName = user.displayName();
        return r;
    }

    private void persist(WorkReport r, List<Long> copies) {
        r.createdAt = r.updatedAt = Instant.now();
        em.persist(r);
        em.flush();
        insertCopies(r.id, copies);
    }

    private void insertCopies(long reportId, List<Long> copies) {
        for (Long orgId : copies) {
            em.createNativeQuery("INSERT INTO work_report_copy (report_id, organization_id) VALUES (?1, ?2)")
                    .setParameter(1, reportId).setParameter(2, orgId).executeUpdate();
        }
    }

    List<Long> copies(long reportId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT organization_id FROM work_report_copy WHERE report_id = ?1"
                + " ORDER BY organization_id").setParameter(1, reportId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** The report, readable (404 otherwise), locked for the rest of the transaction and freshly read. */
    private WorkReport locked(long id) {
        WorkReport r = get(id);
        em.lock(r, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(r);
        return r;
    }

    /** The step was based on the report's current version (409 otherwise). */
    private static void requireVersion(WorkReport r, long version) {
        if (version != r.version) {
            throw ProblemException.versionConflict("Work report", r.id, version, r.version);
        }
    }

    /** Write scope over one side of a readable report ({@link OrgScope#requireActingForSide}). */
    private void requireWriteOn(Organization side) {
        scope.requireActingForSide(side.path, side.name, "报告", "report");
    }

    /** A step of the recipient side: write scope over the recipient, the report SUBMITTED. */
    private WorkReport recipientSide(long id, long version, WorkReportStatus to) {
        WorkReport r = locked(id);
        requireWriteOn(organizations.require(r.recipientOrganizationId));
        requireVersion(r, version);
        if (r.status != WorkReportStatus.SUBMITTED) {
            throw WorkReportProblems.transition(r.status, to);
        }
        return r;
    }

    /** When the report last changed; the version moves with the flush of the changed row. */
    private static void touch(WorkReport r) {
        r.updatedAt = Instant.now();
    }

    private static Changes describe(Changes changes, WorkReport before, WorkReport after) {
        boolean b = before != null;
        return changes.put("recipientOrganizationId", b ? before.recipientOrganizationId : null, after.recipientOrganizationId)
                .put("kind", b ? before.kind : null, after.kind)
                .put("period", b ? before.periodKey : null, after.periodKey)
                .put("title", b ? before.title : null, after.title)
                .put("form", b ? before.form : null, after.form)
                .put("status", b ? before.status : null, after.status);
    }

    /** Facts for subscribers of the `work-report.…` events, beside the audit event's own. */
    private static Map<String, Object> event(WorkReport r) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("reportId", r.id);
        e.put("recipientOrganizationId", r.recipientOrganizationId);
        e.put("kind", r.kind.name());
        e.put("period", r.periodKey);
        e.put("status", r.status.name());
        e.put("late", r.late);
        return e;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
