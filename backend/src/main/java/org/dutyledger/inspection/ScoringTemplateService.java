package org.dutyledger.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.dutyledger.audit.AuditTrail;
import org.dutyledger.audit.Changes;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.SqlParams;
import org.dutyledger.obligation.ObligationRule;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.security.OrgScope;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Scoring templates: created and edited by the staff of their organization, readable in its subtree (a level below sees
 * the sheet it is scored by), frozen once an inspection uses them and then revised into a new template.
 */
@ApplicationScoped
public class ScoringTemplateService {

    static final String ENTITY = "scoring-template";

    @Inject
    EntityManager em;

    @Inject
    OrgScope scope;

    @Inject
    OrganizationRepository organizations;

    @Inject
    AuditTrail audit;

    /** A template the caller may see (its organization's subtree or above it); 404 otherwise. */
    public ScoringTemplate get(long id) {
        ScoringTemplate t = em.find(ScoringTemplate.class, id);
        if (t == null || !scope.canReadOrBelow(organizations.require(t.organizationId).path)) {
            throw ProblemException.notFound("Scoring template", id);
        }
        return t;
    }

    public ScoringTemplateViews.Template view(ScoringTemplate t) {
        return ScoringTemplateViews.of(t, organizations.require(t.organizationId).name);
    }

    public ScoringTemplateViews.Page list(Long organizationId, int page, int size) {
        SqlParams p = SqlParams.forJpa();
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.readOrBelowCondition("o.path", p));
        if (organizationId != null) {
            where.append(" AND t.organization_id = ").append(p.bind(organizationId));
        }
        String from = " FROM scoring_template t JOIN organization o ON o.id = t.organization_id";
        long total = ((Number) p.applyTo(em.createNativeQuery("SELECT count(*)" + from + where)).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<ScoringTemplate> rows = p.applyTo(em.createNativeQuery("SELECT t.*" + from + where
                        + " ORDER BY t.name, t.revision DESC, t.id DESC", ScoringTemplate.class))
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        List<ScoringTemplateViews.Template> items = new ArrayList<>();
        rows.forEach(t -> items.add(view(t)));
        return new ScoringTemplateViews.Page(items, total, page, size);
    }

    @Transactional
    public ScoringTemplate create(ScoringTemplateRequests.Create req) {
        Organization org = organizations.findById(req.organizationId());
        if (org == null || !scope.canRead(org.path)) {
            throw ProblemException.unknownReference("organizationId", "organization", req.organizationId());
        }
        scope.requireWrite(org.path, "Organization", org.id);
        ScoringTemplate t = new ScoringTemplate();
        t.organizationId = org.id;
        t.name = req.name().strip();
        t.items = ScoringTemplateRules.items(req.items(), this::ruleExists);
        t.grades = ScoringTemplateRules.grades(req.grades());
        t.revision = 1;
        t.createdAt = t.updatedAt = Instant.now();
        em.persist(t);
        em.flush();
        audit.record("scoring-template.created", ENTITY, t.id, org.id, Changes.create().put("name", null, t.name)
                .put("revision", null, (long) t.revision).put("items", null, (long) t.items.size())
                .put("maxTotal", null, t.maxTotal().toPlainString()));
        return t;
    }

    @Transactional
    public ScoringTemplate update(long id, ScoringTemplateRequests.Update req) {
        ScoringTemplate t = writable(id);
        em.lock(t, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(t);
        if (req.version() != t.version) {
            throw ProblemException.versionConflict("Scoring template", id, req.version(), t.version);
        }
        if (t.frozen) {
            throw InspectionProblems.templateFrozen(id);
        }
        List<ScoringTemplate.Item> items = ScoringTemplateRules.items(req.items(), this::ruleExists);
        List<ScoringTemplate.Band> grades = ScoringTemplateRules.grades(req.grades());
        String before = t.name;
        String maxBefore = t.maxTotal().toPlainString();
        t.name = req.name().strip();
        t.items = items;
        t.grades = grades;
        t.updatedAt = Instant.now();
        em.flush();
        audit.record("scoring-template.updated", ENTITY, t.id, t.organizationId, Changes.create().put("name", before, t.name)
                .put("items", null, (long) t.items.size()).put("maxTotal", maxBefore, t.maxTotal().toPlainString()));
        return t;
    }

    /** A new template (revision + 1, not frozen) with the same name, items and bands. */
    @Transactional
    public ScoringTemplate revise(long id) {
        ScoringTemplate from = writable(id);
        ScoringTemplate t = new ScoringTemplate();
        t.organizationId = from.organizationId;
        t.name = from.name;
        t.items = List.copyOf(from.items);
        t.grades = List.copyOf(from.grades);
        t.revision = from.revision + 1;
        t.revisedFromId = from.id;
        t.createdAt = t.updatedAt = Instant.now();
        em.persist(t);
        em.flush();
        audit.record("scoring-template.revised", ENTITY, t.id, t.organizationId, Changes.create()
                .put("revisedFromId", null, from.id).put("revision", null, (long) t.revision).put("name", null, t.name));
        return t;
    }

    /** Marks the template used (in the caller's transaction); once frozen it stays so. */
    @Transactional(Transactional.TxType.MANDATORY)
    void freeze(ScoringTemplate t, long inspectionId) {
        if (t.frozen) {
            return;
        }
        t.frozen = true;
        t.updatedAt = Instant.now();
        em.flush();
        audit.record("scoring-template.frozen", ENTITY, t.id, t.organizationId, Changes.create().put("frozen", false, true)
                .put("inspectionId", null, inspectionId));
    }

    private ScoringTemplate writable(long id) {
        ScoringTemplate t = get(id);
        Organization org = organizations.require(t.organizationId);
        if (!scope.canRead(org.path)) {
            // Seen from below: the sheet of a level above is read, never changed.
            throw ProblemException.forbidden("只能由评分表所属组织的工作人员修改", "only the template organization's staff may change it");
        }
        scope.requireWrite(org.path, "Scoring template", id);
        return t;
    }

    private boolean ruleExists(long ruleId) {
        return em.find(ObligationRule.class, ruleId) != null;
    }
}
