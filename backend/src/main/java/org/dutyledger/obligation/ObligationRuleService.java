package org.dutyledger.obligation;

import java.util.Map;
import org.dutyledger.common.FieldCode;
import org.dutyledger.common.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.dutyledger.audit.AuditTrail;
import org.dutyledger.audit.Changes;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.Texts;
import org.dutyledger.common.Today;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.organization.OrganizationType;
import org.dutyledger.security.OrgScope;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Obligation rules: written by the issuing organization's staff (or an admin), visible to its subtree. A change
 * takes effect from the next period: the current version ends with the current period and a new version of the
 * same series starts with the next one. Retired, never deleted. Each write is audited in its transaction.
 */
@ApplicationScoped
public class ObligationRuleService {

    static final String ENTITY = "obligation-rule";

    @Inject
    EntityManager em;

    @Inject
    OrgScope scope;

    @Inject
    OrganizationRepository organizations;

    @Inject
    AuditTrail audit;

    @Inject
    InstanceGenerator generator;

    /** A rule issued in or above the caller's scope; 404 otherwise. */
    public ObligationRule get(long id) {
        ObligationRule rule = em.find(ObligationRule.class, id);
        if (rule == null || !scope.canReadOrBelow(organizations.require(rule.issuerOrganizationId).path)) {
            throw ProblemException.notFound("Obligation rule", id);
        }
        return rule;
    }

    /** An organization as an issuer filter: in the caller's scope or above it; 404 otherwise. */
    public Organization visibleIssuer(long id) {
        Organization org = organizations.findById(id);
        if (org == null || !scope.canReadOrBelow(org.path)) {
            throw ProblemException.notFound("Organization", id);
        }
        return org;
    }

    @Transactional
    public ObligationRule create(ObligationRequests.Rule req) {
        Organization issuer = issuer(req.issuerOrganizationId());
        ObligationRule rule = new ObligationRule();
        apply(rule, req);
        rule.issuerOrganizationId = issuer.id;
        rule.createdAt = rule.updatedAt = Instant.now();
        em.persist(rule);
        rule.seriesId = rule.id;
        em.flush();
        audit.record("obligation-rule.created", ENTITY, rule.id, issuer.id, fields(Changes.create(), null, rule));
        generator.generate(rule, Today.date());
        return rule;
    }

    /** Changes a rule from the next period on; returns the version now in force for the future. */
    @Transactional
    public ObligationRule update(long id, ObligationRequests.Rule req) {
        ObligationRule old = writable(id, req.version());
        if (!req.issuerOrganizationId().equals(old.issuerOrganizationId)) {
            throw ProblemException.invalid("issuerOrganizationId", FieldCode.ISSUER_FIXED);
        }
        ObligationRule probe = new ObligationRule();
        apply(probe, req);
        LocalDate today = Today.date();
        long started = ((Number) em.createNativeQuery("SELECT count(*) FROM obligation_instance WHERE rule_id = ?1"
                + " AND period_start <= ?2").setParameter(1, old.id).setParameter(2, today).getSingleResult()).longValue();
        Periods.Period current = Periods.containing(old.period, today);
        if (started == 0) {
            // No period of this version has begun: it is changed in place.
            Changes changes = fields(Changes.create(), old, probe);
            apply(old, req);
            old.updatedAt = Instant.now();
            em.flush();
            audit.record("obligation-rule.updated", ENTITY, old.id, old.issuerOrganizationId, changes);
            dropFuture(old, LocalDate.of(1900, 1, 1));
            generator.generate(old, today);
            return old;
        }
        LocalDate nextStart = current.end().plusDays(1);
        ObligationRule next = new ObligationRule();
        apply(next, req);
        next.issuerOrganizationId = old.issuerOrganizationId;
        next.seriesId = old.seriesId;
        if (next.validFrom.isBefore(nextStart)) {
            next.validFrom = nextStart;
        }
        if (next.validTo != null && next.validTo.isBefore(next.validFrom)) {
            throw ProblemException.invalid("validTo", FieldCode.BEFORE_START, Map.of("start", next.validFrom));
        }
        next.createdAt = next.updatedAt = Instant.now();
        em.persist(next);
        em.flush();
        LocalDate oldEnd = old.validTo != null && old.validTo.isBefore(current.end()) ? old.validTo : current.end();
        old.validTo = oldEnd;
        old.supersededById = next.id;
        old.updatedAt = Instant.now();
        em.flush();
        audit.record("obligation-rule.updated", ENTITY, old.id, old.issuerOrganizationId, fields(Changes.create(), old, next)
                .put("validTo", null, oldEnd).put("supersededById", null, next.id));
        audit.record("obligation-rule.created", ENTITY, next.id, next.issuerOrganizationId, fields(Changes.create(), null, next)
                .put("previousVersionId", null, old.id));
        dropFuture(old, oldEnd);
        generator.generate(next, today);
        return next;
    }

    @Transactional
    public ObligationRule retire(long id, ObligationRequests.Retire req) {
        ObligationRule rule = writable(id, req.version());
        String reason = Texts.clean(req.reason());
        if (reason == null) {
            throw ProblemException.invalid("reason", FieldCode.REQUIRED);
        }
        rule.retiredAt = Instant.now();
        rule.retireReason = reason;
        rule.updatedAt = rule.retiredAt;
        em.flush();
        audit.record("obligation-rule.retired", ENTITY, rule.id, rule.issuerOrganizationId,
                Changes.create().put("retired", false, true).put("reason", null, reason));
        dropFuture(rule, Today.date());
        return rule;
    }

