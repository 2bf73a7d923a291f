package org.dutyledger.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dutyledger.common.SqlParams;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Recomputes the chain: every hash from its event and its predecessor's hash, and no gap in the sequence.
 * <p>
 * Made fast without touching the canonical form: the rows come through a forward-only cursor with the time
 * already in the canonical format (PostgreSQL's to_char); the calling thread only reads them, in batches,
 * while a second thread writes each event's canonical JSON straight from the jsonb text ({@link CanonicalText})
 * and hashes it with one reused digest — so PostgreSQL producing the next rows overlaps with the hashing.
 * Events the fast path does not cover are hashed the reference way ({@link AuditCanonicalForm#hash}).
 */
@ApplicationScoped
public class AuditChainVerifier {

    private static final int FETCH_SIZE = 10_000;
    private static final int BATCH = 1_000;
    /** occurred_at as AuditCanonicalForm.time writes it: UTC, six fractional digits. */
    private static final String COLUMNS = "e.seq, to_char(e.occurred_at AT TIME ZONE 'UTC', "
            + "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), e.actor_subject, e.actor_username, e.actor_person_id, e.action, "
            + "e.entity_type, e.entity_id, e.organization_id, e.request_id, e.changes::text, e.prev_hash, e.hash";

    @Inject
    AuditReader reader;

    public VerificationResult verify(Long fromSeq, Long toSeq) {
        long head = reader.headSeq();
        long from = fromSeq == null ? 1 : fromSeq;
        long to = toSeq == null ? head : Math.min(toSeq, head);
        String expectedPrev = from <= 1 ? AuditCanonicalForm.GENESIS_HASH : reader.prevHashOf(from - 1);
        SqlParams params = SqlParams.forJdbc();
        String sql = "SELECT " + COLUMNS + " FROM audit_event e WHERE e.seq >= " + params.bind(from)
                + " AND e.seq <= " + params.bind(to) + " ORDER BY e.seq";
        State state = new State(from, expectedPrev);
        Pipeline pipeline = new Pipeline(state);
        pipeline.start();
        try {
            reader.streamRows(sql, params, FETCH_SIZE, pipeline::take);
            pipeline.finish();
        } finally {
            pipeline.abortIfRunning();
        }
        if (state.broken == null && state.expectedSeq <= to) {
            // Events missing at the end of the range.
            state.broken = state.expectedSeq;
            state.reason = "event " + state.expectedSeq + " is missing";
        }
        boolean ok = state.broken == null;
        String detail = ok ? "All " + state.verified + " events from " + from + " to " + to + " verified"
                : "Chain broken at event " + state.broken + ": " + state.reason;
        return new VerificationResult(ok, state.verified, state.broken, head, detail);
    }

    /** One stored event as read, columns untouched. */
    private record Row(long seq, String occurredAt, String subject, String username, Long personId, String action,
                       String entityType, String entityId, Long organizationId, String requestId, String changes,
                       String prevHash, String hash) {

        static Row read(ResultSet rs) throws SQLException {
            return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), longOrNull(rs, 5),
                    rs.getString(6), rs.getString(7), rs.getString(8), longOrNull(rs, 9), rs.getString(10),
                    rs.getString(11), rs.getString(12), rs.getString(13));
        }

        private static Long longOrNull(ResultSet rs, int column) throws SQLException {
            long v = rs.getLong(column);
            return rs.wasNull() ? null : v;
        }
    }

    /** The reading thread hands batches of rows to one checking thread; the order of the chain is kept. */
    private static final class Pipeline {
        private static final Row[] END = new Row[0];

        private final State state;
        private final BlockingQueue<Row[]> queue = new ArrayBlockingQueue<>(16);
        private final Thread checker;
        private volatile boolean stopped;
        private volatile Throwable failure;
        private Row[] batch = new Row[BATCH];
        private int filled;

        Pipeline(State state) {
            this.state = state;
            this.checker = new Thread(this::check, "audit-verify");
            this.checker.setDaemon(true);
        }

        void start() {
            checker.start();
        }

        boolean take(ResultSet rs) throws SQLException {
            batch[filled++] = Row.read(rs);
            if (filled == BATCH) {
                put(batch);
                batch = new Row[BATCH];
                filled = 0;
            }
            return !stopped;
        }

        void finish() {
            if (filled > 0) {
                put(java.util.Arrays.copyOf(batch, filled));
            }
            put(END);
            try {
                checker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while verifying", e);
            }
            if (failure != null) {
                throw new IllegalStateException("audit verification failed", failure);
            }
        }

        void abortIfRunning() {
            if (checker.isAlive()) {
                stopped = true;
                checker.interrupt();
            }
        }

        private void put(Row[] rows) {
            try {
                while (!stopped && !queue.offer(rows, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    // the checker is busy; wait for room unless it has stopped
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while verifying", e);
            }
        }

        private void check() {
            try {
                for (Row[] rows = queue.take(); rows != END; rows = queue.take()) {
                    for (Row row : rows) {
                        if (!state.check(row)) {
                            stopped = true;
                            return;
                        }
                    }
                }
            } catch (InterruptedException e) {
                // aborted by the reading side
            } catch (RuntimeException | Error e) {
                failure = e;
                stopped = true;
            }
        }
    }

    private static final class State {
        long expectedSeq;
        String expectedPrev;
        long verified;
        Long broken;
        String reason;
        final CanonicalText canonical = new CanonicalText();
        final MessageDigest sha256 = sha256();
        final HexFormat hex = HexFormat.of();

        State(long from, String prev) {
            this.expectedSeq = from;
            this.expectedPrev = prev;
        }

        /** Checks one event; false once the chain is broken. */
        boolean check(Row e) {
            String prevHash = e.prevHash().trim();
            String hash = e.hash().trim();
            if (e.seq() != expectedSeq) {
                broken = expectedSeq;
                reason = "event " + expectedSeq + " is missing";
            } else if (expectedPrev != null && !expectedPrev.equals(prevHash)) {
                broken = e.seq();
                reason = "its previous hash does not match the hash of event " + (e.seq() - 1);
            } else if (!hash.equals(hashOf(e, prevHash))) {
                broken = e.seq();
                reason = "its content does not match its hash";
            } else {
                verified++;
                expectedSeq++;
                expectedPrev = hash;
                return true;
            }
            return false;
        }

        private String hashOf(Row e, String prevHash) {
            String input = canonical.hashInput(e.seq(), e.occurredAt(), e.subject(), e.username(), e.personId(),
                    e.action(), e.entityType(), e.entityId(), e.organizationId(), e.requestId(), e.changes(), prevHash);
            if (input == null) {
                // Not on the fast path (e.g. a fraction in the changes): the reference computation.
                return AuditCanonicalForm.hash(new AuditRecord(e.seq(), Instant.parse(e.occurredAt()), e.subject(),
                        e.username(), e.personId(), e.action(), e.entityType(), e.entityId(), e.organizationId(),
                        e.requestId(), AuditCanonicalForm.parseChanges(e.changes()), prevHash, null));
            }
            return hex.formatHex(sha256.digest(input.getBytes(StandardCharsets.UTF_8)));
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
