package org.dutyledger.duty;

import org.dutyledger.person.MembershipSql;
import org.dutyledger.channel.ChannelSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.dutyledger.common.SqlValues;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationQueries;
import org.dutyledger.organization.OrganizationRef;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
     * subtree. The vacancies of every organization are counted in PostgreSQL ({@link #gapCounts}); the rows
     * themselves — cells, vacancies, ancestor names, 一岗双责 coverings — are built only for the page. Reading every
     * holder of a 10,000-organization subtree into the service (~80,000 rows on the bench data) took longer than
     * the whole answer may.
     */
    public MatrixViews.Matrix page(Organization root, LocalDate at, boolean onlyProblems, int offset, int limit) {
        List<Node> nodes = depthFirst(root);
        boolean whole = offset == 0 && !onlyProblems && limit >= nodes.size();
        List<ActiveChannel> inService = activeChannels(root, at);
        Map<Long, Integer> counts = whole ? null : gapCounts(root, at, inService);
        List<Node> page = new ArrayList<>(Math.min(nodes.size(), limit));
        long vacancies = 0;
        int problemRows = 0;
        int matching = 0;
        if (!whole) {
            for (Node n : nodes) {
                // an organization that holds nothing and has no channel lacks every required role
                int gaps = counts.getOrDefault(n.id(), DutyRole.REQUIRED.size());
                vacancies += gaps;
                if (gaps > 0) {
                    problemRows++;
                }
                if (onlyProblems && gaps == 0) {
                    continue;
                }
                int index = matching++;
                if (index >= offset && index - offset < limit) {
                    page.add(n);
                }
            }
        } else {
            page.addAll(nodes);
            matching = nodes.size();
        }
        Set<Long> ids = whole ? null : page.stream().map(Node::id).collect(Collectors.toSet());
        Map<Long, List<Holding>> holdings = new HashMap<>();
        holdings(root, at, ids).forEach(h -> holdings.computeIfAbsent(h.organizationId(), k -> new ArrayList<>()).add(h));
        Map<Long, List<ActiveChannel>> channels = new HashMap<>();
        inService.stream().filter(c -> ids == null || ids.contains(c.organizationId()))
                .forEach(c -> channels.computeIfAbsent(c.organizationId(), k -> new ArrayList<>()).add(c));
        List<Covering> coverings = dualDutyCoverings(root, at);
        Map<Long, Node> byId = new HashMap<>(nodes.size() * 2);
        nodes.forEach(n -> byId.put(n.id(), n));
        List<String> rootPath = null;
        List<MatrixViews.Row> rows = new ArrayList<>(page.size());
        for (Node n : page) {
            List<Holding> held = holdings.getOrDefault(n.id(), List.of());
            List<MatrixViews.Vacancy> gaps = Vacancies.of(held, channels.getOrDefault(n.id(), List.of()));
            if (whole) {
                vacancies += gaps.size();
                if (!gaps.isEmpty()) {
                    problemRows++;
                }
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

    /**
     * The number of vacancies of each organization of the subtree that holds a duty or has a channel, by the rules of
     * {@link Vacancies#of} (which builds them for the rows shown): each required role nobody holds, each holder who is
     * inactive or out of the organization's line, each channel in service without an administrator.
     */
    private Map<Long, Integer> gapCounts(Organization root, LocalDate at, List<ActiveChannel> inService) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            Map<Long, Integer> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    WITH h AS (
                        SELECT a.id, a.organization_id AS org, a.role, a.person_id, p.active, o.path
                        FROM duty_assignment a JOIN organization o ON o.id = a.organization_id JOIN person p ON p.id = a.person_id
                        WHERE o.path LIKE ? AND %s
                    ), in_line AS (
                        SELECT h.id, bool_or(%s) AS ok
                        FROM h JOIN %s ON m.person_id = h.person_id
                        GROUP BY h.id
                    )
                    SELECT h.org, %s + count(*) FILTER (WHERE %s)
                    FROM h LEFT JOIN in_line i ON i.id = h.id GROUP BY h.org""".formatted(HeldOn.sql("a", "?"),
                    HolderInLine.sql("h.path", "mo.path"), MembershipSql.withOrganization("m", "mo"), Vacancies.missingRequiredSql("h"),
                    Vacancies.holderVacantSql("h.active", "coalesce(i.ok, false)")))) {
                ps.setString(1, root.path + "%");
                ps.setObject(2, at);
                ps.setObject(3, at);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), rs.getInt(2));
                    }
                }
            }
            for (ActiveChannel channel : inService) {
                if (!channel.administered()) {
                    out.merge(channel.organizationId(), DutyRole.REQUIRED.size() + 1, (held, none) -> held + 1);
                }
            }
            return out;
        });
    }

    private static final Comparator<Holding> BY_START =
            Comparator.comparing(Holding::validFrom).thenComparingLong(Holding::assignmentId);

    private static MatrixViews.Row row(Node n, List<Holding> held, List<MatrixViews.Vacancy> gaps,
                                       List<Covering> coverings, List<String> path) {
        Map<DutyRole, List<MatrixViews.Cell>> cells = new EnumMap<>(DutyRole.class);
        for (DutyRole role : DutyRole.values()) {
            cells.put(role, new ArrayList<>());
        }
        held.stream().sorted(BY_START).forEach(h -> cells.get(h.role()).add(new MatrixViews.Cell(h.assignmentId(), h.personId(), h.personName(),
                h.validFrom(), h.validTo(), h.channelId(), h.channelName())));
        // As in the point-in-time view: the 一岗双责 holders above whose scope covers this organization.
        List<MatrixViews.Cell> dual = cells.get(DutyRole.MEMBER_DUAL_DUTY);
        coverings.stream()
                .filter(c -> c.organizationId() != n.id() && DualDutyCoverage.covers(c.scopePath(), n.path()))
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
     * ({@link HolderInLine}: a membership in the organization, above it or below it). Both are today's facts, also for a past day.
     * The line check is done here against the holders' membership paths (one query) rather than as a correlated
     * EXISTS per holder, which cost ~150 ms for 24,000 holders.
     */
    private List<Holding> holdings(Organization root, LocalDate at, Set<Long> only) {
        String restrict = only == null ? "" : " AND a.organization_id = ANY(?)";
        Map<Long, List<String>> memberships = membershipPathsOfHolders(root, at, restrict, only);
        // Plain JDBC and no ORDER BY: a whole subtree is ~80,000 holdings on the bench data, and most are only
        // counted; the rows of the page sort their own cells (see row()).
        return em.unwrap(Session.class).doReturningWork(c -> {
            List<Holding> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT a.id, a.organization_id, a.role, p.id, p.name, p.active, o.path,
                           a.valid_from, a.valid_to, a.channel_id, c.name
                    FROM duty_assignment a
                    JOIN organization o ON o.id = a.organization_id
                    JOIN person p ON p.id = a.person_id
                    """ + ChannelSql.leftJoin("c", "a.channel_id") + " WHERE o.path LIKE ? AND " + HeldOn.sql("a", "?") + restrict)) {
                bindSubtree(ps, c, root, at, only);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long personId = rs.getLong(4);
                        String orgPath = rs.getString(7);
                        boolean member = HolderInLine.inLine(orgPath, memberships.get(personId));
                        out.add(new Holding(rs.getLong(1), rs.getLong(2), DutyRole.valueOf(rs.getString(3)), personId,
                                rs.getString(5), rs.getBoolean(6), member, rs.getObject(8, LocalDate.class),
                                rs.getObject(9, LocalDate.class), rs.getObject(10, Long.class),
                                rs.getString(11)));
                    }
                }
            }
            return out;
        });
    }

    /** The parameters of the two holder queries: the subtree, the day (twice), and the page's organizations if any. */
    private static void bindSubtree(PreparedStatement ps, java.sql.Connection c, Organization root, LocalDate at,
                                    Set<Long> only) throws java.sql.SQLException {
        ps.setString(1, root.path + "%");
        ps.setObject(2, at);
        ps.setObject(3, at);
        if (only != null) {
            ps.setArray(4, c.createArrayOf("bigint", only.toArray()));
        }
        ps.setFetchSize(5_000);
    }

    /** The organization paths of every membership of the people holding a duty in the subtree on the day. */
    private Map<Long, List<String>> membershipPathsOfHolders(Organization root, LocalDate at, String restrict, Set<Long> only) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            Map<Long, List<String>> out = new HashMap<>(1 << 16);
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT m.person_id, mo.path
                    FROM """ + MembershipSql.withOrganization("m", "mo") + """
                    WHERE m.person_id IN (
                        SELECT a.person_id FROM duty_assignment a JOIN organization o ON o.id = a.organization_id
                        WHERE o.path LIKE ?""" + " AND " + HeldOn.sql("a", "?") + restrict + ")")) {
                bindSubtree(ps, c, root, at, only);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>(2)).add(rs.getString(2));
                    }
                }
            }
            return out;
        });
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
                        WHERE a.role = 'MEMBER_DUAL_DUTY' AND (so.path LIKE ?1 OR %s)
                          AND %s
                        ORDER BY a.valid_from, a.id""".formatted(DualDutyCoverage.pathCovers("so.path", "?2"), HeldOn.sql("a", "?3")))
                .setParameter(1, root.path + "%").setParameter(2, root.path).setParameter(3, at).getResultList();
        return rows.stream().map(r -> new Covering((String) r[0], ((Number) r[1]).longValue(),
                new MatrixViews.Cell(((Number) r[2]).longValue(), ((Number) r[3]).longValue(), (String) r[4],
                        SqlValues.date(r[5]), SqlValues.date(r[6]), null, null))).toList();
    }

    /** Channels in service on the day, and whether someone administered each of them that day. */
    private List<ActiveChannel> activeChannels(Organization root, LocalDate at) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT c.id, c.organization_id, c.name,
                               EXISTS (SELECT 1 FROM duty_assignment a WHERE a.channel_id = c.id AND a.role = 'CHANNEL_ADMIN'
                                       AND %s)
                        FROM %s JOIN organization o ON o.id = c.organization_id
                        WHERE o.path LIKE ?1 AND %s
                        ORDER BY c.name, c.id""".formatted(HeldOn.sql("a", "?2"), ChannelSql.table("c"), ChannelSql.activeOn("c", "?2")))
                .setParameter(1, root.path + "%").setParameter(2, at).getResultList();
        return rows.stream().map(r -> new ActiveChannel(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2], (Boolean) r[3])).toList();
    }
}
