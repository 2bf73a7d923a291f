package org.dutyledger.inspection.rectification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.dutyledger.audit.AuditTrail;
import org.dutyledger.audit.Changes;
import org.dutyledger.common.FieldCode;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.Texts;
import org.dutyledger.common.Today;
import org.dutyledger.common.VersionedAction;
import org.dutyledger.duty.DutyHolders;
import org.dutyledger.duty.DutyRole;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.security.CurrentUser;
import org.dutyledger.security.OrgScope;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rectifications (整改): created for a finding by staff of the target or above, worked on by the responsible person
 * or the target's staff (progress, evidence, submission, extension requests), verified or rejected by staff of the
 * raising organization — never by the responsible person or the submitter. Every step is checked against the caller's
 * scope, bumps the version and writes its audit event (hence its outbox event, of the same type) and its
 * notifications in its own transaction.
 */
@ApplicationScoped
public class RectificationService {

    static final String ENTITY = "rectification";

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
    FindingService findings;

    @Inject
    DutyHolders holders;

    @Inject
    RectificationNotices notices;

    /** A rectification whose target the caller may read, or whose responsible person they are; 404 otherwise. */
    public Rectification get(long id) {
        Rectification r = em.find(Rectification.class, id);
        if (r == null || !(Objects.equals(user.personId(), r.responsiblePersonId) || scope.canRead(target(r).path))) {
            throw ProblemException.notFound("Rectification", id);
        }
        return r;
    }

    @Transactional
    public Rectification create(RectificationRequests.Create req) {
        return createAgreedOn(req, Today.date());
    }

    /**
     * A rectification agreed on an earlier day (an office's existing 整改台账 taken over, the demo's): its deadline and
     * check dates are checked against that day, so it may already be overdue; the responsible person is today's holder.
     */
    @Transactional
    public Rectification createAgreedOn(RectificationRequests.Create req, LocalDate agreedOn) {
        Finding f = em.find(Finding.class, req.findingId());
        Organization target = f == null ? null : organizations.require(f.targetOrganizationId);
        if (f == null || !scope.canRead(target.path)) {
            throw ProblemException.unknownReference("findingId", "finding", req.findingId());
        }
        scope.requireWrite(target.path, "Finding", f.id);
        em.lock(f, LockModeType.PESSIMISTIC_WRITE);
        Long existing = existing(f.id);
        if (existing != null) {
            throw RectificationProblems.exists(existing);
        }
        String measures = Texts.clean(req.measures());
        if (measures == null) {
            throw ProblemException.invalid("measures", FieldCode.REQUIRED);
        }
        LocalDate today = Today.date();
        if (agreedOn.isAfter(today)) {
            throw new IllegalArgumentException("a rectification is not agreed in the future: " + agreedOn);
        }
        boolean longTerm = Boolean.TRUE.equals(req.longTerm());
        TreeSet<LocalDate> checkDates = checkDates(req, longTerm, agreedOn);
        List<Long> people = holders.personIds(target.id, req.responsibleRole(), today);
        if (people.isEmpty()) {
            throw ProblemException.invalid("responsibleRole", FieldCode.NO_HOLDER,
                    Map.of("organization", target.name, "role", req.responsibleRole().label));
        }
        Instant now = Instant.now();
        Rectification r = new Rectification();
        r.findingId = f.id;
        r.measures = measures;
        r.responsibleRole = req.responsibleRole();
        r.responsiblePersonId = people.get(0);
        r.longTerm = longTerm;
        r.deadline = longTerm ? null : req.deadline();
        r.dueOn = longTerm ? checkDates.first() : r.deadline;
        r.status = RectificationStatus.OPEN;
        r.createdByPersonId = user.personId();
        r.createdAt = r.updatedAt = now;
        em.persist(r);
        em.flush();
        for (LocalDate day : checkDates) {
            em.createNativeQuery("INSERT INTO rectification_check_date (rectification_id, check_on) VALUES (?1, ?2)")
                    .setParameter(1, r.id).setParameter(2, day).executeUpdate();
        }
        Set<Long> told = notices.toOwner(r, target.id, "rectification.created", "rectification:" + r.id + ":created",
                "整改任务：" + target.name + "的问题“" + brief(f.description) + "”由您负责整改，" + dueText(r), user.personId());
        audit.record("rectification.created", ENTITY, r.id, target.id, Changes.create()
                .put("findingId", null, f.id).put("measures", null, measures).put("responsibleRole", null, r.responsibleRole)
                .put("responsiblePersonId", null, r.responsiblePersonId).put("deadline", null, r.deadline)
                .put("longTerm", null, r.longTerm).put("checkDates", null, checkDates.stream().map(LocalDate::toString).toList()),
                event(r, f, told));
        return r;
    }

