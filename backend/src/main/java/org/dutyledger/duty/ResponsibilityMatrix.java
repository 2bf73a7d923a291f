package org.dutyledger.duty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.duty.rest.MatrixViews;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationQueries;
import org.dutyledger.organization.rest.OrganizationRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The responsibility matrix of a subtree on a day: six queries (organizations, holders, their memberships,
 * 一岗双责 coverings, active channels, ancestors above the root) however many organizations, then the vacancies are found in memory.
 * The API serves it a page at a time (a 10,000-row answer is megabytes of JSON); the Excel export takes it whole.
 */
@ApplicationScoped
public class ResponsibilityMatrix {

    record Node(long id, String code, String name, int depth, Long parentId, int sortOrder, String path) {
    }

    /** A 一岗双责 duty held higher up whose scope covers the organizations under `scopePath`. */
    record Covering(String scopePath, long organizationId, MatrixViews.Cell cell) {
    }

    record Holding(long assignmentId, long organizationId, DutyRole role, long personId, String personName,
                   boolean personActive, boolean member, LocalDate validFrom, LocalDate validTo, Long channelId,
                   String channelName) {
    }

    record ActiveChannel(long id, long organizationId, String name, boolean administered) {
    }

    @Inject
    EntityManager em;

    @Inject
    OrganizationQueries organizations;

    /** The whole matrix (the Excel export, the vacancy list). */
    public MatrixViews.Matrix of(Organization root, LocalDate at, boolean onlyProblems) {
        return page(root, at, onlyProblems, 0, Integer.MAX_VALUE);
    }

    /**
     * One page of rows (`offset`, `limit` over the rows that match `onlyProblems`), with the counts of the whole
     * subtree. The vacancies of every organization are found (they are counted); the rows themselves — cells,
     * ancestor names, 一岗双责 coverings — are built only for the page.
     */
    public MatrixViews.Matrix page(Organization root, LocalDate at, boolean onlyProblems, int offset, int limit) {
        List<Node> nodes = depthFirst(root);
        Map<Long, List<Holding>> holdings = new HashMap<>();
        holdings(root, at).forEach(h -> holdings.computeIfAbsent(h.organizationId(), k -> new ArrayList<>()).add(h));
        Map<Long, List<ActiveChannel>> channels = new HashMap<>();
        activeChannels(root, at).forEach(c -> channels.computeIfAbsent(c.organizationId(), k -> new ArrayList<>()).add(c));
        List<Covering> coverings = dualDutyCoverings(root, at);
        Map<Long, Node> byId = new HashMap<>(nodes.size() * 2);
        nodes.forEach(n -> byId.put(n.id(), n));
        List<String> rootPath = null;
        List<MatrixViews.Row> rows = new ArrayList<>(Math.min(nodes.size(), limit));
        long vacancies = 0;
        int problemRows = 0;
        int matching = 0;
        for (Node n : nodes) {
            List<Holding> held = holdings.getOrDefault(n.id(), List.of());
            List<MatrixViews.Vacancy> gaps = Vacancies.of(held, channels.getOrDefault(n.id(), List.of()));
            vacancies += gaps.size();
            if (!gaps.isEmpty()) {
                problemRows++;
            }
            if (onlyProblems && gaps.isEmpty()) {
                continue;
            }
            int index = matching++;
            if (index < offset || index - offset >= limit) {
                continue;
            }
            if (rootPath == null) {
                Map<Long, String> above = new HashMap<>();
                organizations.refs(root.ancestorIds()).values().forEach(r -> above.put(r.id(), r.name()));
                rootPath = root.ancestorIds().stream().map(above::get).toList();
            }
            rows.add(row(n, held, gaps, coverings, pathNames(n, root.id, rootPath, byId)));
        }
        return new MatrixViews.Matrix(new OrganizationRef(root.id, root.code, root.name), at, List.of(DutyRole.values()),
                rows, vacancies, matching, nodes.size(), problemRows, offset);
    }

