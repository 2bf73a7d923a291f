package org.dutyledger.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.SqlParams;
import org.dutyledger.common.Today;

import java.util.List;

/**
 * The organization-scope rule, in one place: a user reads within the subtrees of the organizations they
 * belong to and writes where their membership role is STAFF; `admin` does everything, `auditor` reads
 * everything and writes nothing. Outside the read scope a resource does not exist (404). A read grant
 * ({@link ReadGrants}, e.g. a CROSS inspection's) adds one organization's own ledger to the read scope for its days,
 * never to the write scope; its first read of a day is recorded.
 */
@RequestScoped
public class OrgScope {

    public static final String STAFF = "STAFF";

    @Inject
    CurrentUser user;

    @Inject
    ReadGrants readGrants;

    /** The caller's read grants active today, read once per request (null: not read yet). */
    private List<ReadGrants.Active> grants;

    public boolean readsEverything() {
        return user.isAdmin() || user.isAuditor();
    }

    public boolean canRead(String orgPath) {
        if (readsEverything() || user.memberships().stream().anyMatch(m -> orgPath.startsWith(m.path()))) {
            return true;
        }
        for (ReadGrants.Active g : grants()) {
            if (g.path().equals(orgPath)) {
                readGrants.markUsed(user.personId(), g, Today.date());
                return true;
            }
        }
        return false;
    }

    private List<ReadGrants.Active> grants() {
        if (grants == null) {
            Long me = user.personId();
            grants = me == null ? List.of() : readGrants.activeFor(me, Today.date());
        }
        return grants;
    }

    public boolean canWrite(String orgPath) {
        return user.isAdmin() || user.memberships().stream()
                .anyMatch(m -> STAFF.equals(m.role()) && orgPath.startsWith(m.path()));
    }

    /**
     * Whether the organization is in the read scope or above it (an ancestor of one the caller belongs to): what an
     * upper level decides for its subtree, e.g. an obligation rule, is visible below.
     */
    public boolean canReadOrBelow(String orgPath) {
        return canRead(orgPath) || user.memberships().stream().anyMatch(m -> m.path().startsWith(orgPath));
    }

    /** Whether the caller is STAFF somewhere inside the organization's subtree (not necessarily of it). */
    public boolean writesBelow(String orgPath) {
        return user.memberships().stream().anyMatch(m -> STAFF.equals(m.role()) && m.path().startsWith(orgPath));
    }

    /** {@link #canReadOrBelow} as a SQL condition on a column holding organization paths. */
    public String readOrBelowCondition(String pathColumn, SqlParams params) {
        if (readsEverything()) {
            return "TRUE";
        }
        List<String> paths = user.memberships().stream().map(PersonLink.ScopeEntry::path).distinct().toList();
        if (paths.isEmpty()) {
            return readCondition(pathColumn, params);
        }
        StringBuilder sb = new StringBuilder("(").append(readCondition(pathColumn, params));
        for (String path : paths) {
            sb.append(" OR ").append(params.bind(path)).append(" LIKE ").append(pathColumn).append(" || '%'");
        }
        return sb.append(')').toString();
    }

    /** Throws 404 when the organization is outside the caller's read scope. */
    public void requireRead(String orgPath, String what, Object id) {
        if (!canRead(orgPath)) {
            throw ProblemException.notFound(what, id);
        }
    }

    /** Throws 404 outside the read scope, 403 inside it when the caller may only read. */
    public void requireWrite(String orgPath, String what, Object id) {
        requireRead(orgPath, what, id);
        if (!canWrite(orgPath)) {
            throw user.isAuditor() && !user.isAdmin()
                    ? ProblemException.forbidden("审计员角色可查阅全部内容，但不能修改任何内容", "The auditor role reads everything and changes nothing")
                    : ProblemException.forbidden("您只能修改您担任工作人员的组织（及其下级）",
                            "You may only change organizations where you are STAFF (or their subtree)");
        }
    }

    /**
     * The organization a request names in `field` for the caller to act for (a report's or a record's author): 404
     * naming the field when there is none (`orgPath` null) or it lies outside the read scope, so its existence is not
     * told; 403 inside it when the caller may only read.
     */
    public void requireActingFor(String field, Object id, String orgPath) {
        if (orgPath == null || !canRead(orgPath)) {
            throw ProblemException.unknownReference(field, "organization", id);
        }
        requireWrite(orgPath, "Organization", id);
    }

    /**
     * Acting for one side (`sideName` at `sidePath`) of a record the caller already reads: 403 when they only read
     * that side, or read the record from another side only (a copy; the author's staff answering for the recipient).
     * `whatZh` and `whatEn` name the record in the refusal (报告, report).
     */
    public void requireActingForSide(String sidePath, String sideName, String whatZh, String whatEn) {
        if (!canRead(sidePath)) {
            throw ProblemException.forbidden("您不能以" + sideName + "的名义办理此" + whatZh + "，须在该组织担任工作人员",
                    "acting for " + sideName + " on this " + whatEn + " needs STAFF rights there");
        }
        requireWrite(sidePath, "Organization", sideName);
    }

    /** Only admins act outside every tree, e.g. to create a root organization. */
    public void requireAdmin(String action) {
        if (!user.isAdmin()) {
            throw ProblemException.forbidden("只有管理员可以执行此操作：" + action, "Only an administrator may " + action);
        }
    }

    /** A SQL condition restricting rows to the read scope, on a column holding organization paths. */
    public String readCondition(String pathColumn, SqlParams params) {
        if (readsEverything()) {
            return "TRUE";
        }
        List<String> prefixes = user.memberships().stream().map(PersonLink.ScopeEntry::path).distinct().toList();
        List<ReadGrants.Active> granted = grants();
        if (prefixes.isEmpty() && granted.isEmpty()) {
            return "FALSE";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < prefixes.size(); i++) {
            sb.append(i == 0 ? "" : " OR ").append(pathColumn).append(" LIKE ").append(params.bind(prefixes.get(i) + "%"));
        }
        // A grant's organization itself, not its subtree; a list that may show it counts as a read of it.
        for (ReadGrants.Active g : granted) {
            sb.append(sb.length() == 1 ? "" : " OR ").append(pathColumn).append(" = ").append(params.bind(g.path()));
            readGrants.markUsed(user.personId(), g, Today.date());
        }
        return sb.append(')').toString();
    }
}
