package org.dutyledger.duty;

import org.dutyledger.common.Language;
import java.util.Map;
import org.dutyledger.common.FieldCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.dutyledger.audit.AuditTrail;
import org.dutyledger.audit.Changes;
import org.dutyledger.channel.Channel;
import org.dutyledger.channel.ChannelClosed;
import org.dutyledger.common.Problem;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.Texts;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.person.Person;
import org.dutyledger.person.PersonQueries;
import org.dutyledger.person.PersonRepository;
import org.dutyledger.person.PersonScope;
import org.dutyledger.security.OrgScope;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Assigning, ending and correcting duties: authorized by the organization's scope, checked against the
 * policies under a per-organization lock, and audited in the same transaction. Nothing is ever deleted.
 */
@ApplicationScoped
public class DutyService {

    static final String ENTITY = "duty_assignment";

    @Inject
    DutyAssignmentRepository assignments;

    @Inject
    DutyPolicies policies;

    @Inject
    OneHolderAtATime oneHolder;

    @Inject
    DutyAudit describe;

    @Inject
    OrganizationRepository organizations;

    @Inject
    PersonRepository people;

    @Inject
    PersonQueries personQueries;

    @Inject
    HandoverNotices handoverNotices;

    @Inject
    PersonScope personScope;

    @Inject
    OrgScope scope;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager em;

    @Inject
    Event<DutyHoldersChanged> holderEvents;

    /** Reads one assignment, as 404 when its organization is outside the caller's scope. */
    public DutyAssignment get(long id) {
        DutyAssignment a = assignments.require(id);
        scope.requireRead(organizations.require(a.organizationId).path, "Duty assignment", id);
        return a;
    }

    /** An organization named by the path, readable (else 404) and writable (else 403). */
    public Organization writableOrganization(long id) {
        Organization org = organizations.require(id);
        scope.requireWrite(org.path, "Organization", id);
        return org;
    }

    @Transactional
    public DutyAssignment assign(DutyRequests.Assign req) {
        Organization org = organizations.findById(req.organizationId());
        if (org == null || !scope.canRead(org.path)) {
            throw ProblemException.unknownReference("organizationId", "organization", req.organizationId());
        }
        scope.requireWrite(org.path, "Organization", org.id);
        if (!org.active) {
            throw ProblemException.invalid("organizationId", FieldCode.DISSOLVED, Map.of("organizationId", org.id));
        }
        assignments.lockOrganization(org.id);
        return start(org, req.personId(), req.role(), req.validFrom(), req.validTo(), req.basis(),
                req.scopeOrganizationIds(), req.channelId(), "duty.assigned", null);
    }

    @Transactional
    public DutyAssignment end(long id, DutyRequests.End req) {
        return end(id, req, DutyEndReason.ENDED);
    }

    /** Ends a duty held until now; `why` is ENDED for a person's end, IMPORTED for an import's. */
    @Transactional
    public DutyAssignment end(long id, DutyRequests.End req, DutyEndReason why) {
        DutyAssignment a = lockedForWrite(id, req.version());
        if (a.validTo != null) {
            throw ProblemException.conflict("任职 " + id + " 已于 " + a.validTo + " 结束；结束日期有误请用更正",
                    "Duty assignment " + id + " already ended on " + a.validTo + "; a mistaken end date is fixed with a correction");
        }
        policies.periodEndsAfterItBegins(a.validFrom, req.validTo(), "validTo");
        close(a, req.validTo(), why, Texts.clean(req.reason()), "duty.ended");
        return a;
    }

