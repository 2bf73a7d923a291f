package org.dutyledger.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.dutyledger.common.SqlValues;

/**
 * The outbox as its consumers (webhook fan-out and cleanup) read it: claim the pending events, mark them fanned
 * out, prune the old ones. Rows are claimed with FOR UPDATE SKIP LOCKED so several instances share the work.
 */
@ApplicationScoped
public class OutboxQueue {

    @Inject
    EntityManager em;

    /** An event not yet fanned out, with the path of its organization (null for events of no organization). */
    public record Pending(long id, String type, String payload, Instant createdAt, String organizationPath) {
    }

    /** The oldest pending events, locked for the caller's transaction; other instances skip them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Pending> claimPending(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT e.id, e.type, e.payload::text, e.created_at, o.path FROM outbox_event e
                        LEFT JOIN organization o ON o.id = e.organization_id
                        WHERE e.fanned_out_at IS NULL ORDER BY e.id LIMIT ?1 FOR UPDATE OF e SKIP LOCKED""")
                .setParameter(1, limit).getResultList();
        return rows.stream().map(r -> new Pending(SqlValues.toLong(r[0]), (String) r[1], (String) r[2],
                SqlValues.instant(r[3]), (String) r[4])).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void markFannedOut(List<Long> ids, Instant at) {
        em.createNativeQuery("UPDATE outbox_event SET fanned_out_at = ?1 WHERE id = ANY(CAST(?2 AS bigint[]))")
                .setParameter(1, at.atOffset(ZoneOffset.UTC))
                .setParameter(2, "{" + String.join(",", ids.stream().map(String::valueOf).toList()) + "}").executeUpdate();
    }

    /**
     * Deletes up to {@code limit} events fanned out before the cutoff, except those {@code stillReferenced} names (a
     * SQL condition over the event as {@code e}, written by the consumer that refers to events). Locking an event
     * also keeps out a row being inserted that refers to it (its foreign key check locks it).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int pruneFannedOut(Instant cutoff, int limit, String stillReferenced) {
        return em.createNativeQuery("""
                        DELETE FROM outbox_event WHERE id IN (
                            SELECT e.id FROM outbox_event e
                            WHERE e.fanned_out_at < ?1 AND NOT %s
                            LIMIT ?2 FOR UPDATE SKIP LOCKED)""".formatted(stillReferenced))
                .setParameter(1, cutoff.atOffset(ZoneOffset.UTC)).setParameter(2, limit).executeUpdate();
    }
}
