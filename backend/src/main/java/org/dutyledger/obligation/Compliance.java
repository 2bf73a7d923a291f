package org.dutyledger.obligation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import org.dutyledger.common.Xlsx;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationQueries;
import org.dutyledger.organization.OrganizationRef;
import org.dutyledger.security.OrgScope;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compliance roll-up (一级抓一级): for each child of an organization, the counts of its whole subtree per rule and
 * status, for the instances whose period lies within the asked period. One grouped SQL over the subtree's path
 * prefix; the child is read from the path, so the tree is scanned once.
 */
@ApplicationScoped
public class Compliance {

    @Inject
    EntityManager em;

    @Inject
    OrgScope scope;

    @Inject
    OrganizationQueries organizationQueries;

    /**
     * Counts per child (0 = the organization itself), rule series and status. Parameters: ?1 the organization's id,
     * ?2 its path length + 1, ?3 its path + '%', ?4 the period's start, ?5 its end. The child is read from the path
     * once per organization (the materialized subtree), not once per instance; `period_start <= end` bounds the scan
     * of obligation_instance_period_idx (V10). Public for bench/obligations.sh, which times the same SQL over JDBC.
     */
    public static final String COUNTS_SQL = """
            WITH subtree AS MATERIALIZED (
                SELECT id, CASE WHEN id = ?1 THEN 0 ELSE CAST(split_part(substr(path, ?2), '/', 1) AS bigint) END AS child
                FROM organization WHERE path LIKE ?3)
            SELECT s.child, i.series_id, i.status, count(*)
            FROM obligation_instance i JOIN subtree s ON s.id = i.organization_id
            WHERE i.period_start >= ?4 AND i.period_start <= ?5 AND i.period_end <= ?5
            GROUP BY 1, 2, 3""";

    public ObligationViews.Compliance of(Organization under, Periods.Period period, boolean onlyProblems) {
        scope.requireRead(under.path, "Organization", under.id);
        @SuppressWarnings("unchecked")
        List<Object[]> counts = em.createNativeQuery(COUNTS_SQL)
                .setParameter(1, under.id).setParameter(2, under.path.length() + 1).setParameter(3, under.path + "%")
                .setParameter(4, period.start()).setParameter(5, period.end()).getResultList();
        Map<Long, Map<Long, Tally>> byChild = new HashMap<>();
        Map<Long, Tally> byRule = new LinkedHashMap<>();
        Tally totals = new Tally();
        for (Object[] c : counts) {
            long child = Rows.l(c[0]);
            long series = Rows.l(c[1]);
            ObligationStatus status = ObligationStatus.valueOf((String) c[2]);
            long n = Rows.l(c[3]);
            byChild.computeIfAbsent(child, k -> new LinkedHashMap<>()).computeIfAbsent(series, k -> new Tally()).add(status, n);
            byRule.computeIfAbsent(series, k -> new Tally()).add(status, n);
            totals.add(status, n);
        }
        List<ObligationViews.RuleRef> rules = rules(byRule.keySet());
        List<ObligationViews.Row> rows = new ArrayList<>();
        for (Object[] child : children(under.id)) {
            long id = Rows.l(child[0]);
            Map<Long, Tally> cells = byChild.getOrDefault(id, Map.of());
            if (!(Boolean) child[4] && cells.isEmpty()) {
                continue;
            }
            Tally rowTotal = new Tally();
            List<ObligationViews.Cell> out = new ArrayList<>();
            for (ObligationViews.RuleRef rule : rules) {
                Tally t = cells.getOrDefault(rule.id(), new Tally());
                rowTotal.merge(t);
                out.add(t.cell(rule.id()));
            }
            if (onlyProblems && rowTotal.overdue + rowTotal.missed == 0) {
                continue;
            }
            rows.add(new ObligationViews.Row(new OrganizationRef(id, (String) child[1], (String) child[2]), (Boolean) child[3],
                    out, rowTotal.counts()));
        }
        return new ObligationViews.Compliance(organizationQueries.refs(List.of(under.id)).get(under.id), period.key(), rules, rows,
                totals.counts());
    }

