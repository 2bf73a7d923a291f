package org.dutyledger.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.security.MembershipDirectory;
import org.dutyledger.security.PersonLink;

import java.util.List;

/** The memberships behind a caller's scope, for security's {@link PersonLink}. */
@ApplicationScoped
public class ScopeMemberships implements MembershipDirectory {

    @Inject
    EntityManager em;

    @Override
    public List<PersonLink.ScopeEntry> scopeOf(long personId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT o.id, o.code, o.name, o.path, m.role FROM membership m
                JOIN organization o ON o.id = m.organization_id
                WHERE m.person_id = ?1 ORDER BY m.is_primary DESC, o.path""")
                .setParameter(1, personId).getResultList();
        return rows.stream()
                .map(r -> new PersonLink.ScopeEntry(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                        (String) r[4])).toList();
    }
}
