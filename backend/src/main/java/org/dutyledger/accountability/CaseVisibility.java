package org.dutyledger.accountability;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.common.SqlParams;
import org.dutyledger.security.CurrentUser;

import java.util.List;
import java.util.Objects;

/**
 * Who sees a case, in one place (Java and SQL side by side): admins and auditors; the filers of the filing
 * organization and of its ancestors (they also act on it; auditors only read); a person named in it sees the case
 * with their own line only. Everyone else — the subject organization's staff included — gets 404.
 */
@RequestScoped
public class CaseVisibility {

    public enum Sight { WHOLE, OWN_LINE, NONE }

    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    private List<String> filerPaths;

    /** The paths of the organizations where the caller holds a filing grant. */
    public List<String> filerPaths() {
        if (filerPaths == null) {
            Long me = user.personId();
            @SuppressWarnings("unchecked")
            List<String> paths = me == null ? List.of() : em.createNativeQuery("SELECT o.path FROM accountability_filer f"
                    + " JOIN organization o ON o.id = f.organization_id WHERE f.person_id = ?1").setParameter(1, me).getResultList();
            filerPaths = paths;
        }
        return filerPaths;
    }

    /** Filers of the organization or of one above it, and admins, act on its cases. */
    public boolean manages(String filingPath) {
        return user.isAdmin() || filerPaths().stream().anyMatch(filingPath::startsWith);
    }

    public Sight sight(String filingPath, List<Long> namedPeople) {
        if (user.isAdmin() || user.isAuditor() || manages(filingPath)) {
            return Sight.WHOLE;
        }
        Long me = user.personId();
        return me != null && namedPeople.stream().anyMatch(p -> Objects.equals(p, me)) ? Sight.OWN_LINE : Sight.NONE;
    }

    /** {@link #sight} not NONE, as a SQL condition on a case alias `c` and its filing organization's path column. */
    public String condition(String c, String filingPathColumn, SqlParams params) {
        if (user.isAdmin() || user.isAuditor()) {
            return "TRUE";
        }
        Long me = user.personId();
        if (me == null) {
            return "FALSE";
        }
        StringBuilder sb = new StringBuilder("(EXISTS (SELECT 1 FROM accountability_line l WHERE l.case_id = ")
                .append(c).append(".id AND l.person_id = ").append(params.bind(me)).append(')');
        for (String path : filerPaths()) {
            sb.append(" OR ").append(filingPathColumn).append(" LIKE ").append(params.bind(path + "%"));
        }
        return sb.append(')').toString();
    }
}
