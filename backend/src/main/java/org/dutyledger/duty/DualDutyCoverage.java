package org.dutyledger.duty;

/**
 * 一岗双责 coverage: a MEMBER_DUAL_DUTY holder answers for the organizations their scope names and for everything
 * below them; the scope lies in the assignment's own subtree. So the holders of an organization's duties are its
 * own holders plus the 一岗双责 holders above whose scope covers it (the point-in-time view, the matrix's cells, the
 * review inbox). Java and SQL side by side, on organization paths (`/1/7/`, a prefix of every descendant's path).
 */
public final class DualDutyCoverage {

    private DualDutyCoverage() {
    }

    /** A scope entry (its organization's path) covers the organization itself and everything below it. */
    public static boolean covers(String scopePath, String organizationPath) {
        return organizationPath.startsWith(scopePath);
    }

    /** The scope of an assignment in `organizationPath` may name only organizations of that subtree. */
    public static boolean withinSubtree(String organizationPath, String scopePath) {
        return scopePath.startsWith(organizationPath);
    }

    /** SQL: a scope entry of the assignment `a` covers the organization whose path is `organizationPath`. */
    public static String sql(String a, String organizationPath) {
        return "EXISTS (SELECT 1 FROM duty_assignment_scope s JOIN organization so ON so.id = s.organization_id"
                + " WHERE s.assignment_id = " + a + ".id AND " + pathCovers("so.path", organizationPath) + ")";
    }

    /** SQL: the ids of the organizations `person`'s 一岗双责 duties held on `day` cover (a subquery). */
    public static String organizationsCoveredBy(String person, String day) {
        return "SELECT c.id FROM duty_assignment a JOIN duty_assignment_scope s ON s.assignment_id = a.id"
                + " JOIN organization so ON so.id = s.organization_id JOIN organization c ON " + pathCovers("so.path", "c.path")
                + " WHERE a.person_id = " + person + " AND a.role = '" + DutyRole.MEMBER_DUAL_DUTY.name() + "' AND "
                + HeldOn.sql("a", day);
    }

    /** {@link #covers} in SQL, on two path expressions. */
    static String pathCovers(String scopePath, String organizationPath) {
        return organizationPath + " LIKE " + scopePath + " || '%'";
    }
}
