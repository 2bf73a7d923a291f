package org.dutyledger.publication;

import org.dutyledger.channel.ChannelSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.channel.ChannelType;
import org.dutyledger.common.SqlParams;
import org.dutyledger.common.Today;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationQueries;
import org.dutyledger.security.OrgScope;

import java.time.LocalDate;
import java.util.List;

/**
 * Per channel and month (Asia/Shanghai) of a subtree: items published, rejections, retractions, and how long
 * a round took from submission to final approval (median and 90th percentile, in hours). One query.
 */
@ApplicationScoped
public class PublicationStatistics {

    @Inject
    EntityManager em;

    @Inject
    OrgScope scope;

    @Inject
    OrganizationQueries organizations;

    public PublicationViews.Statistics of(Organization under, LocalDate from, LocalDate to) {
        SqlParams p = SqlParams.forJpa();
        String zone = p.bind(Today.ZONE.getId());
        String sql = """
                WITH t AS (
                    SELECT t.*, c.id AS channel_id, c.name AS channel_name, c.type AS channel_type,
                           to_char(t.occurred_at AT TIME ZONE %1$s, 'YYYY-MM') AS month,
                           CASE WHEN t.action = 'approved' AND t.to_status = 'APPROVED' THEN extract(epoch FROM t.occurred_at - (
                               SELECT max(s.occurred_at) FROM publication_transition s WHERE s.publication_id = t.publication_id
                                 AND s.submission = t.submission AND s.action = 'submitted')) / 3600.0 END AS review_hours
                    FROM publication_transition t
                    JOIN publication pub ON pub.id = t.publication_id
                    %6$s
                    JOIN organization o ON o.id = pub.organization_id
                    WHERE o.path LIKE %2$s AND %3$s
                      AND CAST(t.occurred_at AT TIME ZONE %1$s AS date) BETWEEN %4$s AND %5$s
                      AND t.action IN ('published', 'rejected', 'retracted', 'approved'))
                SELECT channel_id, channel_name, channel_type, month,
                       count(*) FILTER (WHERE action = 'published'),
                       count(*) FILTER (WHERE action = 'rejected'),
                       count(*) FILTER (WHERE action = 'retracted'),
                       count(review_hours),
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY review_hours),
                       percentile_cont(0.9) WITHIN GROUP (ORDER BY review_hours)
                FROM t GROUP BY channel_id, channel_name, channel_type, month ORDER BY month, channel_name, channel_id"""
                .formatted(zone, p.bind(under.path + "%"), scope.readCondition("o.path", p), p.bind(from), p.bind(to),
                        ChannelSql.join("c", "pub.channel_id"));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = p.applyTo(em.createNativeQuery(sql)).getResultList();
        List<PublicationViews.StatisticsRow> out = rows.stream().map(r -> new PublicationViews.StatisticsRow(
                new PublicationViews.ChannelRef(((Number) r[0]).longValue(), (String) r[1], ChannelType.valueOf((String) r[2])),
                (String) r[3], num(r[4]), num(r[5]), num(r[6]), num(r[7]), hours(r[8]), hours(r[9]))).toList();
        return new PublicationViews.Statistics(organizations.refs(List.of(under.id)).get(under.id), from.toString(), to.toString(), out);
    }

    private static long num(Object v) {
        return ((Number) v).longValue();
    }

    private static Double hours(Object v) {
        return v == null ? null : Math.round(((Number) v).doubleValue() * 100) / 100.0;
    }
}