    /** A progress update (整改进展) from the responsible side; the first one starts the work. Returns its id. */
    @Transactional
    public long progress(long id, RectificationRequests.Progress req) {
        Rectification r = get(id);
        Finding f = finding(r);
        requireOwnerSide(r, "报告整改进展");
        lock(r, req.version());
        if (!r.status.owed() && r.status != RectificationStatus.MONITORING) {
            throw RectificationProblems.transition(r.status, "progress");
        }
        String text = Texts.clean(req.text());
        if (text == null) {
            throw ProblemException.invalid("text", FieldCode.REQUIRED);
        }
        Instant now = Instant.now();
        RectificationStatus before = r.status;
        if (r.status != RectificationStatus.MONITORING) {
            r.status = RectificationStatus.IN_PROGRESS;
        }
        r.updatedAt = now;
        em.flush();
        long progressId = ((Number) em.createNativeQuery("INSERT INTO rectification_progress (rectification_id, text,"
                        + " author_person_id, author_name, created_at) VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id")
                .setParameter(1, r.id).setParameter(2, text).setParameter(3, user.personId()).setParameter(4, user.displayName())
                .setParameter(5, now.atOffset(ZoneOffset.UTC)).getSingleResult()).longValue();
        Map<String, Object> data = event(r, f, Set.of());
        data.put("progressId", progressId);
        audit.record("rectification.progress-added", ENTITY, r.id, f.targetOrganizationId, Changes.create()
                .put("status", before, r.status).put("progressId", null, progressId).put("text", null, text), data);
        return progressId;
    }

    @Transactional
    public Rectification submit(long id, VersionedAction req) {
        Rectification r = get(id);
        Finding f = finding(r);
        requireOwnerSide(r, "提交验收");
        Set<Long> raisingLiaisons = notices.holdersOf(f.raisingOrganizationId, DutyRole.LIAISON);
        lock(r, req.version());
        if (r.status != RectificationStatus.IN_PROGRESS && r.status != RectificationStatus.REJECTED) {
            throw RectificationProblems.transition(r.status, RectificationStatus.SUBMITTED.name());
        }
        Instant now = Instant.now();
        RectificationStatus before = r.status;
        r.status = RectificationStatus.SUBMITTED;
        r.submittedAt = now;
        r.submittedByPersonId = user.personId();
        r.submittedByName = user.displayName();
        r.updatedAt = now;
        em.flush();
        raisingLiaisons.remove(user.personId());
        Set<Long> told = notices.tell(raisingLiaisons, r, f.targetOrganizationId, "rectification.submitted",
                "rectification:" + r.id + ":submitted:" + now.toEpochMilli(),
                "整改待验收：" + targetName(f) + "已提交“" + brief(f.description) + "”的整改，请验收");
        audit.record("rectification.submitted", ENTITY, r.id, f.targetOrganizationId, Changes.create()
                .put("status", before, r.status).put("submittedAt", null, now), event(r, f, told));
        return r;
    }

