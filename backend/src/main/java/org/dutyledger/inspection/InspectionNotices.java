package org.dutyledger.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.common.Today;
import org.dutyledger.duty.DutyRole;
import org.dutyledger.duty.HeldOn;
import org.dutyledger.notification.Notifications;
import org.dutyledger.organization.Organization;
import org.dutyledger.security.CurrentUser;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Who is told about an inspection: the team when it starts, each target's 第一责任人 of the day when it is concluded. */
@ApplicationScoped
public class InspectionNotices {

    @Inject
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    CurrentUser user;

    static String link(Inspection i) {
        return "/inspections/" + i.id;
    }

    Set<Long> started(Inspection i, Organization org, List<Long> team) {
        Set<Long> to = new LinkedHashSet<>(team);
        to.remove(user.personId());
        to.forEach(person -> notifications.notifyOnce(person, i.organizationId, "INSPECTION_STARTED",
                "inspection:" + i.id + ":started", "督查考核开始：" + org.name + "《" + i.title + "》（" + i.startsOn + " 至 "
                        + i.endsOn + "），您是检查组成员", link(i)));
        return to;
    }

    Set<Long> concluded(Inspection i, Organization org, List<Long> targets) {
        Set<Long> told = new LinkedHashSet<>();
        for (long target : targets) {
            for (long person : firstResponsible(target)) {
                notifications.notifyOnce(person, target, "INSPECTION_CONCLUDED", "inspection:" + i.id + ":concluded:" + target,
                        "督查考核结果已发布：" + org.name + "《" + i.title + "》", link(i));
                told.add(person);
            }
        }
        return told;
    }

    private List<Long> firstResponsible(long organizationId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT h.person_id FROM (" + HeldOn.holdersOf("?1", "CAST(?2 AS date)")
                        + ") h WHERE h.organization_id = ?3 ORDER BY h.person_id")
                .setParameter(1, DutyRole.FIRST_RESPONSIBLE.name()).setParameter(2, Today.date()).setParameter(3, organizationId)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
