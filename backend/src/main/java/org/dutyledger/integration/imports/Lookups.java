package org.dutyledger.integration.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.person.MembershipLine;
import org.dutyledger.person.PersonQueries;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Batched reads of what a page of rows refers to: one query per page, not per row. */
@ApplicationScoped
public class Lookups {

    public record Org(long id, String code, String name, String shortName, String type, Long parentId, String parentCode,
                      String path, int sortOrder, boolean active) {
    }

    public record Person(long id, String externalId, String name, String post, String phone, String email,
                         String username, boolean active, long version, List<MembershipLine> memberships) {
    }

    @Inject
    EntityManager em;

    @Inject
    PersonQueries personQueries;

    public Map<String, Org> orgs(Collection<String> codes) {
        Map<String, Org> out = new HashMap<>();
        if (codes.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT o.id, o.code, o.name, o.short_name, o.type, o.parent_id, p.code, o.path, o.sort_order, o.active
                        FROM organization o LEFT JOIN organization p ON p.id = o.parent_id
                        WHERE o.code = ANY(?1)""")
                .setParameter(1, codes.toArray(String[]::new)).getResultList();
        for (Object[] r : rows) {
            out.put((String) r[1], new Org(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    (String) r[4], r[5] == null ? null : ((Number) r[5]).longValue(), (String) r[6], (String) r[7],
                    ((Number) r[8]).intValue(), (Boolean) r[9]));
        }
        return out;
    }

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

    /** The keys of a page's rows that a one-column query (taking the keys as ?1) finds. */
    public static Set<String> existing(EntityManager em, String sql, List<ImportRow> page, RowHandler handler) {
        List<String> keys = page.stream().map(handler::key).filter(Objects::nonNull).toList();
        if (keys.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<String> found = em.createNativeQuery(sql).setParameter(1, keys.toArray(String[]::new)).getResultList();
        return new HashSet<>(found);
    }
}
