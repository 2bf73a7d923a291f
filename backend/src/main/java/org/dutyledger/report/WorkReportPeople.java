package org.dutyledger.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.duty.DutyHolders;
import org.dutyledger.duty.DutyRole;
import org.dutyledger.duty.HeldOn;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Who acts on a report, asked of the duty ledger ({@link HeldOn}): the organization's own holders of a role on a day
 * (一岗双责 holders above do not sign for it), and the staff of an organization.
 */
@ApplicationScoped
public class WorkReportPeople {

    @Inject
    EntityManager em;

    @Inject
    DutyHolders dutyHolders;

    public boolean holdsFirstResponsible(long personId, long organizationId, LocalDate day) {
        return (Boolean) em.createNativeQuery("SELECT " + HeldOn.holds("CAST(?1 AS bigint)",
                        "= '" + DutyRole.FIRST_RESPONSIBLE.name() + "'", "CAST(?2 AS bigint)", null, "CAST(?3 AS date)"))
                .setParameter(1, personId).setParameter(2, organizationId).setParameter(3, day).getSingleResult();
    }

    /** The organization's own holders of any of the roles on the day. */
    public List<Long> holders(long organizationId, Collection<DutyRole> roles, LocalDate day) {
        return dutyHolders.personIds(organizationId, roles, day);
    }

    /** The organizations whose FIRST_RESPONSIBLE the person is on the day. */
    public List<Long> firstResponsibleOf(long personId, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT h.organization_id FROM ("
                        + HeldOn.holdersOf("'" + DutyRole.FIRST_RESPONSIBLE.name() + "'", "CAST(?2 AS date)") + ") h WHERE h.person_id = ?1")
                .setParameter(1, personId).setParameter(2, day).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
