package org.dutyledger.duty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The assignments behind "who held what on day D", with their basis document: for capabilities that must show the
 * record a name comes from (an accountability proposal). The organization's own holders ({@link HeldOn}) and the
 * 一岗双责 holders anywhere above whose scope covered it that day ({@link DualDutyCoverage}); in person id order.
 */
@ApplicationScoped
public class HeldAssignments {

    public record Held(long assignmentId, long personId, long organizationId, String organizationName, DutyRole role,
                       LocalDate validFrom, LocalDate validTo, String basisNumber) {
    }

    private static final String COLUMNS = "SELECT a.id, a.person_id, a.organization_id, o.name, a.role, a.valid_from,"
            + " a.valid_to, a.basis_number FROM duty_assignment a JOIN organization o ON o.id = a.organization_id WHERE ";

    @Inject
    EntityManager em;

    public List<Held> ownHolders(long organizationId, Collection<DutyRole> roles, LocalDate day) {
        return rows(em.createNativeQuery(COLUMNS + "a.organization_id = ?1 AND a.role = ANY(CAST(?2 AS varchar[])) AND "
                        + HeldOn.sql("a", "CAST(?3 AS date)") + " ORDER BY a.person_id, a.id")
                .setParameter(1, organizationId).setParameter(2, roles.stream().map(Enum::name).toArray(String[]::new))
                .setParameter(3, day).getResultList());
    }

    /** The MEMBER_DUAL_DUTY assignments held on `day` whose scope covers the organization at `organizationPath`. */
    public List<Held> dualDutyCovering(String organizationPath, LocalDate day) {
        return rows(em.createNativeQuery(COLUMNS + "a.role = '" + DutyRole.MEMBER_DUAL_DUTY.name() + "' AND "
                        + HeldOn.sql("a", "CAST(?1 AS date)") + " AND " + DualDutyCoverage.sql("a", "CAST(?2 AS varchar)")
                        + " ORDER BY a.person_id, a.id")
                .setParameter(1, day).setParameter(2, organizationPath).getResultList());
    }

    @SuppressWarnings("unchecked")
    private static List<Held> rows(List<?> rows) {
        return ((List<Object[]>) rows).stream().map(r -> new Held(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(), (String) r[3], DutyRole.valueOf((String) r[4]), date(r[5]), date(r[6]),
                (String) r[7])).toList();
    }

    private static LocalDate date(Object o) {
        return o == null ? null : o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }
}
