package org.dutyledger.inspection;

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
import org.dutyledger.obligation.ObligationKind;
import org.dutyledger.obligation.Periods;
import org.dutyledger.obligation.ReportFulfilment;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.person.Person;
import org.dutyledger.security.OrgScope;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Inspections: planned by the inspecting organization's staff over targets in its subtree (RANDOM: drawn with a
 * recorded seed), then PLANNED → IN_PROGRESS → SCORING → CONCLUDED. Each step checks scope and version, writes its audit
 * event (hence its outbox event of the same type) and its notifications in one transaction; the conclusion fulfils the
 * inspecting organization's INSPECTION obligation for the period.
 */
@ApplicationScoped
public class InspectionService {

    static final String ENTITY = "inspection";

    @Inject
    EntityManager em;

    @Inject
    OrgScope scope;

    @Inject
    OrganizationRepository organizations;

    @Inject
    AuditTrail audit;

    @Inject
    InspectionAccess access;

    @Inject
    ScoringTemplateService templates;

    @Inject
    InspectionNotices notices;

    @Inject
    ReportFulfilment fulfilment;

    @Inject
    CrossInspectionGrants crossGrants;

    @Transactional
    public Inspection create(InspectionRequests.Create req) {
        Organization org = organizations.findById(req.organizationId());
        if (org == null || !scope.canRead(org.path)) {
            throw ProblemException.unknownReference("organizationId", "organization", req.organizationId());
        }
        scope.requireWrite(org.path, "Organization", org.id);
        Periods.Period period = Periods.parse("period", req.period());
        ScoringTemplate template = em.find(ScoringTemplate.class, req.templateId());
        if (template == null || !org.path.startsWith(organizations.require(template.organizationId).path)) {
            throw ProblemException.unknownReference("templateId", "scoring template", req.templateId());
        }
        dates(req.startsOn(), req.endsOn());
        List<Long> team = team(req.teamPersonIds());
        List<Long> targets;
        InspectionRequests.Draw draw = req.draw();
        String seed = null;
        List<Long> candidates = null;
        if (req.kind() == InspectionKind.RANDOM) {
            if (draw == null || (req.targetIds() != null && !req.targetIds().isEmpty())) {
                throw ProblemException.invalid("draw", FieldCode.TARGETS_OR_DRAW);
            }
            candidates = targets(org, req.kind(), draw.candidateIds(), "draw.candidateIds");
            if (draw.count() == null) {
                throw ProblemException.invalid("draw.count", FieldCode.REQUIRED);
            }
            if (draw.count() < 1 || draw.count() > candidates.size()) {
                throw ProblemException.invalid("draw.count", FieldCode.OUT_OF_RANGE, Map.of("min", 1, "max", candidates.size()));
            }
            seed = Texts.clean(draw.seed());
            if (seed == null) {
                seed = InspectionDraw.newSeed();
            }
            targets = InspectionDraw.draw(candidates, draw.count(), seed);
        } else {
            if (draw != null) {
                throw ProblemException.invalid("draw", FieldCode.TARGETS_OR_DRAW);
            }
            targets = targets(org, req.kind(), req.targetIds(), "targetIds");
        }
        Inspection i = new Inspection();
        i.organizationId = org.id;
        i.kind = req.kind();
        i.title = req.title().strip();
        i.periodKey = period.key();
        i.templateId = template.id;
        i.startsOn = req.startsOn();
        i.endsOn = req.endsOn();
        i.status = InspectionStatus.PLANNED;
        if (seed != null) {
            i.drawCandidateIds = candidates.toArray(Long[]::new);
            i.drawCount = draw.count();
            i.drawSeed = seed;
        }
        i.createdAt = i.updatedAt = Instant.now();
        em.persist(i);
        em.flush();
        replaceTeam(i.id, team);
        replaceTargets(i.id, targets);
        templates.freeze(template, i.id);
        Map<String, Object> data = event(i);
        data.put("targetIds", targets);
        data.put("teamPersonIds", team);
        audit.record("inspection.created", ENTITY, i.id, org.id, Changes.create().put("kind", null, i.kind)
                .put("title", null, i.title).put("period", null, i.periodKey).put("templateId", null, i.templateId)
                .put("startsOn", null, i.startsOn.toString()).put("endsOn", null, i.endsOn.toString())
                .put("targetIds", null, targets.toString()).put("teamPersonIds", null, team.toString())
                .put("drawSeed", null, i.drawSeed).put("drawCount", null, i.drawCount == null ? null : (long) i.drawCount)
                .put("drawCandidateIds", null, candidates == null ? null : candidates.toString()), data);
        return i;
    }

