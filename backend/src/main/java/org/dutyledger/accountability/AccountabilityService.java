package org.dutyledger.accountability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.dutyledger.audit.AuditTrail;
import org.dutyledger.audit.Changes;
import org.dutyledger.common.FieldCode;
import org.dutyledger.common.Problem;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.Texts;
import org.dutyledger.common.Today;
import org.dutyledger.common.VersionedAction;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.security.CurrentUser;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Accountability cases (责任追究): filed by a filer of the filing organization (or an admin) over that organization or
 * one below it, with the proposal computed from the ledger on the incident date ({@link ResponsibilityProposal});
 * lines edited with a reason, statements by the named person, then submitted, decided, filed upward and closed
 * ({@link CaseStatus}). Every step checks who may take it ({@link CaseVisibility}), bumps the case's version (a stale
 * one is a 409) and writes its audit event — hence its outbox event, of the same name — in its own transaction.
 */
@ApplicationScoped
public class AccountabilityService {

    static final String ENTITY = "accountability-case";

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    CaseVisibility visibility;

    @Inject
    OrganizationRepository organizations;

    @Inject
    LinkedRecords linked;

    @Inject
    ResponsibilityProposal proposal;

    @Inject
    AccountabilityQueries queries;

    @Inject
    AccountabilityNotices notices;

    @Inject
    AuditTrail audit;

    /** A case with how the caller sees it; 404 when they do not. */
    public record Seen(AccountabilityCase c, CaseVisibility.Sight sight) {
    }

    public Seen get(long id) {
        AccountabilityCase c = em.find(AccountabilityCase.class, id);
        if (c == null) {
            throw ProblemException.notFound("Accountability case", id);
        }
        CaseVisibility.Sight sight = visibility.sight(filingPath(c), named(c.id));
        if (sight == CaseVisibility.Sight.NONE) {
            throw ProblemException.notFound("Accountability case", id);
        }
        return new Seen(c, sight);
    }

    @Transactional
    public AccountabilityCase file(AccountabilityRequests.FileCase req) {
        Organization filing = organizations.findById(req.filingOrganizationId());
        if (filing == null) {
            throw ProblemException.unknownReference("filingOrganizationId", "organization", req.filingOrganizationId());
        }
        if (!user.isAdmin() && !visibility.filerPaths().contains(filing.path)) {
            throw ProblemException.withErrors(403, "forbidden", "Forbidden", List.of(Problem.FieldError.of(
                    "filingOrganizationId", FieldCode.NOT_A_FILER, Map.of("organizationId", filing.id))));
        }
        Organization subject = subjectUnder(filing, req.subjectOrganizationId());
        AccountabilityCase c = new AccountabilityCase();
        c.filingOrganizationId = filing.id;
        c.subjectOrganizationId = subject.id;
        Facts facts = facts(req.title(), req.description(), req.situation(), req.situationText(), req.incidentDate());
        facts.applyTo(c);
        c.decisionKind = req.decisionKind();
        c.status = CaseStatus.DRAFT;
        c.createdByPersonId = user.personId();
        c.createdByName = user.displayName();
        c.createdAt = c.updatedAt = Instant.now();
        List<LinkedRecords.Checked> links = linked.check(req.links(), subject);
        em.persist(c);
        em.flush();
        saveLinks(c, links);
        List<AccountabilityLine> lines = saveProposal(c, subject, links, Map.of());
        audit.record("accountability-case.filed", ENTITY, c.id, filing.id, Changes.create()
                .put("subjectOrganizationId", null, subject.id).put("title", null, c.title).put("incidentDate", null, c.incidentDate)
                .put("situation", null, c.situation).put("decisionKind", null, c.decisionKind)
                .put("links", null, links.stream().map(LinkedRecords.Checked::label).toList())
                .put("lines", null, describe(lines)), event(c));
        return c;
    }

