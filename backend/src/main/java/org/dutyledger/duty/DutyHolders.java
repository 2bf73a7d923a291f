package org.dutyledger.duty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * "The holders of role R in organization O on day D" (the organization's own holders, {@link HeldOn#holdersOf}), for
 * capabilities that propose, remind or escalate to people by their duty; in person id order, so the answer is stable.
 */
@ApplicationScoped
public class DutyHolders {

    @Inject
    EntityManager em;

    public List<Long> personIds(long organizationId, DutyRole role, LocalDate day) {
        return personIds(organizationId, List.of(role), day);
    }

    /** The holders of any of the roles (a person holding two of them once). */
    public List<Long> personIds(long organizationId, Collection<DutyRole> roles, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT h.person_id FROM (" + HeldOn.holdersOf("ANY(CAST(?1 AS varchar[]))", "CAST(?2 AS date)")
                        + ") h WHERE h.organization_id = ?3 GROUP BY h.person_id ORDER BY h.person_id")
                .setParameter(1, roles.stream().map(Enum::name).toArray(String[]::new)).setParameter(2, day)
                .setParameter(3, organizationId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
