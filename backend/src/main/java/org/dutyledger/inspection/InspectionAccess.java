package org.dutyledger.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.SqlParams;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.security.CurrentUser;
import org.dutyledger.security.OrgScope;

import java.util.List;

/**
 * Who sees what of an inspection, in one place. The inspecting side — readers of the inspecting organization and the
 * team — sees everything; a target's readers see the inspection, and their own scores and result row only once it is
 * CONCLUDED; anyone else gets 404. Changes are the inspecting organization's staff's; scores also the team's.
 */
@ApplicationScoped
public class InspectionAccess {

    @Inject
    EntityManager em;

    @Inject
    OrgScope scope;

    @Inject
    CurrentUser user;

    @Inject
    OrganizationRepository organizations;

    /** The inspection if the caller sees it at all; 404 otherwise. */
    public Inspection visible(long id) {
        Inspection i = em.find(Inspection.class, id);
        if (i == null || !(inspectingSide(i) || targetIds(i.id).stream().anyMatch(this::readsTarget))) {
            throw ProblemException.notFound("Inspection", id);
        }
        return i;
    }

    /** Readers of the inspecting organization (its subtree's readers above it included) and the team. */
    public boolean inspectingSide(Inspection i) {
        return scope.canRead(organizations.require(i.organizationId).path) || onTeam(i.id);
    }

    boolean onTeam(long inspectionId) {
        Long me = user.personId();
        return me != null && !em.createNativeQuery("SELECT 1 FROM inspection_team WHERE inspection_id = ?1 AND person_id = ?2")
                .setParameter(1, inspectionId).setParameter(2, me).getResultList().isEmpty();
    }

    boolean readsTarget(long organizationId) {
        return scope.canRead(organizations.require(organizationId).path);
    }

    /** The targets whose scores and result the caller may read now: all for the inspecting side, else own ones after conclusion. */
    public List<Long> readableTargets(Inspection i) {
        List<Long> all = targetIds(i.id);
        if (inspectingSide(i)) {
            return all;
        }
        return i.status == InspectionStatus.CONCLUDED ? all.stream().filter(this::readsTarget).toList() : List.of();
    }

    /** Planning and the state machine: the inspecting organization's staff. */
    public void requireManage(Inspection i) {
        String path = organizations.require(i.organizationId).path;
        if (!scope.canRead(path)) {
            // The team sees the inspection (it was checked visible) but does not plan or move it.
            throw ProblemException.forbidden("只有督查单位的工作人员可以安排、推进督查考核",
                    "only the inspecting organization's staff may plan or move an inspection");
        }
        scope.requireWrite(path, "Inspection", i.id);
    }

    /** Scores: the team or the inspecting organization's staff. */
    public void requireScorer(Inspection i) {
        if (onTeam(i.id) || scope.canWrite(organizations.require(i.organizationId).path)) {
            return;
        }
        throw InspectionProblems.notAScorer();
    }

    List<Long> targetIds(long inspectionId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT t.organization_id FROM inspection_target t JOIN organization o"
                + " ON o.id = t.organization_id WHERE t.inspection_id = ?1 ORDER BY o.path").setParameter(1, inspectionId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** The SQL condition on `i` (inspection) and `o` (its organization) for the list: what {@link #visible} admits. */
    String listCondition(SqlParams p) {
        Long me = user.personId();
        return "(" + scope.readCondition("o.path", p)
                + (me == null ? "" : " OR EXISTS (SELECT 1 FROM inspection_team m WHERE m.inspection_id = i.id AND m.person_id = "
                + p.bind(me) + ")")
                + " OR EXISTS (SELECT 1 FROM inspection_target t JOIN organization tor ON tor.id = t.organization_id"
                + " WHERE t.inspection_id = i.id AND " + scope.readCondition("tor.path", p) + "))";
    }
}