    private static MatrixViews.Row row(Node n, List<Holding> held, List<MatrixViews.Vacancy> gaps,
                                       List<Covering> coverings, List<String> path) {
        Map<DutyRole, List<MatrixViews.Cell>> cells = new EnumMap<>(DutyRole.class);
        for (DutyRole role : DutyRole.values()) {
            cells.put(role, new ArrayList<>());
        }
        held.forEach(h -> cells.get(h.role()).add(new MatrixViews.Cell(h.assignmentId(), h.personId(), h.personName(),
                h.validFrom(), h.validTo(), h.channelId(), h.channelName())));
        // As in the point-in-time view: the 一岗双责 holders above whose scope covers this organization.
        List<MatrixViews.Cell> dual = cells.get(DutyRole.MEMBER_DUAL_DUTY);
        coverings.stream()
                .filter(c -> c.organizationId() != n.id() && n.path().startsWith(c.scopePath()))
                .filter(c -> dual.stream().noneMatch(d -> d.assignmentId() == c.cell().assignmentId()))
                .forEach(c -> dual.add(c.cell()));
        return new MatrixViews.Row(n.id(), n.code(), n.name(), n.depth(), n.parentId(), path, cells, gaps);
    }

    /** Names of the ancestors, the root's own ancestors first, then down the subtree to the parent. */
    private static List<String> pathNames(Node n, long rootId, List<String> rootPath, Map<Long, Node> byId) {
        if (n.id() == rootId) {
            return rootPath;
        }
        java.util.ArrayDeque<String> inside = new java.util.ArrayDeque<>();
        for (Node p = byId.get(n.parentId()); p != null; p = p.id() == rootId ? null : byId.get(p.parentId())) {
            inside.addFirst(p.name());
        }
        List<String> out = new ArrayList<>(rootPath.size() + inside.size());
        out.addAll(rootPath);
        out.addAll(inside);
        return out;
    }

