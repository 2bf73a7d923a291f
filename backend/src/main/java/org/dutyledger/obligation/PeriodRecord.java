package org.dutyledger.obligation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One organization's own obligations for a period, as counts: what an inspector checks beside a scoring item. The
 * instances whose period lies within the asked period (as the compliance roll-up counts them); the caller has already
 * decided the reader may see this organization's record (the inspection capability for its team).
 */
@ApplicationScoped
public class PeriodRecord {

    @Inject
    EntityManager em;

    /** due = every instance of the period; fulfilled = met (late or not); overdue = overdue or missed; waived. */
    public record Counts(long due, long fulfilled, long overdue, long waived) {
    }

    public record ByRule(long ruleId, String ruleName, ObligationKind kind, long due, long fulfilled, long overdue) {
    }

    public record Of(Counts totals, List<ByRule> byRule) {
    }

    public Of of(long organizationId, Periods.Period period) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT i.rule_id, r.title, r.kind, i.status, count(*)"
                        + " FROM obligation_instance i JOIN obligation_rule r ON r.id = i.rule_id"
                        + " WHERE i.organization_id = ?1 AND i.period_start >= ?2 AND i.period_start <= ?3 AND i.period_end <= ?3"
                        + " GROUP BY 1, 2, 3, 4 ORDER BY 1")
                .setParameter(1, organizationId).setParameter(2, period.start()).setParameter(3, period.end()).getResultList();
        Map<Long, long[]> tallies = new LinkedHashMap<>();
        Map<Long, Object[]> names = new LinkedHashMap<>();
        long[] all = new long[4];
        for (Object[] r : rows) {
            long rule = Rows.l(r[0]);
            names.putIfAbsent(rule, r);
            long[] t = tallies.computeIfAbsent(rule, k -> new long[4]);
            long n = Rows.l(r[4]);
            int slot = switch (ObligationStatus.valueOf((String) r[3])) {
                case MET, MET_LATE -> 1;
                case OVERDUE, MISSED -> 2;
                case WAIVED -> 3;
                default -> -1;
            };
            t[0] += n;
            all[0] += n;
            if (slot > 0) {
                t[slot] += n;
                all[slot] += n;
            }
        }
        List<ByRule> byRule = new ArrayList<>();
        tallies.forEach((rule, t) -> byRule.add(new ByRule(rule, (String) names.get(rule)[1],
                ObligationKind.valueOf((String) names.get(rule)[2]), t[0], t[1], t[2])));
        return new Of(new Counts(all[0], all[1], all[2], all[3]), byRule);
    }
}