    /** DRAFT only: new facts and links, and the proposal computed again (statements already made are kept). */
    @Transactional
    public AccountabilityCase edit(long id, AccountabilityRequests.EditCase req) {
        AccountabilityCase c = managed(id);
        lock(c, req.version());
        requireStatus(c, c.status.editable(), "edit");
        Organization subject = organizations.require(c.subjectOrganizationId);
        Facts before = Facts.of(c);
        Facts after = facts(req.title(), req.description(), req.situation(), req.situationText(), req.incidentDate());
        List<LinkedRecords.Checked> links = linked.check(req.links(), subject);
        after.applyTo(c);
        DecisionKind kindBefore = c.decisionKind;
        c.decisionKind = req.decisionKind();
        c.updatedAt = Instant.now();
        em.createQuery("DELETE FROM AccountabilityLink WHERE caseId = ?1").setParameter(1, c.id).executeUpdate();
        saveLinks(c, links);
        List<AccountabilityLine> lines = recomputeLines(c, subject, links);
        em.flush();
        audit.record("accountability-case.edited", ENTITY, c.id, c.filingOrganizationId, Changes.create()
                .put("title", before.title, after.title).put("description", before.description, after.description)
                .put("situation", before.situation, after.situation).put("situationText", before.situationText, after.situationText)
                .put("incidentDate", before.incidentDate, after.incidentDate).put("decisionKind", kindBefore, c.decisionKind)
                .put("links", null, links.stream().map(LinkedRecords.Checked::label).toList()).put("lines", null, describe(lines)),
                event(c));
        return c;
    }

    /** DRAFT only: the proposal computed again from the ledger as it stands (after a correction, a new record). */
    @Transactional
    public AccountabilityCase recompute(long id, VersionedAction req) {
        AccountabilityCase c = managed(id);
        lock(c, req.version());
        requireStatus(c, c.status.editable(), "recompute");
        Organization subject = organizations.require(c.subjectOrganizationId);
        List<LinkedRecords.Checked> links = queries.links(c.id).stream()
                .map(l -> new LinkedRecords.Checked(l.kind, l.targetId, l.decisionIndex, l.label)).toList();
        List<String> before = describe(queries.lines(c.id));
        List<AccountabilityLine> lines = recomputeLines(c, subject, links);
        c.updatedAt = Instant.now();
        em.flush();
        audit.record("accountability-case.recomputed", ENTITY, c.id, c.filingOrganizationId, Changes.create()
                .put("lines", before, describe(lines)), event(c));
        return c;
    }

    @Transactional
    public AccountabilityCase editLine(long id, long lineId, AccountabilityRequests.EditLine req) {
        AccountabilityCase c = managed(id);
        AccountabilityLine l = line(c, lineId);
        lock(c, req.version());
        requireStatus(c, c.status.beforeDecision(), "edit a line");
        String reason = Texts.clean(req.reason());
        if (reason == null) {
            throw ProblemException.invalid("reason", FieldCode.REQUIRED);
        }
        if (req.exempt() && !l.exemptionRecorded()) {
            throw AccountabilityProblems.exemptionNotRecorded();
        }
        if (req.exempt() && req.responsibility() != Responsibility.NONE) {
            throw ProblemException.invalid("responsibility", FieldCode.NOT_ONE_OF, Map.of("allowed", "NONE"));
        }
        Changes changes = Changes.create().put("lineId", null, l.id).put("personId", null, l.personId)
                .put("responsibility", l.responsibility, req.responsibility()).put("exempt", l.exempt, req.exempt())
                .put("reason", null, reason);
        l.responsibility = req.responsibility();
        l.exempt = req.exempt();
        l.edited = true;
        l.editReason = reason;
        c.updatedAt = Instant.now();
        em.flush();
        audit.record("accountability-case.line-edited", ENTITY, c.id, c.filingOrganizationId, changes, event(c));
        return c;
    }

    /** The named person's statement (申辩), until the decision; a new one replaces the last. */
    @Transactional
    public AccountabilityLine statement(long id, long lineId, AccountabilityRequests.Statement req) {
        Seen seen = get(id);
        AccountabilityCase c = seen.c();
        AccountabilityLine l = em.find(AccountabilityLine.class, lineId);
        boolean own = l != null && l.caseId == c.id && Objects.equals(l.personId, user.personId());
        if (!own) {
            if (l == null || l.caseId != c.id || seen.sight() == CaseVisibility.Sight.OWN_LINE) {
                throw ProblemException.notFound("Accountability line", lineId);
            }
            throw AccountabilityProblems.notNamed();
        }
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(c);
        requireStatus(c, c.status.beforeDecision(), "add a statement");
        String text = Texts.clean(req.text());
        if (text == null) {
            throw ProblemException.invalid("text", FieldCode.REQUIRED);
        }
        String before = l.statementText;
        l.statementText = text;
        l.statementAt = Instant.now();
        em.flush();
        audit.record("accountability-case.statement-added", ENTITY, c.id, c.filingOrganizationId, Changes.create()
                .put("lineId", null, l.id).put("statement", before, text), event(c));
        return l;
    }