    /**
     * Instances of the rule for periods starting after `after` that nothing counts toward are removed; those a record
     * counts toward or that were waived stay (with the new version taking them over, when there is one).
     */
    private void dropFuture(ObligationRule rule, LocalDate after) {
        String untouched = " WHERE rule_id = ?1 AND period_start > ?2 AND waived_at IS NULL"
                + " AND NOT EXISTS (SELECT 1 FROM fulfilment_record_instance l WHERE l.instance_id = obligation_instance.id)";
        InstanceRemoval.remove(em, em.createNativeQuery("SELECT id FROM obligation_instance" + untouched)
                .setParameter(1, rule.id).setParameter(2, after).getResultList());
        if (rule.supersededById != null) {
            em.createNativeQuery("UPDATE obligation_instance SET rule_id = ?3, version = version + 1, updated_at = now()"
                            + " WHERE rule_id = ?1 AND period_start > ?2")
                    .setParameter(1, rule.id).setParameter(2, after).setParameter(3, rule.supersededById).executeUpdate();
        }
    }

    private ObligationRule writable(long id, Long version) {
        ObligationRule rule = get(id);
        requireIssuerStaff(organizations.require(rule.issuerOrganizationId), "rule", id);
        em.lock(rule, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(rule);
        if (version == null) {
            throw ProblemException.invalid("version", FieldCode.REQUIRED);
        }
        if (version != rule.version) {
            throw ProblemException.versionConflict("Obligation rule", id, version, rule.version);
        }
        if (rule.retired()) {
            throw ProblemException.withErrors(409, "conflict", "Conflict",
                    List.of(Problem.FieldError.of("id", FieldCode.RULE_RETIRED, Map.of("ruleId", id))));
        }
        if (rule.supersededById != null) {
            throw ProblemException.withErrors(409, "conflict", "Conflict", List.of(Problem.FieldError.of("id",
                    FieldCode.RULE_SUPERSEDED, Map.of("ruleId", id, "newRuleId", rule.supersededById))));
        }
        return rule;
    }

    private Organization issuer(Long id) {
        Organization org = id == null ? null : organizations.findById(id);
        if (org == null || !scope.canRead(org.path)) {
            if (org != null && scope.canReadOrBelow(org.path)) {
                throw ObligationProblems.selfWaiver("issuerOrganizationId", null);
            }
            throw ProblemException.unknownReference("issuerOrganizationId", "organization", id);
        }
        requireIssuerStaff(org, "issuerOrganizationId", null);
        if (!org.active) {
            throw ProblemException.invalid("issuerOrganizationId", FieldCode.DISSOLVED, Map.of("organizationId", org.id));
        }
        return org;
    }

    /**
     * Staff of the issuing organization (or above it) or an admin; someone below only is the obligated side.
     * {@code what} and {@code id} name what is refused: a kind of record and its id, or a field (id null).
     */
    void requireIssuerStaff(Organization issuer, String what, Long id) {
        if (scope.canWrite(issuer.path)) {
            return;
        }
        if (scope.writesBelow(issuer.path) || scope.canReadOrBelow(issuer.path) && !scope.canRead(issuer.path)) {
            throw ObligationProblems.selfWaiver(what, id);
        }
        scope.requireWrite(issuer.path, "Organization", issuer.id);
    }

    private static void apply(ObligationRule rule, ObligationRequests.Rule req) {
        String title = Texts.clean(req.title());
        if (title == null) {
            throw ProblemException.invalid("title", FieldCode.REQUIRED);
        }
        if (req.validTo() != null && req.validTo().isBefore(req.validFrom())) {
            throw ProblemException.invalid("validTo", FieldCode.BEFORE_START, Map.of("start", "validFrom"));
        }
        if (req.perHolderRole() != null && req.appliesTo().isEmpty()) {
            throw ProblemException.invalid("appliesTo", FieldCode.REQUIRED);
        }
        rule.title = title;
        rule.kind = req.kind();
        rule.period = req.period();
        rule.minCount = req.minCount();
        rule.dueMonthDay = Periods.checkDueMonthDay("dueMonthDay", req.dueMonthDay(), req.period());
        rule.appliesTo = req.appliesTo().stream().distinct().map(OrganizationType::name).toArray(String[]::new);
        rule.includeIssuer = Boolean.TRUE.equals(req.includeIssuer());
        rule.perHolderRole = req.perHolderRole() == null ? null : req.perHolderRole().name();
        rule.accountableRole = req.accountableRole().name();
        rule.basis = Texts.clean(req.basis());
        rule.validFrom = req.validFrom();
        rule.validTo = req.validTo();
    }

    private static Changes fields(Changes c, ObligationRule before, ObligationRule after) {
        boolean b = before != null;
        return c.put("title", b ? before.title : null, after.title)
                .put("kind", b ? before.kind : null, after.kind)
                .put("period", b ? before.period : null, after.period)
                .put("minCount", b ? before.minCount : null, after.minCount)
                .put("dueMonthDay", b ? before.dueMonthDay : null, after.dueMonthDay)
                .put("appliesTo", b ? List.of(before.appliesTo).toString() : null, Arrays.asList(after.appliesTo).toString())
                .put("includeIssuer", b ? before.includeIssuer : null, after.includeIssuer)
                .put("perHolderRole", b ? before.perHolderRole : null, after.perHolderRole)
                .put("accountableRole", b ? before.accountableRole : null, after.accountableRole)
                .put("basis", b ? before.basis : null, after.basis)
                .put("validFrom", b ? before.validFrom : null, after.validFrom)
                .put("validTo", b ? before.validTo : null, after.validTo);
    }
}
