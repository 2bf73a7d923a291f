package org.dutyledger.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Time-boxed read access to one organization (its own ledger, not its subtree) for a person outside its tree, e.g. a
 * CROSS inspection's team member on the inspection's days. {@link OrgScope} reads the active ones into its read check and
 * SQL condition; writes never follow from a grant. The granting capability creates and ends them and writes their
 * audit events (granted, expired); the first read of a day is recorded here and announced as {@link ReadGrantUsed}.
 */
@ApplicationScoped
public class ReadGrants {

    /** A grant as the scope check uses it. */
    public record Active(long grantId, long organizationId, String path, String sourceType, long sourceId) {
    }

    /** A grant as its source sees it when it ends. */
    public record Ended(long grantId, long personId, long organizationId) {
    }

    @Inject
    EntityManager em;

    @Inject
    Event<ReadGrantUsed> used;

    /** "grantId:day" already recorded by this instance: a read costs no write after the first of the day. */
    private final Set<String> recorded = ConcurrentHashMap.newKeySet();

    @Transactional(Transactional.TxType.MANDATORY)
    public long grant(long personId, long organizationId, LocalDate from, LocalDate to, String sourceType, long sourceId) {
        return ((Number) em.createNativeQuery("INSERT INTO read_grant (person_id, organization_id, valid_from, valid_to, source_type,"
                        + " source_id, granted_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id")
                .setParameter(1, personId).setParameter(2, organizationId).setParameter(3, from).setParameter(4, to)
                .setParameter(5, sourceType).setParameter(6, sourceId).setParameter(7, Instant.now().atOffset(ZoneOffset.UTC))
                .getSingleResult()).longValue();
    }

    /** Ends the source's open grants now; returns them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Ended> end(String sourceType, long sourceId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("UPDATE read_grant SET ended_at = ?3 WHERE source_type = ?1 AND source_id = ?2"
                        + " AND ended_at IS NULL RETURNING id, person_id, organization_id")
                .setParameter(1, sourceType).setParameter(2, sourceId).setParameter(3, Instant.now().atOffset(ZoneOffset.UTC))
                .getResultList();
        return rows.stream().map(ReadGrants::ended).toList();
    }

    /** Ends the open grants of a source type whose last day is before `today` (claimed with SKIP LOCKED); returns them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Ended> endLapsed(String sourceType, long sourceId, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("UPDATE read_grant SET ended_at = ?4 WHERE id IN (SELECT id FROM read_grant"
                        + " WHERE source_type = ?1 AND source_id = ?2 AND ended_at IS NULL AND valid_to < ?3 FOR UPDATE SKIP LOCKED)"
                        + " RETURNING id, person_id, organization_id")
                .setParameter(1, sourceType).setParameter(2, sourceId).setParameter(3, today)
                .setParameter(4, Instant.now().atOffset(ZoneOffset.UTC)).getResultList();
        return rows.stream().map(ReadGrants::ended).toList();
    }

    /** The sources (ids) of a type with open grants past their last day. */
    public List<Long> lapsedSources(String sourceType, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT DISTINCT source_id FROM read_grant WHERE source_type = ?1"
                + " AND ended_at IS NULL AND valid_to < ?2").setParameter(1, sourceType).setParameter(2, today).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** The person's grants readable on the day. */
    List<Active> activeFor(long personId, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT g.id, g.organization_id, o.path, g.source_type, g.source_id FROM read_grant g"
                        + " JOIN organization o ON o.id = g.organization_id WHERE g.person_id = ?1 AND g.ended_at IS NULL"
                        + " AND g.valid_from <= ?2 AND g.valid_to >= ?2").setParameter(1, personId).setParameter(2, day).getResultList();
        return rows.stream().map(r -> new Active(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                (String) r[3], ((Number) r[4]).longValue())).toList();
    }

    /** Records the grant's first read of the day (in its own transaction, whatever the request does) and announces it. */
    void markUsed(long personId, Active g, LocalDate day) {
        String key = g.grantId() + ":" + day;
        if (recorded.contains(key)) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            int inserted = em.createNativeQuery("INSERT INTO read_grant_use (grant_id, day) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                    .setParameter(1, g.grantId()).setParameter(2, day).executeUpdate();
            if (inserted == 1) {
                used.fire(new ReadGrantUsed(g.grantId(), personId, g.organizationId(), day, g.sourceType(), g.sourceId()));
            }
        });
        recorded.add(key);
    }

    private static Ended ended(Object[] r) {
        return new Ended(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue());
    }
}
