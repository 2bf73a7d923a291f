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
import org.dutyledger.security.CurrentUser;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A correction after conclusion (结论更正): the inspecting organization's staff change a target's concluded sheet with a
 * reason. The sheet as concluded is kept as revision 1 on the first correction, each correction is kept as the next
 * revision; results and the export read the current scores, so they follow. Audited as `inspection.corrected`.
 */
@ApplicationScoped
public class InspectionCorrections {

    @Inject
    EntityManager em;

    @Inject
    InspectionAccess access;

    @Inject
    InspectionScoring scoring;

    @Inject
    SheetRevisions revisions;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser user;

    @Transactional
    public InspectionViews.ScoreSheet correct(long inspectionId, InspectionRequests.Correction req) {
        Inspection i = access.visible(inspectionId);
        access.requireManage(i);
        // The inspection's lock orders this after a conclusion still running, and corrections of one inspection in turn.
        em.lock(i, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(i);
        if (i.status != InspectionStatus.CONCLUDED) {
            throw InspectionProblems.transition(i.status, "correct");
        }
        long target = req.targetId();
        if (!access.targetIds(i.id).contains(target)) {
            throw ProblemException.invalid("targetId", FieldCode.NOT_INSPECTED, Map.of("organization", Long.toString(target)));
        }
        String reason = Texts.clean(req.reason());
        if (reason == null) {
            throw ProblemException.invalid("reason", FieldCode.REQUIRED);
        }
        @SuppressWarnings("unchecked")
        List<Number> version = em.createNativeQuery("SELECT version FROM inspection_target WHERE inspection_id = ?1"
                + " AND organization_id = ?2 FOR UPDATE").setParameter(1, i.id).setParameter(2, target).getResultList();
        long current = version.get(0).longValue();
        if (req.version() != current) {
            throw ProblemException.versionConflict("Inspection score sheet", i.id + "/" + target, req.version(), current);
        }
        ScoringTemplate t = scoring.template(i);
        List<Object[]> rows = InspectionScoring.validated(t, req.items());
        InspectionViews.ScoreSheet before = scoring.sheet(i, t, target);
        int latest = revisions.latest(i.id, target);
        if (latest == 0) {
            revisions.snapshot(i.id, target, 1, before, null, null, i.concludedAt);
            latest = 1;
        }
        scoring.write(i.id, target, rows);
        InspectionViews.ScoreSheet after = scoring.sheet(i, t, target);
        Instant now = Instant.now();
        revisions.snapshot(i.id, target, latest + 1, after, reason, user.displayName(), now);
        Set<String> codes = new TreeSet<>();
        rows.forEach(r -> codes.add((String) r[0]));
        Map<String, Object> data = InspectionService.event(i);
        data.put("targetOrganizationId", target);
        data.put("revision", latest + 1);
        data.put("total", after.total().toPlainString());
        data.put("grade", after.grade().name());
        audit.record("inspection.corrected", InspectionService.ENTITY, i.id, i.organizationId, Changes.create()
                .put("targetOrganizationId", null, target).put("revision", (long) latest, (long) latest + 1)
                .put("items", null, codes.toString()).put("reason", null, reason)
                .put("total", before.total().toPlainString(), after.total().toPlainString())
                .put("grade", before.grade(), after.grade()).put("vetoFailed", before.vetoFailed(), after.vetoFailed()), data);
        return scoring.sheet(i, t, target);
    }
}