    @Transactional
    public Rectification verify(long id, VersionedAction req) {
        Rectification r = get(id);
        Finding f = finding(r);
        requireVerifier(r, f, "验收整改");
        // The round due on dueOn is done: due again at the first check date after it (and after today, when late).
        LocalDate today = Today.date();
        LocalDate next = r.longTerm ? nextCheckDate(r.id, r.dueOn != null && r.dueOn.isAfter(today) ? r.dueOn : today) : null;
        lock(r, req.version());
        if (r.status != RectificationStatus.SUBMITTED) {
            throw RectificationProblems.transition(r.status, RectificationStatus.VERIFIED.name());
        }
        Instant now = Instant.now();
        LocalDate dueBefore = r.dueOn;
        r.status = r.longTerm ? RectificationStatus.MONITORING : RectificationStatus.VERIFIED;
        r.verifiedAt = now;
        r.verifiedByPersonId = user.personId();
        r.verifiedByName = user.displayName();
        if (r.longTerm) {
            r.dueOn = next;
            r.escalationLevel = 0;
        }
        r.updatedAt = now;
        em.flush();
        Set<Long> told = notices.toOwner(r, f.targetOrganizationId, "rectification.verified",
                "rectification:" + r.id + ":verified:" + now.toEpochMilli(), "整改已验收：“" + brief(f.description) + "”"
                        + (r.longTerm ? "转入长期坚持" + (next == null ? "" : "，下次检查日 " + next) : "已销号"), user.personId());
        audit.record("rectification.verified", ENTITY, r.id, f.targetOrganizationId, Changes.create()
                .put("status", RectificationStatus.SUBMITTED, r.status).put("verifiedAt", null, now)
                .put("dueOn", dueBefore, r.dueOn), event(r, f, told));
        return r;
    }

    @Transactional
    public Rectification reject(long id, RectificationRequests.Reject req) {
        Rectification r = get(id);
        Finding f = finding(r);
        requireVerifier(r, f, "退回整改");
        lock(r, req.version());
        if (r.status != RectificationStatus.SUBMITTED) {
            throw RectificationProblems.transition(r.status, RectificationStatus.REJECTED.name());
        }
        String comment = Texts.clean(req.comment());
        if (comment == null) {
            throw ProblemException.invalid("comment", FieldCode.REQUIRED);
        }
        Instant now = Instant.now();
        r.status = RectificationStatus.IN_PROGRESS;
        r.rejectComment = comment;
        r.updatedAt = now;
        em.flush();
        Set<Long> told = notices.toOwner(r, f.targetOrganizationId, "rectification.rejected",
                "rectification:" + r.id + ":rejected:" + now.toEpochMilli(),
                "整改验收未通过：“" + brief(f.description) + "”，" + comment, user.personId());
        audit.record("rectification.rejected", ENTITY, r.id, f.targetOrganizationId, Changes.create()
                .put("status", RectificationStatus.SUBMITTED, r.status).put("comment", null, comment), event(r, f, told));
        return r;
    }

    /** Asks the raising organization for a later due day. Returns the request's id. */
    @Transactional
    public long requestExtension(long id, RectificationRequests.Extension req) {
        Rectification r = get(id);
        Finding f = finding(r);
        requireOwnerSide(r, "申请延期");
        Set<Long> raisingLiaisons = notices.holdersOf(f.raisingOrganizationId, DutyRole.LIAISON);
        lock(r, req.version());
        if (!r.status.owed()) {
            throw RectificationProblems.transition(r.status, "extension");
        }
        if (pendingExtension(r.id)) {
            throw RectificationProblems.extensionPending();
        }
        if (r.dueOn != null && !req.requestedDeadline().isAfter(r.dueOn)) {
            throw ProblemException.invalid("requestedDeadline", FieldCode.NOT_AFTER_DUE, Map.of("dueOn", r.dueOn));
        }
        if (req.requestedDeadline().isBefore(Today.date())) {
            throw ProblemException.invalid("requestedDeadline", FieldCode.NOT_BEFORE_TODAY);
        }
        String reason = Texts.clean(req.reason());
        if (reason == null) {
            throw ProblemException.invalid("reason", FieldCode.REQUIRED);
        }
        Instant now = Instant.now();
        r.updatedAt = now;
        em.flush();
        long extensionId = ((Number) em.createNativeQuery("INSERT INTO rectification_extension (rectification_id,"
                        + " requested_deadline, reason, status, requested_by_person_id, requested_by_name, requested_at)"
                        + " VALUES (?1, ?2, ?3, 'PENDING', ?4, ?5, ?6) RETURNING id")
                .setParameter(1, r.id).setParameter(2, req.requestedDeadline()).setParameter(3, reason)
                .setParameter(4, user.personId()).setParameter(5, user.displayName()).setParameter(6, now.atOffset(ZoneOffset.UTC))
                .getSingleResult()).longValue();
        raisingLiaisons.remove(user.personId());
        Set<Long> told = notices.tell(raisingLiaisons, r, f.targetOrganizationId, "rectification.extension-requested",
                "rectification:" + r.id + ":extension:" + extensionId, "整改延期申请：" + targetName(f) + "申请将“"
                        + brief(f.description) + "”的整改时限延至 " + req.requestedDeadline());
        Map<String, Object> data = event(r, f, told);
        data.put("extensionId", extensionId);
        audit.record("rectification.extension-requested", ENTITY, r.id, f.targetOrganizationId, Changes.create()
                .put("extensionId", null, extensionId).put("requestedDeadline", r.dueOn, req.requestedDeadline())
                .put("reason", null, reason), data);
        return extensionId;
    }

