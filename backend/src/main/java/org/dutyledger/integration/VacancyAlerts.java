package org.dutyledger.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.dutyledger.common.Today;
import org.dutyledger.duty.DutyRole;
import org.dutyledger.notification.Notifications;

import java.util.List;

/**
 * After a sync changed a person, every duty they still hold but can no longer carry (deactivated, or no
 * longer in the organization's subtree) is a vacancy (缺位); a channel-admin duty is the "channel without
 * admin" case. The organization's office hears of each vacancy once: the office director of its leading
 * group when set, otherwise the STAFF of the group's office department, otherwise the organization's STAFF.
 */
@ApplicationScoped
public class VacancyAlerts {

    public static final String TYPE = "VACANCY";

    @Inject
    EntityManager em;

    @Inject
    Notifications notifications;

    @Transactional(Transactional.TxType.MANDATORY)
    public int raiseFor(long personId) {
        @SuppressWarnings("unchecked")
        List<Object[]> vacancies = em.createNativeQuery("""
                        SELECT d.id, d.organization_id, d.role, o.name, p.name, c.name, p.active FROM duty_assignment d
                        JOIN person p ON p.id = d.person_id
                        JOIN organization o ON o.id = d.organization_id
                        LEFT JOIN channel c ON c.id = d.channel_id
                        WHERE d.person_id = ?1 AND d.valid_from <= ?2 AND (d.valid_to IS NULL OR d.valid_to >= ?2)
                          AND (NOT p.active OR NOT EXISTS (SELECT 1 FROM membership m JOIN organization mo ON mo.id = m.organization_id
                                                           WHERE m.person_id = p.id AND mo.path LIKE o.path || '%'))""")
                .setParameter(1, personId).setParameter(2, Today.date()).getResultList();
        int raised = 0;
        for (Object[] v : vacancies) {
            long assignmentId = ((Number) v[0]).longValue();
            long organizationId = ((Number) v[1]).longValue();
            DutyRole role = DutyRole.valueOf((String) v[2]);
            String title = v[3] + "：" + (v[5] != null ? "阵地「" + v[5] + "」的" : "") + role.label + v[4]
                    + (Boolean.TRUE.equals(v[6]) ? "已不在本组织" : "已停用") + "，岗位缺位";
            for (long recipient : office(organizationId, personId)) {
                if (notifications.notifyOnce(recipient, TYPE, "duty-assignment:" + assignmentId, title,
                        "/organizations/" + organizationId + "/matrix")) {
                    raised++;
                }
            }
        }
        return raised;
    }

    private List<Long> office(long organizationId, long departedPersonId) {
        List<?> director = em.createNativeQuery("""
                        SELECT g.office_director_id FROM leading_group g JOIN person p ON p.id = g.office_director_id
                        WHERE g.organization_id = ?1 AND p.active AND p.id <> ?2""")
                .setParameter(1, organizationId).setParameter(2, departedPersonId).getResultList();
        if (!director.isEmpty()) {
            return List.of(((Number) director.get(0)).longValue());
        }
        List<?> officeDepartment = em.createNativeQuery(
                        "SELECT office_department_id FROM leading_group WHERE organization_id = ?1 AND office_department_id IS NOT NULL")
                .setParameter(1, organizationId).getResultList();
        if (!officeDepartment.isEmpty()) {
            List<Long> staff = staffOf(((Number) officeDepartment.get(0)).longValue(), departedPersonId);
            if (!staff.isEmpty()) {
                return staff;
            }
        }
        return staffOf(organizationId, departedPersonId);
    }

    private List<Long> staffOf(long organizationId, long departedPersonId) {
        List<?> rows = em.createNativeQuery("""
                        SELECT m.person_id FROM membership m JOIN person p ON p.id = m.person_id
                        WHERE m.organization_id = ?1 AND m.role = 'STAFF' AND p.active AND p.id <> ?2 ORDER BY m.person_id""")
                .setParameter(1, organizationId).setParameter(2, departedPersonId).getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).toList();
    }
}