    /** Rewrites a mistaken entry: every field but the organization, with a reason, audited before/after. */
    @Transactional
    public DutyAssignment correct(long id, DutyRequests.Correct req) {
        DutyAssignment a = lockedForWrite(id, req.version());
        Organization org = organizations.require(a.organizationId);
        if (a.personId != req.personId()) {
            holder(req.personId());
        }
        policies.periodEndsAfterItBegins(req.validFrom(), req.validTo(), "validTo");
        List<Long> scopeIds = policies.dualDutyScopeWithinSubtree(org, req.role(), req.scopeOrganizationIds());
        Channel channel = policies.channelOfTheOrganization(org, req.role(), req.channelId());
        policies.oneHolderAtATimeAndNoOverlap(new DutyPolicies.Candidate(a.id, req.personId(), org, req.role(),
                req.validFrom(), req.validTo(), req.channelId()));
        String basisNumber = req.basis() == null ? null : Texts.clean(req.basis().documentNumber());
        String basisTitle = req.basis() == null ? null : Texts.clean(req.basis().title());
        Long channelId = channel == null ? null : channel.id;
        DutyAudit.Snapshot before = describe.snapshot(a, assignments.scopes(List.of(a.id)).getOrDefault(a.id, List.of()));
        DutyAudit.Snapshot after = describe.snapshot(req.personId(), req.role(), req.validFrom(), req.validTo(),
                basisNumber, basisTitle, channelId, scopeIds);
        if (before.equals(after)) {
            return a;
        }
        DutyRole oldRole = a.role;
        LocalDate changedFrom = a.validFrom.isBefore(req.validFrom()) ? a.validFrom : req.validFrom();
        assignments.replaceScope(a.id, scopeIds);
        a.personId = req.personId();
        a.role = req.role();
        a.validFrom = req.validFrom();
        a.validTo = req.validTo();
        a.basisNumber = basisNumber;
        a.basisTitle = basisTitle;
        a.channelId = channelId;
        a.correctionReason = req.reason().strip();
        if (a.validTo == null) {
            // held again: it did not end after all
            a.endReasonCode = null;
            a.successorAssignmentId = null;
            a.endReason = null;
        } else if (a.endReasonCode == null) {
            a.endReasonCode = DutyEndReason.CORRECTED;
        }
        a.correctedAt = a.updatedAt = Instant.now();
        audit.record("duty.corrected", ENTITY, a.id, a.organizationId,
                DutyAudit.changes(before, after).put("reason", null, a.correctionReason));
        holdersChanged(a.organizationId, oldRole, changedFrom);
        if (a.role != oldRole) {
            holdersChanged(a.organizationId, a.role, changedFrom);
        }
        return a;
    }

    /** Hand-over (交接): the current holder(s) end the day before, the new holder starts, atomically. */
    @Transactional
    public List<DutyAssignment> handOver(long organizationId, DutyRequests.Handover req) {
        Organization org = writableOrganization(organizationId);
        if (req.role() == DutyRole.MEMBER_DUAL_DUTY) {
            throw ProblemException.invalid("role", FieldCode.DUAL_DUTY_NOT_HANDED_OVER);
        }
        if (req.role() == DutyRole.CHANNEL_ADMIN && req.channelId() == null) {
            throw ProblemException.invalid("channelId", FieldCode.HANDOVER_NEEDS_CHANNEL);
        }
        assignments.lockOrganization(org.id);
        Person successor = holder(req.personId());
        LocalDate day = req.effectiveDate();
        List<DutyAssignment> current = assignments.list(
                "organizationId = ?1 and role = ?2 and " + HeldOn.jpql(3)
                        + (req.channelId() == null ? "" : " and channelId = ?4") + " order by validFrom, id",
                req.channelId() == null ? new Object[]{org.id, req.role(), day} : new Object[]{org.id, req.role(), day, req.channelId()});
        List<DutyAssignment> out = new ArrayList<>();
        for (DutyAssignment a : current) {
            if (a.personId == successor.id) {
                throw ProblemException.invalid("personId", FieldCode.ALREADY_HOLDS,
                        Map.of("name", successor.name, "role", req.role().name(), "day", day.toString()));
            }
            if (!a.validFrom.isBefore(day)) {
                throw startsOnTheHandoverDay(a, org, day);
            }
            out.add(a);
        }
        String predecessors = out.isEmpty() ? null : String.join("; ", out.stream()
                .map(a -> describe.personName(a.personId) + " #" + a.personId + " (assignment " + a.id + ")").toList());
        for (DutyAssignment a : out) {
            close(a, day.minusDays(1), DutyEndReason.HANDED_OVER, null, "duty.ended");
        }
        List<DutyAssignment> ended = List.copyOf(out);
        DutyAssignment started = start(org, successor.id, req.role(), day, null, req.basis(), List.of(), req.channelId(),
                "duty.handed-over", predecessors);
        // The ended ones name their successor (whose audit event names them: handedOverFrom). Part of the same end,
        // so written past the entity: one version step per hand-over, as the caller's copy of `ended` expects.
        if (!ended.isEmpty()) {
            em.createNativeQuery("UPDATE duty_assignment SET successor_assignment_id = ?1 WHERE id = ANY(?2)")
                    .setParameter(1, started.id).setParameter(2, ended.stream().map(a -> a.id).toArray(Long[]::new))
                    .executeUpdate();
            ended.forEach(em::refresh);
        }
        out.add(started);
        handoverNotices.toNewHolder(org, started, ended);
        return out;
    }

