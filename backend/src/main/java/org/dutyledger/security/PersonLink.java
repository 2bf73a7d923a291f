package org.dutyledger.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Links a token to a person: by subject, else by username on first login, after which the subject
 * is pinned to the person so that a renamed account keeps its person.
 */
@ApplicationScoped
public class PersonLink {

    public record ScopeEntry(long organizationId, String code, String name, String path, String role) {
    }

    public record Linked(long id, String name, boolean active, List<ScopeEntry> memberships) {
        static final Linked NONE = new Linked(-1, null, false, List.of());
    }

    @Inject
    EntityManager em;

    @Inject
    MembershipDirectory memberships;

    @Inject
    Event<IdentityLinked> identityLinked;

    public Linked resolve(String subject, String username) {
        if (ServiceAccounts.isServiceAccountName(username)) {
            return Linked.NONE;  // a machine client's account is never a person, whatever the table says
        }
        Object[] row = null;
        if (subject != null) {
            row = first("SELECT id, name, active FROM person WHERE subject = ?1", subject);
        }
        if (row == null && username != null) {
            // A token without a subject only comes from test identities; a real one must match an unpinned person.
            row = first(subject == null ? "SELECT id, name, active FROM person WHERE username = ?1"
                    : "SELECT id, name, active FROM person WHERE username = ?1 AND subject IS NULL", username);
            if (row != null && subject != null) {
                pin(((Number) row[0]).longValue(), subject, username);
            }
        }
        if (row == null) {
            return Linked.NONE;
        }
        long id = ((Number) row[0]).longValue();
        return new Linked(id, (String) row[1], (Boolean) row[2], memberships.scopeOf(id));
    }

    /**
     * The names people know the given logins by (stored identities, e.g. of an uploader), by username; a login no
     * person is linked to is missing from the map. Read-only: nothing is pinned here.
     */
    @SuppressWarnings("unchecked")
    public Map<String, String> namesOf(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createNativeQuery("SELECT username, name FROM person WHERE username = ANY(?1)")
                .setParameter(1, usernames.stream().distinct().toArray(String[]::new)).getResultList();
        Map<String, String> out = new HashMap<>();
        rows.forEach(r -> out.put((String) r[0], (String) r[1]));
        return out;
    }

    private void pin(long personId, String subject, String username) {
        QuarkusTransaction.requiringNew().run(() -> {
            int updated = em.createNativeQuery("UPDATE person SET subject = ?1, version = version + 1, updated_at = now() "
                            + "WHERE id = ?2 AND subject IS NULL")
                    .setParameter(1, subject).setParameter(2, personId).executeUpdate();
            if (updated == 1) {
                identityLinked.fire(new IdentityLinked(personId, subject, username));  // audited by its observer
            }
        });
    }

    @SuppressWarnings("unchecked")
    private Object[] first(String sql, String param) {
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, param).setMaxResults(1).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }
}
