package org.dutyledger.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.common.SqlParams;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationQueries;
import org.dutyledger.security.CurrentUser;
import org.dutyledger.security.OrgScope;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Lists and views of people: one query for a page, one for its count, one for all memberships on it. */
@ApplicationScoped
public class PersonQueries {

    public record ListFilter(Organization organization, Organization under, String q, Boolean active) {
    }

    @Inject
    EntityManager em;

    @Inject
    OrgScope scope;

    @Inject
    CurrentUser user;

    /** The active STAFF of the organization, by person id (whom to tell when nobody holds a duty). */
    public List<Long> activeStaffOf(long organizationId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT m.person_id FROM membership m JOIN person p ON p.id = m.person_id"
                + " WHERE m.organization_id = ?1 AND m.role = 'STAFF' AND p.active ORDER BY m.person_id")
                .setParameter(1, organizationId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    public PersonPage list(ListFilter f, int page, int size) {
        SqlParams p = SqlParams.forJpa();
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        if (!scope.readsEverything()) {
            // A person is visible through any membership in the caller's subtrees.
            where.append(" AND EXISTS (SELECT 1 FROM membership m JOIN organization o ON o.id = m.organization_id")
                    .append(" WHERE m.person_id = p.id AND ").append(scope.readCondition("o.path", p)).append(')');
        }
        if (f.organization() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM membership m WHERE m.person_id = p.id AND m.organization_id = ")
                    .append(p.bind(f.organization().id)).append(')');
        }
        if (f.under() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM membership m JOIN organization o ON o.id = m.organization_id")
                    .append(" WHERE m.person_id = p.id AND o.path LIKE ").append(p.bind(f.under().path + "%")).append(')');
        }
        if (f.q() != null) {
            String like = "%" + f.q().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            String b = p.bind(like);
            where.append(" AND (lower(p.name) LIKE ").append(b)
                    .append(" OR lower(coalesce(p.post, '')) LIKE ").append(b)
                    .append(" OR lower(coalesce(p.external_id, '')) LIKE ").append(b)
                    .append(" OR lower(coalesce(p.username, '')) LIKE ").append(b).append(')');
        }
        if (f.active() != null) {
            where.append(" AND p.active = ").append(p.bind(f.active()));
        }
        // The order matches person_list_order_idx (V7).
        @SuppressWarnings("unchecked")
        List<Person> rows = p.applyTo(em.createNativeQuery("SELECT p.* FROM person p" + where
                        + " ORDER BY p.name, p.id", Person.class))
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = OrganizationQueries.totalOf(page, size, rows.size(),
                () -> ((Number) p.applyTo(em.createNativeQuery("SELECT count(*) FROM person p" + where))
                        .getSingleResult()).longValue());
        return new PersonPage(views(rows), total, page, size);
    }

    public PersonView view(Person person) {
        return views(List.of(person)).get(0);
    }

    public List<PersonView> views(List<Person> people) {
        Map<Long, List<MembershipLine>> lines = memberships(people.stream().map(p -> p.id).toList());
        List<PersonView> out = new ArrayList<>(people.size());
        boolean admin = user.isAdmin();
        for (Person p : people) {
            List<MembershipLine> all = lines.getOrDefault(p.id, List.of());
            // Memberships where the caller cannot see are left out, by the rule the exports use (OrgScope).
            List<MembershipView> ms = all.stream().filter(m -> scope.canRead(m.path()))
                    .map(m -> new MembershipView(m.organizationId(), m.code(), m.name(), m.role(), m.primary()))
                    .toList();
            out.add(new PersonView(p.id, p.name, p.post, p.phone, p.email, p.externalId, p.username,
                    admin ? p.subject : null, p.active, ms, all.size() - ms.size(), p.version, p.createdAt, p.updatedAt));
        }
        return out;
    }

    /** Id → name of those of the given people who exist, in one query: the names a view shows beside ids. */
    public Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, name FROM person WHERE id = ANY(?1)")
                .setParameter(1, ids.stream().distinct().toArray(Long[]::new)).getResultList();
        rows.forEach(r -> out.put(((Number) r[0]).longValue(), (String) r[1]));
        return out;
    }

    public List<MembershipLine> memberships(long personId) {
        return memberships(List.of(personId)).getOrDefault(personId, List.of());
    }

    /** Memberships of many people in one query, primary first, then by position in the tree. */
    public Map<Long, List<MembershipLine>> memberships(Collection<Long> personIds) {
        Map<Long, List<MembershipLine>> out = new HashMap<>();
        if (personIds.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT m.person_id, o.id, o.code, o.name, o.path, m.role, m.is_primary
                        FROM membership m JOIN organization o ON o.id = m.organization_id
                        WHERE m.person_id = ANY(?1) ORDER BY m.person_id, m.is_primary DESC, o.path""")
                .setParameter(1, personIds.toArray(Long[]::new)).getResultList();
        for (Object[] r : rows) {
            long personId = ((Number) r[0]).longValue();
            out.computeIfAbsent(personId, k -> new ArrayList<>()).add(new MembershipLine(personId,
                    ((Number) r[1]).longValue(), (String) r[2], (String) r[3], (String) r[4],
                    MembershipRole.valueOf((String) r[5]), (Boolean) r[6]));
        }
        return out;
    }
}