    /** The raising organization approves (the due day moves, the ladder starts afresh) or refuses a request. */
    @Transactional
    public Rectification decideExtension(long id, long extensionId, VersionedAction req, boolean approve) {
        Rectification r = get(id);
        Finding f = finding(r);
        requireRaising(f, approve ? "批准延期" : "不批准延期");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT status, requested_deadline FROM rectification_extension"
                + " WHERE id = ?1 AND rectification_id = ?2").setParameter(1, extensionId).setParameter(2, r.id).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Extension request", extensionId);
        }
        lock(r, req.version());
        if (!"PENDING".equals(rows.get(0)[0])) {
            throw RectificationProblems.extensionDecided(extensionId);
        }
        LocalDate requested = org.dutyledger.common.SqlValues.date(rows.get(0)[1]);
        if (approve && !r.status.owed()) {
            throw RectificationProblems.transition(r.status, "extension");
        }
        Instant now = Instant.now();
        LocalDate dueBefore = r.dueOn;
        if (approve) {
            r.dueOn = requested;
            if (!r.longTerm) {
                r.deadline = requested;
            }
            r.escalationLevel = 0;
        }
        r.updatedAt = now;
        em.flush();
        String decision = approve ? "APPROVED" : "REFUSED";
        em.createNativeQuery("UPDATE rectification_extension SET status = ?1, decided_by_person_id = ?2, decided_by_name = ?3,"
                        + " decided_at = ?4 WHERE id = ?5")
                .setParameter(1, decision).setParameter(2, user.personId()).setParameter(3, user.displayName())
                .setParameter(4, now.atOffset(ZoneOffset.UTC)).setParameter(5, extensionId).executeUpdate();
        String action = approve ? "rectification.extension-approved" : "rectification.extension-refused";
        Set<Long> told = notices.toOwner(r, f.targetOrganizationId, action, "rectification:" + r.id + ":extension:" + extensionId
                + ":" + decision, (approve ? "延期申请已批准：“" + brief(f.description) + "”的整改时限延至 " + requested
                : "延期申请未获批准：“" + brief(f.description) + "”的整改时限仍为 " + r.dueOn), user.personId());
        Map<String, Object> data = event(r, f, told);
        data.put("extensionId", extensionId);
        audit.record(action, ENTITY, r.id, f.targetOrganizationId, Changes.create().put("extensionId", null, extensionId)
                .put("extensionStatus", "PENDING", decision).put("dueOn", dueBefore, r.dueOn), data);
        return r;
    }

    Finding finding(Rectification r) {
        return em.find(Finding.class, r.findingId);
    }

    private Organization target(Rectification r) {
        return organizations.require(finding(r).targetOrganizationId);
    }

    private String targetName(Finding f) {
        return organizations.require(f.targetOrganizationId).name;
    }

    private Long existing(long findingId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM rectification WHERE finding_id = ?1")
                .setParameter(1, findingId).getResultList();
        return ids.isEmpty() ? null : ids.get(0).longValue();
    }

    private boolean pendingExtension(long rectificationId) {
        return !em.createNativeQuery("SELECT 1 FROM rectification_extension WHERE rectification_id = ?1 AND status = 'PENDING'")
                .setParameter(1, rectificationId).getResultList().isEmpty();
    }

    private LocalDate nextCheckDate(long rectificationId, LocalDate after) {
        @SuppressWarnings("unchecked")
        List<Object> days = em.createNativeQuery("SELECT min(check_on) FROM rectification_check_date WHERE rectification_id = ?1"
                + " AND check_on > ?2").setParameter(1, rectificationId).setParameter(2, after).getResultList();
        return days.isEmpty() ? null : org.dutyledger.common.SqlValues.date(days.get(0));
    }

    private static TreeSet<LocalDate> checkDates(RectificationRequests.Create req, boolean longTerm, LocalDate today) {
        List<LocalDate> given = req.checkDates() == null ? List.of() : req.checkDates();
        TreeSet<LocalDate> days = new TreeSet<>();
        if (!longTerm) {
            if (req.deadline() == null) {
                throw ProblemException.invalid("deadline", FieldCode.DEADLINE_OR_LONG_TERM);
            }
            if (req.deadline().isBefore(today)) {
                throw ProblemException.invalid("deadline", FieldCode.NOT_BEFORE_TODAY);
            }
            if (!given.isEmpty()) {
                throw ProblemException.invalid("checkDates", FieldCode.DEADLINE_OR_LONG_TERM);
            }
            return days;
        }
        if (req.deadline() != null) {
            throw ProblemException.invalid("deadline", FieldCode.DEADLINE_OR_LONG_TERM);
        }
        if (given.isEmpty()) {
            throw ProblemException.invalid("checkDates", FieldCode.REQUIRED);
        }
        for (int i = 0; i < given.size(); i++) {
            LocalDate day = given.get(i);
            if (day.isBefore(today)) {
                throw ProblemException.invalid("checkDates[" + i + "]", FieldCode.NOT_BEFORE_TODAY);
            }
            if (!days.add(day)) {
                throw ProblemException.invalid("checkDates[" + i + "]", FieldCode.LISTED_TWICE, Map.of("id", day));
            }
        }
        return days;
    }

    /** The responsible person, or staff of the target (or above it, who keep its ledger). */
    private void requireOwnerSide(Rectification r, String action) {
        if (!Objects.equals(user.personId(), r.responsiblePersonId) && !scope.canWrite(target(r).path)) {
            throw RectificationProblems.notOwner(action);
        }
    }

    /** Never the responsible person or the submitter (checked first: they get the rule, not a scope answer). */
    private void requireVerifier(Rectification r, Finding f, String action) {
        Long me = user.personId();
        if (me != null && (me.equals(r.responsiblePersonId) || me.equals(r.submittedByPersonId))) {
            throw RectificationProblems.selfVerification();
        }
        requireRaising(f, action);
    }

    private void requireRaising(Finding f, String action) {
        if (!scope.canWrite(organizations.require(f.raisingOrganizationId).path)) {
            throw RectificationProblems.notRaising(action);
        }
    }

    private void lock(Rectification r, Long version) {
        em.lock(r, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(r);
        if (version == null) {
            throw ProblemException.invalid("version", FieldCode.REQUIRED);
        }
        if (version != r.version) {
            throw ProblemException.versionConflict("Rectification", r.id, version, r.version);
        }
    }

    static String brief(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }

    static String dueText(Rectification r) {
        return r.longTerm ? "长期坚持，首个检查日 " + r.dueOn : "整改时限 " + r.deadline;
    }

    /** What webhook subscribers receive besides the audit facts. */
    static Map<String, Object> event(Rectification r, Finding f, Set<Long> notified) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("rectificationId", r.id);
        data.put("findingId", f.id);
        data.put("targetOrganizationId", f.targetOrganizationId);
        data.put("raisingOrganizationId", f.raisingOrganizationId);
        data.put("status", r.status.name());
        data.put("dueOn", r.dueOn == null ? null : r.dueOn.toString());
        data.put("responsiblePersonId", r.responsiblePersonId);
        data.put("escalationLevel", r.escalationLevel);
        data.put("notifiedPersonIds", new ArrayList<>(notified));
        return data;
    }
}
