package org.dutyledger.duty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The required roles ({@link DutyRole#REQUIRED}) of one organization nobody holds on a day ({@link HeldOn}), and since
 * when: the day after the last holding of that role there ended, or null when the role was never held. What an
 * inspector sees beside the scoring items; the caller has already decided the reader may see this organization.
 */
@ApplicationScoped
public class RequiredRoleVacancies {

    public record Vacant(DutyRole role, LocalDate since) {
    }

    @Inject
    EntityManager em;

    public List<Vacant> on(long organizationId, LocalDate day) {
        List<Vacant> out = new ArrayList<>();
        for (DutyRole role : DutyRole.REQUIRED) {
            // One row per role: NULL held-count is impossible, so the row says whether it is held and the last end before.
            Object[] r = (Object[]) em.createNativeQuery("SELECT count(*) FILTER (WHERE " + HeldOn.sql("a", "CAST(?3 AS date)") + "),"
                            + " max(a.valid_to) FILTER (WHERE a.valid_to < CAST(?3 AS date))"
                            + " FROM duty_assignment a WHERE a.organization_id = ?1 AND a.role = ?2")
                    .setParameter(1, organizationId).setParameter(2, role.name()).setParameter(3, day).getSingleResult();
            if (((Number) r[0]).longValue() == 0) {
                out.add(new Vacant(role, r[1] == null ? null : date(r[1]).plusDays(1)));
            }
        }
        return out;
    }

    private static LocalDate date(Object v) {
        return v instanceof LocalDate d ? d : ((java.sql.Date) v).toLocalDate();
    }
}
