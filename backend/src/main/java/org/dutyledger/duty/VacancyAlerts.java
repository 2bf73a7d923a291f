package org.dutyledger.duty;

import org.dutyledger.person.PersonQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.enterprise.event.Observes;
import org.dutyledger.common.Today;
import org.dutyledger.person.PersonResynced;
import org.dutyledger.notification.Notifications;
import org.dutyledger.organization.leadinggroup.LeadingGroupRepository;

import java.util.List;
import java.util.Optional;

/**
 * After a sync changed a person, every duty they still hold but can no longer carry is a vacancy (缺位): by the
 * matrix's own rule ({@link Vacancies#heldBy}), the holder is deactivated or no longer in the organization's line
 * (a membership in it, above it or below it); a channel-admin duty is the "channel without admin" case. The
 * organization's office hears of each vacancy once: the office director of its leading group when set, otherwise
 * the STAFF of the group's office department, otherwise the organization's STAFF.
 */
@ApplicationScoped
public class VacancyAlerts {

    public static final String TYPE = "VACANCY";

    @Inject
    PersonQueries personQueries;

    @Inject
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    Vacancies vacancies;

    @Inject
    LeadingGroupRepository leadingGroups;

    /** A sync changed the person inside its transaction: alerts go out in the same one. */
    void onResynced(@Observes PersonResynced event) {
        raiseFor(event.personId());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int raiseFor(long personId) {
        int raised = 0;
        for (Vacancies.HolderVacancy v : vacancies.heldBy(personId, Today.date())) {
            String title = v.organizationName() + "：" + (v.channelName() != null ? "阵地「" + v.channelName() + "」的" : "")
                    + v.role().label + v.personName() + Vacancies.describe(v.type()) + "，岗位缺位";
            for (long recipient : office(v.organizationId(), personId)) {
                if (notifications.notifyOnce(recipient, v.organizationId(), TYPE, "duty-assignment:" + v.assignmentId(), title,
                        "/organizations/" + v.organizationId() + "/matrix")) {
                    raised++;
                }
            }
        }
        return raised;
    }

    private List<Long> office(long organizationId, long departedPersonId) {
        Optional<Long> director = leadingGroups.activeOfficeDirector(organizationId, departedPersonId);
        if (director.isPresent()) {
            return List.of(director.get());
        }
        Optional<Long> officeDepartment = leadingGroups.officeDepartment(organizationId);
        if (officeDepartment.isPresent()) {
            List<Long> staff = staffOf(officeDepartment.get(), departedPersonId);
            if (!staff.isEmpty()) {
                return staff;
            }
        }
        return staffOf(organizationId, departedPersonId);
    }

    private List<Long> staffOf(long organizationId, long departedPersonId) {
        return personQueries.activeStaffOf(organizationId).stream().filter(id -> id != departedPersonId).toList();
    }
}