    /** Title, dates, team and (not for RANDOM) targets, while PLANNED. */
    @Transactional
    public Inspection update(long id, InspectionRequests.Update req) {
        Inspection i = access.visible(id);
        access.requireManage(i);
        lock(i, req.version());
        if (i.status != InspectionStatus.PLANNED) {
            throw InspectionProblems.transition(i.status, "edit");
        }
        dates(req.startsOn(), req.endsOn());
        Organization org = organizations.require(i.organizationId);
        List<Long> team = req.teamPersonIds() == null ? null : team(req.teamPersonIds());
        List<Long> targets = null;
        if (req.targetIds() != null) {
            if (i.kind == InspectionKind.RANDOM) {
                throw ProblemException.invalid("targetIds", FieldCode.TARGETS_OR_DRAW);
            }
            targets = targets(org, i.kind, req.targetIds(), "targetIds");
        }
        Changes changes = Changes.create();
        // Rows first, the inspection's own columns last: one flush, one version step.
        if (team != null) {
            changes.put("teamPersonIds", teamIds(i.id).toString(), team.toString());
            replaceTeam(i.id, team);
        }
        if (targets != null) {
            changes.put("targetIds", access.targetIds(i.id).toString(), targets.toString());
            replaceTargets(i.id, targets);
        }
        changes.put("title", i.title, req.title().strip()).put("startsOn", i.startsOn.toString(), req.startsOn().toString())
                .put("endsOn", i.endsOn.toString(), req.endsOn().toString());
        i.title = req.title().strip();
        i.startsOn = req.startsOn();
        i.endsOn = req.endsOn();
        i.updatedAt = Instant.now();
        em.flush();
        audit.record("inspection.updated", ENTITY, i.id, i.organizationId, changes, event(i));
        return i;
    }

    /** PLANNED → IN_PROGRESS; the team is told. */
    @Transactional
    public Inspection start(long id, long version) {
        Inspection i = step(id, version, InspectionStatus.IN_PROGRESS);
        List<Long> team = teamIds(i.id);
        Set<Long> told = notices.started(i, organizations.require(i.organizationId), team);
        crossGrants.granted(i, team, access.targetIds(i.id));
        finish(i, InspectionStatus.PLANNED, "inspection.started", told);
        return i;
    }

    /** IN_PROGRESS → SCORING. */
    @Transactional
    public Inspection scoring(long id, long version) {
        Inspection i = step(id, version, InspectionStatus.SCORING);
        finish(i, InspectionStatus.IN_PROGRESS, "inspection.scoring", Set.of());
        return i;
    }

    /** SCORING → CONCLUDED (locked): fulfils the INSPECTION obligation; the targets' 第一责任人 are told. */
    @Transactional
    public Inspection conclude(long id, long version) {
        Inspection i = step(id, version, InspectionStatus.CONCLUDED);
        Periods.Period p = Periods.parse("period", i.periodKey);
        // The obligation side writes (and flushes) before the inspection changes: one version step.
        long record = fulfilment.record(ObligationKind.INSPECTION, i.organizationId, Today.date(), i.title,
                "完成督查考核《" + i.title + "》", "inspection", p.start(), p.end());
        Set<Long> told = notices.concluded(i, organizations.require(i.organizationId), access.targetIds(i.id));
        crossGrants.ended(i);
        i.fulfilmentId = record;
        i.concludedAt = Instant.now();
        finish(i, InspectionStatus.SCORING, "inspection.concluded", told);
        return i;
    }

    private Inspection step(long id, long version, InspectionStatus to) {
        Inspection i = access.visible(id);
        access.requireManage(i);
        lock(i, version);
        if (i.status.next() != to) {
            throw i.status == InspectionStatus.CONCLUDED ? InspectionProblems.concluded() : InspectionProblems.transition(i.status, to.name());
        }
        return i;
    }

    private void finish(Inspection i, InspectionStatus before, String action, Set<Long> told) {
        i.status = i.status.next();
        i.updatedAt = Instant.now();
        em.flush();
        Map<String, Object> data = event(i);
        data.put("notifiedPersonIds", List.copyOf(told));
        audit.record(action, ENTITY, i.id, i.organizationId, Changes.create().put("status", before, i.status)
                .put("fulfilmentId", null, i.fulfilmentId), data);
    }

