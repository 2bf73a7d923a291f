package org.dutyledger.person;

import org.dutyledger.common.FieldCode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.dutyledger.common.Problem;
import org.dutyledger.common.ProblemException;
import org.dutyledger.security.CurrentUser;
import org.dutyledger.security.OrgScope;

import java.util.List;

/**
 * Who may see and change a person, derived from the organization scope: a person lies where their
 * memberships lie. A person without memberships belongs to no tree, so only admin and auditor see them.
 */
@RequestScoped
public class PersonScope {

    @Inject
    OrgScope scope;

    @Inject
    CurrentUser user;

    public boolean canRead(List<MembershipLine> memberships) {
        return scope.readsEverything() || memberships.stream().anyMatch(m -> scope.canRead(m.path()));
    }

    public boolean canWrite(List<MembershipLine> memberships) {
        return user.isAdmin() || memberships.stream().anyMatch(m -> scope.canWrite(m.path()));
    }

    /** 404 when none of the person's organizations is in the caller's read scope. */
    public void requireRead(long personId, List<MembershipLine> memberships) {
        if (!canRead(memberships)) {
            throw ProblemException.notFound("Person", personId);
        }
    }

    /** 404 when unreadable, 403 when the caller is STAFF of none of the person's organizations. */
    public void requireWrite(long personId, List<MembershipLine> memberships) {
        requireRead(personId, memberships);
        if (!canWrite(memberships)) {
            throw user.isAuditor() && !user.isAdmin()
                    ? ProblemException.forbidden("审计员角色可查阅全部内容，但不能修改任何内容", "The auditor role reads everything and changes nothing")
                    : ProblemException.forbidden("您只能修改您担任工作人员的组织的人员", "You may only change people of organizations where you are STAFF");
        }
    }

    /**
     * A person's standing fields (active, name, external id) count in every organization they belong to:
     * deactivating someone ends their scope and turns their duties into vacancies everywhere. So changing one
     * needs STAFF rights over every one of the person's organizations (or admin), not just one of them.
     */
    public void requireStandingRights(List<MembershipLine> memberships, String field) {
        if (user.isAdmin()) {
            return;
        }
        for (MembershipLine m : memberships) {
            if (!scope.canWrite(m.path())) {
                throw ProblemException.withErrors(403, "forbidden", "Forbidden",
                        List.of(Problem.FieldError.of(field, FieldCode.NEEDS_RIGHTS_OVER_ALL, java.util.Map.of("organization", m.code()))));
            }
        }
    }

    /**
     * The login name is the key that links an account to a person (and so hands the account the person's
     * memberships): only an administrator or the directory sync (which acts with an administrator's reach)
     * sets or changes it.
     */
    public void requireLoginRights(String field) {
        if (!user.isAdmin()) {
            throw ProblemException.withErrors(403, "forbidden", "Forbidden",
                    List.of(Problem.FieldError.of(field, FieldCode.ADMIN_ONLY)));
        }
    }

    /** The person's memberships the caller cannot see (none for admin and auditor): views leave them out. */
    public List<MembershipLine> outOfSight(List<MembershipLine> memberships) {
        return scope.readsEverything() ? List.of() : memberships.stream().filter(m -> !scope.canRead(m.path())).toList();
    }

    /** Only admins and STAFF members create people; the auditor and read-only members do not. */
    public void requireSomeWriteRights() {
        if (user.isAdmin()) {
            return;
        }
        boolean staffSomewhere = user.memberships().stream().anyMatch(m -> OrgScope.STAFF.equals(m.role()));
        if (!staffSomewhere) {
            throw user.isAuditor()
                    ? ProblemException.forbidden("审计员角色可查阅全部内容，但不能修改任何内容", "The auditor role reads everything and changes nothing")
                    : ProblemException.forbidden("只有组织的工作人员可以为其添加人员", "Only STAFF of an organization may add people to it");
        }
    }

    public boolean isAdmin() {
        return user.isAdmin();
    }

    public boolean canWriteOrganization(String path) {
        return scope.canWrite(path);
    }

    public boolean canReadOrganization(String path) {
        return scope.canRead(path);
    }
}