    /** Active organizations of the subtree in tree order: each parent before its children, siblings by sort order. */
    private List<Node> depthFirst(Organization root) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, code, name, depth, parent_id, sort_order, path FROM organization"
                        + " WHERE path LIKE ?1 AND (active OR id = ?2)")
                .setParameter(1, root.path + "%").setParameter(2, root.id).getResultList();
        Map<Long, List<Node>> children = new HashMap<>();
        Node top = null;
        for (Object[] r : rows) {
            Node n = new Node(((Number) r[0]).longValue(), (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                    r[4] == null ? null : ((Number) r[4]).longValue(), ((Number) r[5]).intValue(), (String) r[6]);
            if (n.id() == root.id) {
                top = n;
            } else {
                children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
            }
        }
        Comparator<Node> order = Comparator.comparingInt(Node::sortOrder).thenComparing(Node::name).thenComparingLong(Node::id);
        children.values().forEach(list -> list.sort(order));
        List<Node> out = new ArrayList<>(rows.size());
        java.util.ArrayDeque<Node> stack = new java.util.ArrayDeque<>();
        stack.push(top);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            out.add(n);
            List<Node> kids = children.getOrDefault(n.id(), List.of());
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(kids.get(i));
            }
        }
        return out;
    }

    /**
     * Holders on the day, with whether the person is active and still belongs to the organization's line
     * (a membership in the organization, above it or below it). Both are today's facts, also for a past day.
     * The line check is done here against the holders' membership paths (one query) rather than as a correlated
     * EXISTS per holder, which cost ~150 ms for 24,000 holders.
     */
    private List<Holding> holdings(Organization root, LocalDate at) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT a.id, a.organization_id, a.role, p.id, p.name, p.active, o.path,
                               a.valid_from, a.valid_to, a.channel_id, c.name
                        FROM duty_assignment a
                        JOIN organization o ON o.id = a.organization_id
                        JOIN person p ON p.id = a.person_id
                        LEFT JOIN channel c ON c.id = a.channel_id
                        WHERE o.path LIKE ?1 AND a.valid_from <= ?2 AND (a.valid_to IS NULL OR a.valid_to >= ?2)
                        ORDER BY a.valid_from, a.id""")
                .setParameter(1, root.path + "%").setParameter(2, at).getResultList();
        Map<Long, List<String>> memberships = membershipPathsOfHolders(root, at);
        List<Holding> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            long personId = ((Number) r[3]).longValue();
            String orgPath = (String) r[6];
            boolean member = memberships.getOrDefault(personId, List.of()).stream()
                    .anyMatch(p -> orgPath.startsWith(p) || p.startsWith(orgPath));
            out.add(new Holding(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), DutyRole.valueOf((String) r[2]),
                    personId, (String) r[4], (Boolean) r[5], member, DutyPolicies.date(r[7]),
                    DutyPolicies.date(r[8]), r[9] == null ? null : ((Number) r[9]).longValue(), (String) r[10]));
        }
        return out;
    }

    /** The organization paths of every membership of the people holding a duty in the subtree on the day. */
    private Map<Long, List<String>> membershipPathsOfHolders(Organization root, LocalDate at) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT m.person_id, mo.path
                        FROM membership m JOIN organization mo ON mo.id = m.organization_id
                        WHERE m.person_id IN (
                            SELECT a.person_id FROM duty_assignment a JOIN organization o ON o.id = a.organization_id
                            WHERE o.path LIKE ?1 AND a.valid_from <= ?2 AND (a.valid_to IS NULL OR a.valid_to >= ?2))""")
                .setParameter(1, root.path + "%").setParameter(2, at).getResultList();
        Map<Long, List<String>> out = new HashMap<>();
        for (Object[] r : rows) {
            out.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>(2)).add((String) r[1]);
        }
        return out;
    }

    /** 一岗双责 duties valid on the day whose scope lies in, or covers, the root's subtree. */
    private List<Covering> dualDutyCoverings(Organization root, LocalDate at) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT so.path, a.organization_id, a.id, p.id, p.name, a.valid_from, a.valid_to
                        FROM duty_assignment a
                        JOIN duty_assignment_scope s ON s.assignment_id = a.id
                        JOIN organization so ON so.id = s.organization_id
                        JOIN person p ON p.id = a.person_id
                        WHERE a.role = 'MEMBER_DUAL_DUTY' AND (so.path LIKE ?1 OR ?2 LIKE so.path || '%')
                          AND a.valid_from <= ?3 AND (a.valid_to IS NULL OR a.valid_to >= ?3)
                        ORDER BY a.valid_from, a.id""")
                .setParameter(1, root.path + "%").setParameter(2, root.path).setParameter(3, at).getResultList();
        return rows.stream().map(r -> new Covering((String) r[0], ((Number) r[1]).longValue(),
                new MatrixViews.Cell(((Number) r[2]).longValue(), ((Number) r[3]).longValue(), (String) r[4],
                        DutyPolicies.date(r[5]), DutyPolicies.date(r[6]), null, null))).toList();
    }

    /** Channels in service on the day, and whether someone administered each of them that day. */
    private List<ActiveChannel> activeChannels(Organization root, LocalDate at) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT c.id, c.organization_id, c.name,
                               EXISTS (SELECT 1 FROM duty_assignment a WHERE a.channel_id = c.id AND a.role = 'CHANNEL_ADMIN'
                                       AND a.valid_from <= ?2 AND (a.valid_to IS NULL OR a.valid_to >= ?2))
                        FROM channel c JOIN organization o ON o.id = c.organization_id
                        WHERE o.path LIKE ?1 AND c.launched_on <= ?2 AND (c.closed_on IS NULL OR c.closed_on > ?2)
                        ORDER BY c.name, c.id""")
                .setParameter(1, root.path + "%").setParameter(2, at).getResultList();
        return rows.stream().map(r -> new ActiveChannel(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2], (Boolean) r[3])).toList();
    }
}