    void lock(Inspection i, Long version) {
        em.lock(i, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(i);
        if (version == null) {
            throw ProblemException.invalid("version", FieldCode.REQUIRED);
        }
        if (version != i.version) {
            throw ProblemException.versionConflict("Inspection", i.id, version, i.version);
        }
    }

    private static void dates(java.time.LocalDate startsOn, java.time.LocalDate endsOn) {
        if (endsOn.isBefore(startsOn)) {
            throw ProblemException.invalid("endsOn", FieldCode.BEFORE_START, Map.of("start", "startsOn"));
        }
    }

    /** Active people, each once. */
    private List<Long> team(List<Long> ids) {
        if (ids == null) {
            return List.of();
        }
        Set<Long> seen = new HashSet<>();
        List<Long> out = new ArrayList<>();
        for (int k = 0; k < ids.size(); k++) {
            String field = "teamPersonIds[" + k + "]";
            Long id = ids.get(k);
            if (id == null) {
                throw ProblemException.invalid(field, FieldCode.REQUIRED);
            }
            Person p = em.find(Person.class, id);
            if (p == null) {
                throw ProblemException.unknownReference(field, "person", id);
            }
            if (!p.active) {
                throw ProblemException.invalid(field, FieldCode.INACTIVE, Map.of("personId", id, "name", p.name));
            }
            if (!seen.add(id)) {
                throw ProblemException.invalid(field, FieldCode.LISTED_TWICE, Map.of("id", id));
            }
            out.add(id);
        }
        return out;
    }

    /** Active organizations inside the inspecting one's subtree, each once; the organization itself only for SELF. */
    private List<Long> targets(Organization org, InspectionKind kind, List<Long> ids, String field) {
        if (ids == null || ids.isEmpty()) {
            throw ProblemException.invalid(field, FieldCode.REQUIRED);
        }
        Set<Long> seen = new HashSet<>();
        List<Long> out = new ArrayList<>();
        for (int k = 0; k < ids.size(); k++) {
            String f = field + "[" + k + "]";
            Long id = ids.get(k);
            if (id == null) {
                throw ProblemException.invalid(f, FieldCode.REQUIRED);
            }
            Organization target = organizations.findById(id);
            if (target == null || !scope.canReadOrBelow(target.path)) {
                throw ProblemException.unknownReference(f, "organization", id);
            }
            boolean inside = target.path.startsWith(org.path) && (kind == InspectionKind.SELF || !target.id.equals(org.id));
            if (!inside) {
                throw ProblemException.invalid(f, FieldCode.NOT_IN_SUBTREE, Map.of("organizationId", id, "organization", org.name));
            }
            if (!target.active) {
                throw ProblemException.invalid(f, FieldCode.DISSOLVED, Map.of("organizationId", id));
            }
            if (!seen.add(id)) {
                throw ProblemException.invalid(f, FieldCode.LISTED_TWICE, Map.of("id", id));
            }
            out.add(id);
        }
        return out;
    }

    private void replaceTeam(long inspectionId, List<Long> team) {
        em.createNativeQuery("DELETE FROM inspection_team WHERE inspection_id = ?1").setParameter(1, inspectionId).executeUpdate();
        for (Long person : team) {
            em.createNativeQuery("INSERT INTO inspection_team (inspection_id, person_id) VALUES (?1, ?2)")
                    .setParameter(1, inspectionId).setParameter(2, person).executeUpdate();
        }
    }

    /** While PLANNED nothing is scored, so the targets are replaced whole. */
    private void replaceTargets(long inspectionId, List<Long> targets) {
        em.createNativeQuery("DELETE FROM inspection_target WHERE inspection_id = ?1").setParameter(1, inspectionId).executeUpdate();
        for (Long target : targets) {
            em.createNativeQuery("INSERT INTO inspection_target (inspection_id, organization_id) VALUES (?1, ?2)")
                    .setParameter(1, inspectionId).setParameter(2, target).executeUpdate();
        }
    }

    List<Long> teamIds(long inspectionId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT person_id FROM inspection_team WHERE inspection_id = ?1 ORDER BY person_id")
                .setParameter(1, inspectionId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** What webhook subscribers receive besides the audit facts. */
    static Map<String, Object> event(Inspection i) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("inspectionId", i.id);
        data.put("organizationId", i.organizationId);
        data.put("kind", i.kind.name());
        data.put("period", i.periodKey);
        data.put("status", i.status.name());
        return data;
    }
}