    /**
     * A hand-over ends the current holder the day before it takes effect, which is impossible for one who starts that
     * very day: that entry was wrong, and the way to replace its holder from its start is a correction (更正).
     */
    private ProblemException startsOnTheHandoverDay(DutyAssignment a, Organization org, LocalDate day) {
        String holder = describe.personName(a.personId);
        Problem.FieldError error = Problem.FieldError.of("effectiveDate", FieldCode.HANDOVER_SAME_DAY, Map.of(
                "assignmentId", a.id, "holder", holder, "role", a.role.name(), "from", a.validFrom.toString()));
        String detail = Language.current().pick(
                day + " 生效的交接不能结束当天才开始的任职 " + a.id + "（" + holder + "，" + org.name + "）：请用更正替换该任职的人员",
                "a hand-over effective " + day + " cannot end assignment " + a.id + " (" + holder + ", " + org.name
                        + ") which begins that day: correct that assignment to replace its holder");
        return new ProblemException(409, "duty-conflict", "Conflicting duty assignment", detail, List.of(error));
    }

    /**
     * Several DIRECT_RESPONSIBLE at once, or one. Turning it off is refused while overlapping periods exist;
     * the database re-checks through its exclusion constraint (trigger on the flag).
     */
    @Transactional
    public boolean changeSettings(long organizationId, DutyRequests.Settings req) {
        Organization org = writableOrganization(organizationId);
        assignments.lockOrganization(org.id);
        boolean before = assignments.allowsMultipleDirectResponsible(org.id);
        boolean after = req.allowMultipleDirectResponsible();
        if (before == after) {
            return after;
        }
        if (!after) {
            oneHolder.overlappingDirectResponsible(org.id).ifPresent(h -> {
                throw DutyPolicies.conflict(Language.current().pick("多名直接责任人的任期重叠，请先结束或更正",
                        "several DIRECT_RESPONSIBLE periods overlap; end or correct them first"),
                        h.assignmentId(), h.personName(), DutyRole.DIRECT_RESPONSIBLE, org, h.validFrom(), h.validTo());
            });
        }
        em.createNativeQuery("UPDATE organization SET allow_multiple_direct_responsible = ?1 WHERE id = ?2")
                .setParameter(1, after).setParameter(2, org.id).executeUpdate();
        audit.record("duty.settings-changed", "organization", org.id, org.id,
                Changes.create().put("allowMultipleDirectResponsible", before, after));
        return after;
    }

    public boolean settings(long organizationId) {
        Organization org = organizations.require(organizationId);
        scope.requireRead(org.path, "Organization", organizationId);
        return assignments.allowsMultipleDirectResponsible(organizationId);
    }

