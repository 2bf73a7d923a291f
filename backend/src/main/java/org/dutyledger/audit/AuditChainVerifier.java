package org.dutyledger.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dutyledger.common.SqlParams;

/** Recomputes the chain: every hash from its event and its predecessor's hash, and no gap in the sequence. */
@ApplicationScoped
public class AuditChainVerifier {

    @Inject
    AuditReader reader;

    public VerificationResult verify(Long fromSeq, Long toSeq) {
        long head = reader.headSeq();
        long from = fromSeq == null ? 1 : fromSeq;
        long to = toSeq == null ? head : Math.min(toSeq, head);
        String expectedPrev = from <= 1 ? AuditCanonicalForm.GENESIS_HASH : reader.prevHashOf(from - 1);
        SqlParams params = SqlParams.forJdbc();
        String sql = "SELECT " + AuditReader.COLUMNS + " FROM audit_event e WHERE e.seq >= " + params.bind(from)
                + " AND e.seq <= " + params.bind(to) + " ORDER BY e.seq";
        State state = new State(from, expectedPrev);
        reader.stream(sql, params, state::check);
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

    private static final class State {
        long expectedSeq;
        String expectedPrev;
        long verified;
        Long broken;
        String reason;

        State(long from, String prev) {
            this.expectedSeq = from;
            this.expectedPrev = prev;
        }

        void check(AuditRecord e) {
            if (broken != null) {
                return;
            }
            if (e.seq() != expectedSeq) {
                broken = expectedSeq;
                reason = "event " + expectedSeq + " is missing";
            } else if (expectedPrev != null && !expectedPrev.equals(e.prevHash())) {
                broken = e.seq();
                reason = "its previous hash does not match the hash of event " + (e.seq() - 1);
            } else if (!AuditCanonicalForm.hash(e).equals(e.hash())) {
                broken = e.seq();
                reason = "its content does not match its hash";
            } else {
                verified++;
                expectedSeq++;
                expectedPrev = e.hash();
            }
        }
    }
}
