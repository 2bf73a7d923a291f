package org.dutyledger.person;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.security.CurrentUser;
import org.dutyledger.security.PersonLink;

import java.util.List;

/** What the caller is: identity, global roles, linked person and where their visible tree starts. */
@RequestScoped
public class CallerProfile {

    @Inject
    CurrentUser user;

    @Inject
    PersonRepository people;

    @Inject
    PersonQueries queries;

    @Inject
    EntityManager em;

    public MeView me() {
        PersonView person = null;
        if (user.personId() != null) {
            person = queries.view(people.require(user.personId()));
        }
        return new MeView(user.subject(), user.username(), user.displayName(), user.globalRoles(), person, scopeRoots());
    }

    /**
     * Admin and auditor start from the roots of the tree. Others start from their membership organizations,
     * leaving out those that lie inside another of them (the tree already shows them).
     */
    List<MeView.ScopeRoot> scopeRoots() {
        if (user.isAdmin() || user.isAuditor()) {
            String role = user.isAdmin() ? "ADMIN" : "AUDITOR";
            @SuppressWarnings("unchecked")
            List<Object[]> roots = em.createNativeQuery(
                    "SELECT id, code, name FROM organization WHERE parent_id IS NULL AND active ORDER BY sort_order, name, id")
                    .getResultList();
            return roots.stream().map(r -> new MeView.ScopeRoot(((Number) r[0]).longValue(), (String) r[1],
                    (String) r[2], role)).toList();
        }
        List<PersonLink.ScopeEntry> ms = user.memberships();
        return ms.stream()
                .filter(m -> ms.stream().noneMatch(o -> !o.path().equals(m.path()) && m.path().startsWith(o.path())))
                .map(m -> new MeView.ScopeRoot(m.organizationId(), m.code(), m.name(), m.role()))
                .toList();
    }
}