    /** The same table as an Excel file: one line per child and rule, then each child's total and the subtree's. */
    public Response export(Organization under, Periods.Period period) {
        ObligationViews.Compliance c = of(under, period, false);
        List<String> headers = List.of("组织", "工作要求", "类型", "已完成", "逾期完成", "未到期", "待完成", "已逾期", "未完成",
                "已豁免", "合计", "完成率");
        List<List<String>> lines = new ArrayList<>();
        for (ObligationViews.Row row : c.rows()) {
            for (int i = 0; i < c.rules().size(); i++) {
                ObligationViews.RuleRef rule = c.rules().get(i);
                ObligationViews.Cell cell = row.cells().get(i);
                lines.add(line(row.organization().name(), rule.title(), rule.kind().label, cell.met(), cell.metLate(),
                        cell.upcoming(), cell.due(), cell.overdue(), cell.missed(), cell.waived(), cell.total(), cell.rate()));
            }
            ObligationViews.Counts t = row.total();
            lines.add(line(row.organization().name(), "小计", "", t.met(), t.metLate(), t.upcoming(), t.due(), t.overdue(),
                    t.missed(), t.waived(), t.total(), t.rate()));
        }
        ObligationViews.Counts t = c.totals();
        lines.add(line(c.organization().name() + "（全部）", "合计", "", t.met(), t.metLate(), t.upcoming(), t.due(), t.overdue(),
                t.missed(), t.waived(), t.total(), t.rate()));
        return Xlsx.download("工作要求落实情况-" + under.name + "-" + period.key() + ".xlsx", "落实情况", headers, lines);
    }

    private static List<String> line(String org, String rule, String kind, long met, long metLate, long upcoming, long due,
                                     long overdue, long missed, long waived, long total, Double rate) {
        return List.of(org, rule, kind, Long.toString(met), Long.toString(metLate), Long.toString(upcoming), Long.toString(due),
                Long.toString(overdue), Long.toString(missed), Long.toString(waived), Long.toString(total),
                rate == null ? "" : String.format("%.1f%%", rate * 100));
    }

    private List<ObligationViews.RuleRef> rules(java.util.Set<Long> seriesIds) {
        if (seriesIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT DISTINCT ON (series_id) series_id, title, kind FROM obligation_rule"
                + " WHERE series_id = ANY(?1) ORDER BY series_id, id DESC").setParameter(1, seriesIds.toArray(Long[]::new)).getResultList();
        return rows.stream().map(r -> new ObligationViews.RuleRef(Rows.l(r[0]), (String) r[1], ObligationKind.valueOf((String) r[2])))
                .toList();
    }

    /** id, code, name, has children, active — the children of the organization in tree order. */
    private List<Object[]> children(long parentId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.id, c.code, c.name,"
                + " EXISTS (SELECT 1 FROM organization g WHERE g.parent_id = c.id AND g.active), c.active"
                + " FROM organization c WHERE c.parent_id = ?1 ORDER BY c.sort_order, c.name, c.id").setParameter(1, parentId)
                .getResultList();
        return rows;
    }

    /** Counts by status. */
    static final class Tally {
        long met, metLate, upcoming, due, overdue, missed, waived;

        void add(ObligationStatus s, long n) {
            switch (s) {
                case MET -> met += n;
                case MET_LATE -> metLate += n;
                case UPCOMING -> upcoming += n;
                case DUE -> due += n;
                case OVERDUE -> overdue += n;
                case MISSED -> missed += n;
                case WAIVED -> waived += n;
            }
        }

        void merge(Tally t) {
            met += t.met;
            metLate += t.metLate;
            upcoming += t.upcoming;
            due += t.due;
            overdue += t.overdue;
            missed += t.missed;
            waived += t.waived;
        }

        long total() {
            return met + metLate + upcoming + due + overdue + missed + waived;
        }

        Double rate() {
            return total() == 0 ? null : (double) (met + metLate + waived) / total();
        }

        ObligationViews.Counts counts() {
            return new ObligationViews.Counts(met, metLate, upcoming, due, overdue, missed, waived, total(), rate());
        }

        ObligationViews.Cell cell(long ruleId) {
            return new ObligationViews.Cell(ruleId, met, metLate, upcoming, due, overdue, missed, waived, total(), rate());
        }
    }
}
