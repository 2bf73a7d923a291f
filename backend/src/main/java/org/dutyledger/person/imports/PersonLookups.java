package org.dutyledger.person.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.person.MembershipLine;
import org.dutyledger.person.PersonQueries;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The people a page of import rows names by external id, with their memberships, read in one query per page. */
@ApplicationScoped
public class PersonLookups {

    public record Person(long id, String externalId, String name, String post, String phone, String email,
                         String username, boolean active, long version, List<MembershipLine> memberships) {
    }

    @Inject
    EntityManager em;

    @Inject
    PersonQueries personQueries;

    public Map<String, Person> people(Collection<String> externalIds) {
        Map<String, Person> out = new HashMap<>();
        if (externalIds.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT id, external_id, name, post, phone, email, username, active, version FROM person
                        WHERE external_id = ANY(?1)""")
                .setParameter(1, externalIds.toArray(String[]::new)).getResultList();
        List<Long> ids = new ArrayList<>();
        rows.forEach(r -> ids.add(((Number) r[0]).longValue()));
        Map<Long, List<MembershipLine>> lines = ids.isEmpty() ? Map.of() : personQueries.memberships(ids);
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            out.put((String) r[1], new Person(id, (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    (String) r[6], (Boolean) r[7], ((Number) r[8]).longValue(), lines.getOrDefault(id, List.of())));
        }
        return out;
    }
}
