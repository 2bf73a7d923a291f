package org.dutyledger.duty;

import java.time.LocalDate;

/**
 * "Held on day D", the first fact of the duty ledger: an assignment's period includes the day. `validTo` is the last
 * day held (inclusive); an open end (null) is held until ended. The Java check and the SQL conditions below say the
 * same, and every question "who held what on a day" — the point-in-time view, the matrix, my duties, the review
 * inbox, publication access, channel administrators, vacancy alerts — asks it through them.
 */
public final class HeldOn {

    private HeldOn() {
    }

    public static boolean on(LocalDate validFrom, LocalDate validTo, LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    /** The rule over the duty assignment `a` (an alias); `day` is a bound parameter or an expression, used twice. */
    public static String sql(String a, String day) {
        return a + ".valid_from <= " + day + " AND (" + a + ".valid_to IS NULL OR " + a + ".valid_to >= " + day + ")";
    }

    /** The rule in a Panache (JPQL) query over {@link DutyAssignment}, the day being positional parameter `?n`. */
    static String jpql(int n) {
        return "validFrom <= ?" + n + " and (validTo is null or validTo >= ?" + n + ")";
    }

    /** SQL: the organizations where `person` holds any duty on `day` (a subquery yielding organization ids). */
    public static String organizationsOf(String person, String day) {
        return "SELECT a.organization_id FROM duty_assignment a WHERE a.person_id = " + person + " AND " + sql("a", day);
    }

    /**
     * SQL: `person` holds a role passing `roleTest` (the rest of a condition on `a.role`, e.g. `= 'LIAISON'` or
     * `IN (…)`) in the organization `organizationId` on `day`. With `organizationPath`, a 一岗双责 holder above whose
     * scope covers the organization holds it there too ({@link DualDutyCoverage}); with null, only the organization's
     * own holders count.
     */
    public static String holds(String person, String roleTest, String organizationId, String organizationPath, String day) {
        String where = "a.organization_id = " + organizationId;
        if (organizationPath != null) {
            where = "(" + where + " OR (a.role = '" + DutyRole.MEMBER_DUAL_DUTY.name() + "' AND "
                    + DualDutyCoverage.sql("a", organizationPath) + "))";
        }
        return "EXISTS (SELECT 1 FROM duty_assignment a WHERE a.person_id = " + person + " AND a.role " + roleTest
                + " AND " + sql("a", day) + " AND " + where + ")";
    }

    /**
     * SQL: (organization_id, person_id) of the holders of `role` (a bound parameter or literal) on `day`, each
     * organization's own holders only: the people an obligation is owed by or reminds.
     */
    public static String holdersOf(String role, String day) {
        return "SELECT a.organization_id, a.person_id FROM duty_assignment a WHERE a.role = " + role + " AND " + sql("a", day);
    }
}
