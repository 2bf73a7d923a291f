package org.dutyledger.person;

/** The membership table as other capabilities join it, so that only this package names it in SQL. */
public final class MembershipSql {

    private MembershipSql() {
    }

    /**
     * `(membership {m} JOIN organization {o} ON …)`: every membership `{m}` (person_id, organization_id, role) with its
     * organization `{o}` (for its path), as one item of a FROM or JOIN clause.
     */
    public static String withOrganization(String m, String o) {
        return "(membership " + m + " JOIN organization " + o + " ON " + o + ".id = " + m + ".organization_id)";
    }

    /** SQL: the organizations `person` is a member of (with `role`, e.g. `'STAFF'`, or any role when null), as a subquery. */
    public static String organizationsOf(String person, String role) {
        return "(SELECT mb.organization_id FROM membership mb WHERE mb.person_id = " + person
                + (role == null ? "" : " AND mb.role = " + role) + ")";
    }
}
