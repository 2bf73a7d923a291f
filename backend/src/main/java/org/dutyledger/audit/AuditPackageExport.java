package org.dutyledger.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.dutyledger.common.SqlParams;
import org.dutyledger.security.OrgScope;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * The audit trail's share of an inspection package (the dossier capability calls it): the events of one organization
 * (or its subtree) in a period, each line exactly as the JSONL export writes it, and the state of the whole chain at
 * the time of the build. Scoped like any read: the caller (the worker acting as the requester) sees what they may read.
 */
@ApplicationScoped
public class AuditPackageExport {

    /** How many lines were written and the seq range they cover (null when none). */
    public record Written(long count, Long fromSeq, Long toSeq) {
    }

    /** The chain head when the package was built, and the server's verification of the chain up to it. */
    public record ChainState(long headSeq, String headHash, VerificationResult verification) {
    }

    @Inject
    AuditReader reader;

    @Inject
    AuditChainVerifier verifier;

    @Inject
    OrgScope scope;

    @Inject
    Instance<AuditEventRedaction> redactions;

    /**
     * Writes the events of the organization at `organizationPath` (with `subtree`, also of those below it) whose
     * occurredAt lies in [from, to), ascending seq, one JSONL export line each. Leaves the stream open.
     */
    public Written writeJsonl(String organizationPath, long organizationId, boolean subtree, Instant from, Instant to,
                              OutputStream out) throws IOException {
        SqlParams params = SqlParams.forJdbc();
        String scopeCondition = scope.readCondition("o.path", params);
        AuditFilter filter = new AuditFilter(null, null, subtree ? organizationPath : null, null, null, from, to, null);
        String where = filter.where(params, scopeCondition, scope.readsEverything());
        if (!subtree) {
            where += " AND e.organization_id = " + params.bind(organizationId);
        }
        String sql = "SELECT " + AuditReader.COLUMNS + " FROM audit_event e" + where + " ORDER BY e.seq";
        Predicate<AuditRecord> exportable = e -> true;
        for (AuditEventRedaction redaction : redactions) {
            exportable = exportable.and(redaction.exportable());
        }
        Predicate<AuditRecord> included = exportable;
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        long[] count = {0};
        Long[] range = {null, null};
        try {
            reader.stream(sql, params, e -> {
                if (!included.test(e)) {
                    return;
                }
                try {
                    w.write(AuditService.jsonLine(e));
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
                count[0]++;
                if (range[0] == null) {
                    range[0] = e.seq();
                }
                range[1] = e.seq();
            });
        } catch (UncheckedIOException ex) {
            throw ex.getCause();
        }
        w.flush();
        return new Written(count[0], range[0], range[1]);
    }

    /** Reads the head, then recomputes the whole chain up to it. */
    public ChainState chainState() {
        long[] seq = {0};
        String[] hash = {null};
        reader.streamRows("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1", SqlParams.forJdbc(), 1, rs -> {
            seq[0] = rs.getLong(1);
            hash[0] = rs.getString(2).trim();
            return false;
        });
        VerificationResult v = seq[0] == 0 ? new VerificationResult(true, 0, null, 0, "The chain is empty")
                : verifier.verify(1L, seq[0]);
        return new ChainState(seq[0], hash[0], v);
    }
}