    @Transactional
    public AccountabilityCase submit(long id, VersionedAction req) {
        AccountabilityCase c = managed(id);
        lock(c, req.version());
        CaseStatus before = move(c, CaseStatus.UNDER_REVIEW);
        em.flush();
        Set<Long> told = notices.tell(named(c.id), c, c.filingOrganizationId, "ACCOUNTABILITY_CASE_SUBMITTED", "submitted",
                "责任追究：“" + c.title + "”已提交审议，您被列入该案，可在作出决定前提出申辩");
        Map<String, Object> data = event(c);
        data.put("notified", told);
        audit.record("accountability-case.submitted", ENTITY, c.id, c.filingOrganizationId, Changes.create()
                .put("status", before, c.status), data);
        return c;
    }

    @Transactional
    public AccountabilityCase decide(long id, AccountabilityRequests.Decide req) {
        AccountabilityCase c = managed(id);
        lock(c, req.version());
        if (!c.status.next().contains(CaseStatus.DECIDED)) {
            throw AccountabilityProblems.transition(c.status, CaseStatus.DECIDED.name());
        }
        String basis = Texts.clean(req.decisionBasis());
        if (basis == null) {
            throw ProblemException.invalid("decisionBasis", FieldCode.REQUIRED);
        }
        Map<Long, AccountabilityLine> lines = new LinkedHashMap<>();
        queries.lines(c.id).forEach(l -> lines.put(l.id, l));
        Map<Long, AccountabilityRequests.DecidedLine> decided = new HashMap<>();
        for (int i = 0; i < req.lines().size(); i++) {
            AccountabilityRequests.DecidedLine d = req.lines().get(i);
            String field = "lines[" + i + "]";
            AccountabilityLine l = lines.get(d.lineId());
            if (l == null) {
                throw ProblemException.unknownReference(field + ".lineId", "line", d.lineId());
            }
            if (decided.put(d.lineId(), d) != null) {
                throw ProblemException.invalid(field + ".lineId", FieldCode.LISTED_TWICE, Map.of("id", d.lineId()));
            }
            if (d.responsibility() == Responsibility.NONE && d.outcome() != null) {
                throw ProblemException.invalid(field + ".outcome", FieldCode.NO_OUTCOME_FOR_NONE);
            }
            if (d.responsibility() != Responsibility.NONE && d.outcome() == null) {
                throw ProblemException.invalid(field + ".outcome", FieldCode.REQUIRED);
            }
            if (l.exempt && d.responsibility() != Responsibility.NONE) {
                throw ProblemException.invalid(field + ".responsibility", FieldCode.EXEMPT_LINE);
            }
        }
        List<Long> missing = lines.keySet().stream().filter(k -> !decided.containsKey(k)).toList();
        if (!missing.isEmpty()) {
            throw ProblemException.invalid("lines", FieldCode.EVERY_LINE_ONCE, Map.of("lineIds", missing));
        }
        List<String> outcomes = new ArrayList<>();
        for (AccountabilityLine l : lines.values()) {
            AccountabilityRequests.DecidedLine d = decided.get(l.id);
            l.responsibility = d.responsibility();
            l.outcome = d.outcome();
            outcomes.add(l.personId + " " + l.responsibility + (l.outcome == null ? "" : " " + l.outcome));
        }
        CaseStatus before = move(c, CaseStatus.DECIDED);
        DecisionKind kindBefore = c.decisionKind;
        c.decisionKind = req.decisionKind();
        c.decisionBasis = basis;
        c.decidedAt = Instant.now();
        c.decidedByName = user.displayName();
        em.flush();
        Set<Long> told = notices.tell(named(c.id), c, c.filingOrganizationId, "ACCOUNTABILITY_CASE_DECIDED", "decided",
                "责任追究：“" + c.title + "”已作出决定（" + basis + "），请查看与您有关的处理");
        Map<String, Object> data = event(c);
        data.put("notified", told);
        audit.record("accountability-case.decided", ENTITY, c.id, c.filingOrganizationId, Changes.create()
                .put("status", before, c.status).put("decisionKind", kindBefore, c.decisionKind)
                .put("decisionBasis", null, basis).put("lines", null, outcomes), data);
        return c;
    }