    /** A closed channel has no administrators from its closing day on. */
    void endAdministratorsOfClosedChannel(@Observes ChannelClosed event) {
        assignments.lockOrganization(event.organizationId());
        LocalDate lastDay = event.closedOn().minusDays(1);
        List<DutyAssignment> admins = assignments.list("channelId = ?1 and role = ?2 and validFrom <= ?3"
                + " and (validTo is null or validTo > ?3)", event.channelId(), DutyRole.CHANNEL_ADMIN, lastDay);
        for (DutyAssignment a : admins) {
            close(a, lastDay, DutyEndReason.CHANNEL_CLOSED, Texts.clean(event.reason()), "duty.ended");
        }
    }

    private DutyAssignment start(Organization org, long personId, DutyRole role, LocalDate from, LocalDate to,
                                 DutyRequests.Basis basis, List<Long> scopeOrganizationIds, Long channelId,
                                 String action, String predecessors) {
        Person person = holder(personId);
        policies.periodEndsAfterItBegins(from, to, "validTo");
        List<Long> scopeIds = policies.dualDutyScopeWithinSubtree(org, role, scopeOrganizationIds);
        Channel channel = policies.channelOfTheOrganization(org, role, channelId);
        policies.oneHolderAtATimeAndNoOverlap(new DutyPolicies.Candidate(null, person.id, org, role, from, to, channelId));
        DutyAssignment a = new DutyAssignment();
        a.personId = person.id;
        a.organizationId = org.id;
        a.role = role;
        a.validFrom = from;
        a.validTo = to;
        a.basisNumber = basis == null ? null : Texts.clean(basis.documentNumber());
        a.basisTitle = basis == null ? null : Texts.clean(basis.title());
        a.channelId = channel == null ? null : channel.id;
        a.createdAt = a.updatedAt = Instant.now();
        assignments.persist(a);
        if (!scopeIds.isEmpty()) {
            assignments.replaceScope(a.id, scopeIds);
        }
        audit.record(action, ENTITY, a.id, org.id, DutyAudit.changes(DutyAudit.Snapshot.EMPTY, describe.snapshot(a, scopeIds))
                .put("handedOverFrom", null, predecessors));
        holdersChanged(org.id, role, from);
        return a;
    }

    private void close(DutyAssignment a, LocalDate lastDay, DutyEndReason why, String reason, String action) {
        Changes changes = Changes.create().put("validTo", a.validTo, lastDay)
                .put("endReasonCode", null, why.name())
                .put("endReason", a.endReason, reason);
        a.validTo = lastDay;
        a.endReasonCode = why;
        a.endReason = reason;
        a.updatedAt = Instant.now();
        audit.record(action, ENTITY, a.id, a.organizationId, changes);
        holdersChanged(a.organizationId, a.role, lastDay.plusDays(1));
    }

    /** Observers read the assignments with SQL: flush first, then tell them, in this transaction. */
    private void holdersChanged(long organizationId, DutyRole role, LocalDate from) {
        em.flush();
        holderEvents.fire(new DutyHoldersChanged(organizationId, role, from));
    }

    /** Loads the assignment under its organization's lock, checking scope and version. */
    private DutyAssignment lockedForWrite(long id, Long version) {
        DutyAssignment a = assignments.require(id);
        scope.requireWrite(organizations.require(a.organizationId).path, "Duty assignment", id);
        assignments.lockOrganization(a.organizationId);
        em.refresh(a);
        if (version == null || version != a.version) {
            throw ProblemException.versionConflict("Duty assignment", id, version == null ? -1 : version, a.version);
        }
        return a;
    }

    /** The person named as holder: existing and readable by the caller (else 404 naming personId), and active. */
    private Person holder(long personId) {
        Person p = people.findById(personId);
        if (p == null || !personScope.canRead(personQueries.memberships(personId))) {
            throw ProblemException.unknownReference("personId", "person", personId);
        }
        if (!p.active) {
            throw ProblemException.invalid("personId", FieldCode.INACTIVE, Map.of("personId", personId, "name", p.name));
        }
        return p;
    }
}
