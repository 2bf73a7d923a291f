package org.dutyledger.inspection.rectification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.dutyledger.audit.AuditTrail;
import org.dutyledger.audit.Changes;
import org.dutyledger.common.Today;
import org.dutyledger.duty.DutyHolders;
import org.dutyledger.duty.DutyHoldersChanged;
import org.dutyledger.duty.HeldOn;
import org.dutyledger.organization.OrganizationRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A rectification follows the duty, not the person: when the responsible person no longer holds the role in the
 * target organization today (a hand-over, an end, a correction), it is re-pointed to the role's holder of the day,
 * audited as `rectification.repointed` and the new person told. At once, in the duty change's transaction, for changes
 * effective today or earlier; a hand-over dated in the future is picked up by the escalation job's daily sweep. With
 * nobody holding the role (a vacancy) it stays with the last holder, whom the matrix shows as missing anyway.
 */
@ApplicationScoped
public class RectificationRepointing {

    @Inject
    EntityManager em;

    @Inject
    DutyHolders holders;

    @Inject
    RectificationNotices notices;

    @Inject
    AuditTrail audit;

    @Inject
    OrganizationRepository organizations;

    void onDutyHoldersChanged(@Observes DutyHoldersChanged change) {
        LocalDate today = Today.date();
        if (change.from().isAfter(today)) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT r.id FROM rectification r JOIN finding f ON f.id = r.finding_id"
                        + " WHERE f.target_organization_id = ?1 AND r.responsible_role = ?2 AND r.status <> 'VERIFIED' ORDER BY r.id")
                .setParameter(1, change.organizationId()).setParameter(2, change.role().name()).getResultList();
        for (Number id : ids) {
            repoint(em.find(Rectification.class, id.longValue()), today);
        }
    }

    /** Every open rectification whose responsible person does not hold its role today (the daily sweep). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int repointAll(LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT r.id FROM rectification r JOIN finding f ON f.id = r.finding_id"
                        + " WHERE r.status <> 'VERIFIED' AND NOT " + HeldOn.holds("r.responsible_person_id", "= r.responsible_role",
                        "f.target_organization_id", null, "CAST(?1 AS date)") + " ORDER BY r.id FOR UPDATE OF r SKIP LOCKED")
                .setParameter(1, today).getResultList();
        int moved = 0;
        for (Number id : ids) {
            moved += repoint(em.find(Rectification.class, id.longValue()), today) ? 1 : 0;
        }
        return moved;
    }

    private boolean repoint(Rectification r, LocalDate today) {
        Finding f = em.find(Finding.class, r.findingId);
        List<Long> now = holders.personIds(f.targetOrganizationId, r.responsibleRole, today);
        if (now.isEmpty() || now.contains(r.responsiblePersonId)) {
            return false;
        }
        long before = r.responsiblePersonId;
        r.responsiblePersonId = now.get(0);
        r.updatedAt = Instant.now();
        em.flush();
        Set<Long> told = notices.toOwner(r, f.targetOrganizationId, "rectification.repointed",
                "rectification:" + r.id + ":repointed:" + r.responsiblePersonId, "整改任务移交：" + organizations.require(
                        f.targetOrganizationId).name + "的问题“" + RectificationService.brief(f.description) + "”因" + r.responsibleRole.label
                        + "交接改由您负责整改，" + RectificationService.dueText(r), null);
        java.util.Map<String, Object> data = RectificationService.event(r, f, told);
        data.put("previousPersonId", before);
        audit.record("rectification.repointed", RectificationService.ENTITY, r.id, f.targetOrganizationId, Changes.create()
                .put("responsiblePersonId", before, r.responsiblePersonId).put("responsibleRole", null, r.responsibleRole), data);
        return true;
    }
}