    /** Reported to the filing organization's parent, whose filers are told. */
    @Transactional
    public AccountabilityCase fileUpward(long id, VersionedAction req) {
        AccountabilityCase c = managed(id);
        lock(c, req.version());
        Organization filing = organizations.require(c.filingOrganizationId);
        if (filing.parentId == null) {
            throw new ProblemException(409, "case-transition", "Transition not allowed", ProblemException.detail(
                    filing.name + "没有上级组织，无法上报", filing.name + " has no parent organization to file the case with"));
        }
        CaseStatus before = move(c, CaseStatus.FILED_UPWARD);
        c.filedUpwardToId = filing.parentId;
        em.flush();
        Organization parent = organizations.require(filing.parentId);
        Set<Long> told = notices.tell(filersOf(parent.id), c, parent.id, "ACCOUNTABILITY_CASE_FILED_UPWARD", "filed-upward",
                "责任追究：" + filing.name + "上报“" + c.title + "”的问责决定");
        Map<String, Object> data = event(c);
        data.put("notified", told);
        audit.record("accountability-case.filed-upward", ENTITY, c.id, c.filingOrganizationId, Changes.create()
                .put("status", before, c.status).put("filedUpwardToId", null, parent.id), data);
        return c;
    }

    @Transactional
    public AccountabilityCase close(long id, VersionedAction req) {
        AccountabilityCase c = managed(id);
        lock(c, req.version());
        CaseStatus before = move(c, CaseStatus.CLOSED);
        c.closedAt = Instant.now();
        em.flush();
        audit.record("accountability-case.closed", ENTITY, c.id, c.filingOrganizationId, Changes.create()
                .put("status", before, c.status), event(c));
        return c;
    }

    // ---------------------------------------------------------------- helpers

    /** A case the caller acts on: 404 when they do not see it, 403 when they only read it (auditor, named person). */
    private AccountabilityCase managed(long id) {
        AccountabilityCase c = get(id).c();
        if (!visibility.manages(filingPath(c))) {
            throw user.isAuditor() && !user.isAdmin()
                    ? ProblemException.forbidden("审计员角色可查阅全部内容，但不能修改任何内容", "The auditor role reads everything and changes nothing")
                    : AccountabilityProblems.notManaging();
        }
        return c;
    }

    private void lock(AccountabilityCase c, long version) {
        em.refresh(c, LockModeType.PESSIMISTIC_WRITE);
        if (c.version != version) {
            throw ProblemException.versionConflict("Accountability case", c.id, version, c.version);
        }
    }

    private CaseStatus move(AccountabilityCase c, CaseStatus to) {
        if (!c.status.next().contains(to)) {
            throw AccountabilityProblems.transition(c.status, to.name());
        }
        CaseStatus before = c.status;
        c.status = to;
        c.updatedAt = Instant.now();
        return before;
    }

    private static void requireStatus(AccountabilityCase c, boolean allowed, String step) {
        if (!allowed) {
            throw AccountabilityProblems.transition(c.status, step);
        }
    }

    private AccountabilityLine line(AccountabilityCase c, long lineId) {
        AccountabilityLine l = em.find(AccountabilityLine.class, lineId);
        if (l == null || l.caseId != c.id) {
            throw ProblemException.notFound("Accountability line", lineId);
        }
        return l;
    }

    private Organization subjectUnder(Organization filing, Long subjectId) {
        Organization subject = organizations.findById(subjectId);
        if (subject == null || !subject.path.startsWith(filing.path)) {
            throw ProblemException.unknownReference("subjectOrganizationId", "organization", subjectId);
        }
        return subject;
    }

    private String filingPath(AccountabilityCase c) {
        return organizations.require(c.filingOrganizationId).path;
    }

    private List<Long> named(long caseId) {
        return queries.lines(caseId).stream().map(l -> l.personId).toList();
    }

