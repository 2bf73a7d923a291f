package org.dutyledger.duty;

import org.dutyledger.person.MembershipSql;
import java.util.Collection;

/**
 * A holder belongs to the organization's line (本条线): one of their memberships is in the organization itself, in an
 * organization above it or in one below it. Not beside it: a sibling branch is another line.
 *
 * <p>Why above and below, from the domain: under 属地管理、分级负责 an upper level answers for its subtree, so a
 * leader of the parent (e.g. the town's 分管领导 of a village, a 一岗双责 member) rightly holds a duty of a child
 * organization; and an organization's office lives in a department below it (a leading group's 办公室 is located in
 * 党政办 or 宣传部), so its 联络员 or 宣传委员 may be a member of that department. What a holder cannot carry is a duty
 * of an organization outside every line they belong to. The matrix ({@link Vacancies}, `HOLDER_NOT_MEMBER`) and the
 * vacancy alerts after a sync use this one rule.
 */
public final class HolderInLine {

    private HolderInLine() {
    }

    /** Whether one of the membership paths is the organization's, above it or below it. */
    public static boolean inLine(String organizationPath, Collection<String> membershipPaths) {
        if (membershipPaths != null) {
            for (String m : membershipPaths) {
                if (inLine(organizationPath, m)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean inLine(String organizationPath, String membershipPath) {
        return organizationPath.startsWith(membershipPath) || membershipPath.startsWith(organizationPath);
    }

    /** SQL: {@link #inLine(String, String)} on two path expressions. */
    static String sql(String organizationPath, String membershipPath) {
        return "(" + organizationPath + " LIKE " + membershipPath + " || '%' OR " + membershipPath + " LIKE "
                + organizationPath + " || '%')";
    }

    /** SQL: the person `personId` has a membership in the line of the organization whose path is `organizationPath`. */
    static String memberSql(String personId, String organizationPath) {
        return "EXISTS (SELECT 1 FROM " + MembershipSql.withOrganization("m", "mo") + " WHERE m.person_id = "
                + personId + " AND " + sql(organizationPath, "mo.path") + ")";
    }
}
