package org.dutyledger.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.obligation.Periods;

import java.util.List;

/**
 * One organization's own work reports whose period lies within a period: what an inspector checks beside a scoring
 * item. The caller has already decided the reader may see this organization's record.
 */
@ApplicationScoped
public class WorkReportsOfPeriod {

    @Inject
    EntityManager em;

    public record Line(long id, WorkReportKind kind, String period, WorkReportStatus status, boolean late) {
    }

    public List<Line> of(long organizationId, Periods.Period period) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, kind, period_key, status, late FROM work_report"
                + " WHERE organization_id = ?1 ORDER BY period_key, id").setParameter(1, organizationId).getResultList();
        return rows.stream()
                .filter(r -> Periods.parse("period", (String) r[2]).within(period))
                .map(r -> new Line(((Number) r[0]).longValue(), WorkReportKind.valueOf((String) r[1]), (String) r[2],
                        WorkReportStatus.valueOf((String) r[3]), Boolean.TRUE.equals(r[4])))
                .toList();
    }
}