    private List<Long> filersOf(long organizationId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT person_id FROM accountability_filer WHERE organization_id = ?1 ORDER BY person_id")
                .setParameter(1, organizationId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    private void saveLinks(AccountabilityCase c, List<LinkedRecords.Checked> links) {
        for (int i = 0; i < links.size(); i++) {
            LinkedRecords.Checked k = links.get(i);
            AccountabilityLink l = new AccountabilityLink();
            l.caseId = c.id;
            l.position = i;
            l.kind = k.kind();
            l.targetId = k.id();
            l.decisionIndex = k.decisionIndex();
            l.label = k.label();
            em.persist(l);
        }
    }

    /** Replaces the lines with a fresh proposal; a person still named keeps the statement they made. */
    private List<AccountabilityLine> recomputeLines(AccountabilityCase c, Organization subject, List<LinkedRecords.Checked> links) {
        Map<Long, AccountabilityLine> old = new HashMap<>();
        queries.lines(c.id).forEach(l -> old.put(l.personId, l));
        em.createQuery("DELETE FROM AccountabilityLine WHERE caseId = ?1").setParameter(1, c.id).executeUpdate();
        em.flush();
        return saveProposal(c, subject, links, old);
    }

    private List<AccountabilityLine> saveProposal(AccountabilityCase c, Organization subject, List<LinkedRecords.Checked> links,
                                                  Map<Long, AccountabilityLine> statements) {
        List<AccountabilityLine> out = new ArrayList<>();
        int position = 0;
        for (ResponsibilityProposal.Proposed p : proposal.propose(subject, c.incidentDate, links)) {
            AccountabilityLine l = new AccountabilityLine();
            l.caseId = c.id;
            l.position = position++;
            l.personId = p.personId();
            l.responsibility = l.proposed = p.responsibility();
            l.source = p.source();
            l.role = p.role();
            l.assignmentId = p.assignmentId();
            l.assignmentBasis = p.assignmentBasis();
            l.why = p.why();
            if (p.exemption() != null) {
                l.exempt = true;
                l.exemptKind = p.exemption().kind();
                l.exemptRecordId = p.exemption().recordId();
                l.exemptAt = p.exemption().at();
                l.exemptText = cut(p.exemption().text(), 2000);
            }
            AccountabilityLine before = statements.get(p.personId());
            if (before != null) {
                l.statementText = before.statementText;
                l.statementAt = before.statementAt;
            }
            em.persist(l);
            out.add(l);
        }
        return out;
    }

    private static List<String> describe(List<AccountabilityLine> lines) {
        return lines.stream().map(l -> l.personId + " " + l.responsibility + (l.exempt ? " exempt" : "")).toList();
    }

    private static Map<String, Object> event(AccountabilityCase c) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("caseId", c.id);
        data.put("status", c.status.name());
        data.put("subjectOrganizationId", c.subjectOrganizationId);
        return data;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** The facts of the incident, checked. */
    private record Facts(String title, String description, Situation situation, String situationText, LocalDate incidentDate) {

        static Facts of(AccountabilityCase c) {
            return new Facts(c.title, c.description, c.situation, c.situationText, c.incidentDate);
        }

        void applyTo(AccountabilityCase c) {
            c.title = title;
            c.description = description;
            c.situation = situation;
            c.situationText = situationText;
            c.incidentDate = incidentDate;
        }
    }

    private static Facts facts(String title, String description, Situation situation, String situationText, LocalDate incidentDate) {
        String t = Texts.clean(title);
        if (t == null) {
            throw ProblemException.invalid("title", FieldCode.REQUIRED);
        }
        String d = Texts.clean(description);
        if (d == null) {
            throw ProblemException.invalid("description", FieldCode.REQUIRED);
        }
        String s = Texts.clean(situationText);
        if (situation == Situation.OTHER && s == null) {
            throw ProblemException.invalid("situationText", FieldCode.REQUIRED);
        }
        LocalDate today = Today.date();
        if (incidentDate.isAfter(today)) {
            throw ProblemException.invalid("incidentDate", FieldCode.AFTER_END, Map.of("end", today));
        }
        return new Facts(t, d, situation, s, incidentDate);
    }
}
