package org.dutyledger.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.common.Today;

import java.time.LocalDate;

/**
 * One organization's own review record over days (Asia/Shanghai): items published, rejections and retractions, counted
 * the way {@link PublicationStatistics} counts them (from the transitions). What an inspector checks beside a scoring
 * item; the caller has already decided the reader may see this organization's record.
 */
@ApplicationScoped
public class ReviewCountsOfPeriod {

    public record Counts(long published, long rejected, long retracted) {
    }

    @Inject
    EntityManager em;

    public Counts of(long organizationId, LocalDate from, LocalDate to) {
        Object[] r = (Object[]) em.createNativeQuery("SELECT count(*) FILTER (WHERE t.action = 'published'),"
                        + " count(*) FILTER (WHERE t.action = 'rejected'), count(*) FILTER (WHERE t.action = 'retracted')"
                        + " FROM publication_transition t JOIN publication pub ON pub.id = t.publication_id"
                        + " WHERE pub.organization_id = ?1 AND t.action IN ('published', 'rejected', 'retracted')"
                        + " AND CAST(t.occurred_at AT TIME ZONE ?2 AS date) BETWEEN ?3 AND ?4")
                .setParameter(1, organizationId).setParameter(2, Today.ZONE.getId()).setParameter(3, from).setParameter(4, to)
                .getSingleResult();
        return new Counts(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue());
    }
}
