package org.dutyledger.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.common.SqlParams;
import org.dutyledger.security.OrgScope;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Lists, subtrees and views of organizations; a constant number of queries per call, whatever the tree size. */
@ApplicationScoped
public class OrganizationQueries {

    public record ListFilter(Long parent, Organization under, OrganizationType type, String q, boolean includeDissolved) {
    }

    @Inject
    EntityManager em;

    @Inject
    OrgScope scope;

    public OrganizationPage list(ListFilter f, int page, int size) {
        SqlParams p = SqlParams.forJpa();
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.readCondition("o.path", p));
        if (f.parent() != null) {
            where.append(" AND o.parent_id = ").append(p.bind(f.parent()));
        }
        if (f.under() != null) {
            where.append(" AND o.path LIKE ").append(p.bind(f.under().path + "%"));
        }
        if (f.type() != null) {
            where.append(" AND o.type = ").append(p.bind(f.type().name()));
        }
        if (f.q() != null) {
            String like = "%" + f.q().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            String b = p.bind(like);
            where.append(" AND (lower(o.name) LIKE ").append(b).append(" OR lower(o.code) LIKE ").append(b)
                    .append(" OR lower(coalesce(o.short_name, '')) LIKE ").append(b).append(')');
        }
        if (!f.includeDissolved()) {
            where.append(" AND o.active");
        }
        // The order matches organization_list_order_idx (V7): a page is read off the index, not sorted.
        @SuppressWarnings("unchecked")
        List<Organization> rows = p.applyTo(em.createNativeQuery("SELECT o.* FROM organization o" + where
                        + " ORDER BY o.depth, o.sort_order, o.name, o.id", Organization.class))
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = totalOf(page, size, rows.size(),
                () -> ((Number) p.applyTo(em.createNativeQuery("SELECT count(*) FROM organization o" + where))
                        .getSingleResult()).longValue());
        return new OrganizationPage(views(rows), total, page, size);
    }

    /** A last page (some rows, fewer than asked) or a short first page tells the total; only otherwise count. */
    public static long totalOf(int page, int size, int rowsOnPage, java.util.function.LongSupplier count) {
        if (rowsOnPage > 0 && rowsOnPage < size || page == 0 && rowsOnPage == 0) {
            return (long) page * size + rowsOnPage;
        }
        return count.getAsLong();
    }

    /** The subtree of `root` down to `depth` levels below it, nested; one query, child counts included. */
    public OrganizationTreeNode tree(Organization root, int depth, boolean includeDissolved) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT o.id, o.code, o.name, o.short_name, o.type, o.active, o.parent_id, coalesce(c.n, 0)
                        FROM organization o
                        LEFT JOIN (SELECT parent_id, count(*) AS n FROM organization
                                   WHERE path LIKE ?1 AND active AND depth <= ?2 + 1 GROUP BY parent_id) c
                               ON c.parent_id = o.id
                        WHERE o.path LIKE ?1 AND o.depth <= ?2""" + (includeDissolved ? "" : " AND (o.active OR o.id = ?3)")
                        + " ORDER BY o.depth, o.sort_order, o.name, o.id")
                .setParameter(1, root.path + "%")
                .setParameter(2, root.depth + depth)
                .setParameter(3, root.id)
                .getResultList();
        Map<Long, OrganizationTreeNode> nodes = new HashMap<>(rows.size() * 2);
        OrganizationTreeNode top = null;
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            OrganizationTreeNode node = new OrganizationTreeNode(id, (String) r[1], (String) r[2], (String) r[3],
                    OrganizationType.valueOf((String) r[4]), (Boolean) r[5], ((Number) r[7]).longValue(), new ArrayList<>());
            nodes.put(id, node);
            if (id == root.id) {
                top = node;
            } else {
                OrganizationTreeNode parent = nodes.get(((Number) r[6]).longValue());
                if (parent != null) {
                    parent.children().add(node);
                }
            }
        }
        return top;
    }

    public OrganizationView view(Organization org) {
        return views(List.of(org)).get(0);
    }

    /** Views with ancestors and child counts for a batch of organizations, in two queries. */
    public List<OrganizationView> views(List<Organization> orgs) {
        if (orgs.isEmpty()) {
            return List.of();
        }
        Set<Long> ancestorIds = new TreeSet<>();
        orgs.forEach(o -> ancestorIds.addAll(o.ancestorIds()));
        Map<Long, OrganizationRef> refs = refs(ancestorIds);
        Map<Long, Long> counts = activeChildCounts(orgs.stream().map(o -> o.id).toList());
        List<OrganizationView> out = new ArrayList<>(orgs.size());
        for (Organization o : orgs) {
            List<OrganizationRef> path = o.ancestorIds().stream().map(refs::get).filter(r -> r != null).toList();
            out.add(new OrganizationView(o.id, o.code, o.name, o.shortName, o.type, o.parentId, o.sortOrder, o.active,
                    o.dissolvedAt, o.depth, counts.getOrDefault(o.id, 0L), path, o.version, o.createdAt, o.updatedAt));
        }
        return out;
    }

    public Map<Long, OrganizationRef> refs(Collection<Long> ids) {
        Map<Long, OrganizationRef> refs = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return refs;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, code, name FROM organization WHERE id = ANY(?1)")
                .setParameter(1, ids.toArray(Long[]::new)).getResultList();
        rows.forEach(r -> refs.put(((Number) r[0]).longValue(),
                new OrganizationRef(((Number) r[0]).longValue(), (String) r[1], (String) r[2])));
        return refs;
    }

    private Map<Long, Long> activeChildCounts(List<Long> ids) {
        Map<Long, Long> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT parent_id, count(*) FROM organization "
                        + "WHERE parent_id = ANY(?1) AND active GROUP BY parent_id")
                .setParameter(1, ids.toArray(Long[]::new)).getResultList();
        rows.forEach(r -> counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return counts;
    }
}
