package org.dutyledger.organization.leadinggroup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.person.MembershipLine;
import org.dutyledger.person.PersonQueries;
import org.dutyledger.person.PersonScope;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Names of the people a group refers to, and which of them the caller may name (readable ones only). */
@ApplicationScoped
public class LeadingGroupPeople {

    @Inject
    EntityManager em;

    @Inject
    PersonQueries personQueries;

    @Inject
    PersonScope personScope;

    public Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, name FROM person WHERE id = ANY(?1)")
                .setParameter(1, ids.toArray(Long[]::new)).getResultList();
        rows.forEach(r -> out.put(((Number) r[0]).longValue(), (String) r[1]));
        return out;
    }

    /** Of the given names, those of people the caller may see; the others are as if they did not exist. */
    public Map<Long, String> readable(Map<Long, String> names) {
        Map<Long, String> out = new HashMap<>(names);
        Map<Long, List<MembershipLine>> memberships = personQueries.memberships(out.keySet());
        out.keySet().removeIf(id -> !personScope.canRead(memberships.getOrDefault(id, List.of())));
        return out;
    }
}
