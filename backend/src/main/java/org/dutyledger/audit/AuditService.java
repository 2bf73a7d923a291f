package org.dutyledger.audit;

import java.util.Map;
import org.dutyledger.common.FieldCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.StreamingOutput;
import org.dutyledger.common.Language;
import org.dutyledger.common.LocalTimes;
import org.dutyledger.common.Params;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.SqlParams;
import org.dutyledger.security.OrgScope;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;

/** Reading the audit trail within the caller's scope. */
@ApplicationScoped
public class AuditService {

    @Inject
    AuditReader reader;

    @Inject
    AuditChainVerifier verifier;

    @Inject
    OrgScope scope;

    @Inject
    EntityManager em;

    @Inject
    Instance<AuditEventRedaction> redactions;

    @Inject
    AuditNamer namer;

    public AuditFilter filter(String entityType, String entityId, String organization, String actor, String action,
                              String from, String to, String cursor) {
        String orgPath = null;
        Long orgId = Params.optLong("organization", organization);
        if (orgId != null) {
            @SuppressWarnings("unchecked")
            List<String> paths = em.createNativeQuery("SELECT path FROM organization WHERE id = ?1")
                    .setParameter(1, orgId).getResultList();
            if (paths.isEmpty()) {
                throw ProblemException.notFound("Organization", orgId);
            }
            orgPath = paths.get(0);
            scope.requireRead(orgPath, "Organization", orgId);
        }
        return new AuditFilter(blankToNull(entityType), blankToNull(entityId), orgPath, blankToNull(actor),
                blankToNull(action), Params.instant("from", from), Params.instant("to", to),
                Params.optLong("cursor", cursor));
    }

    public AuditEventPage list(AuditFilter filter, int limit) {
        SqlParams params = SqlParams.forJdbc();
        String scopeCondition = scope.readCondition("o.path", params);
        List<AuditRecord> rows = reader.page(filter, scopeCondition, params, scope.readsEverything(), limit + 1);
        boolean more = rows.size() > limit;
        List<AuditEventView> items = rows.stream().limit(limit).map(AuditEventView::of).toList();
        for (AuditEventRedaction redaction : redactions) {
            items = redaction.redact(items);
        }
        items = namer.name(items);
        String next = more ? Long.toString(items.get(items.size() - 1).seq()) : null;
        return new AuditEventPage(items, next);
    }

    @Inject
    VerificationGate gate;

    /**
     * Recomputes the chain over [fromSeq, toSeq] (default: all of it). A range that is empty or reaches past the
     * head is a mistake of the caller (400), not a verification of nothing; one verification at a time (429).
     */
    public VerificationResult verify(Long fromSeq, Long toSeq) {
        long head = reader.headSeq();
        if (fromSeq != null && (fromSeq < 1 || fromSeq > head)) {
            throw ProblemException.badRequest("fromSeq", FieldCode.OUT_OF_RANGE, Map.of("min", 1, "max", head));
        }
        if (toSeq != null && (toSeq < 1 || toSeq > head)) {
            throw ProblemException.badRequest("toSeq", FieldCode.OUT_OF_RANGE, Map.of("min", 1, "max", head));
        }
        if (fromSeq != null && toSeq != null && fromSeq > toSeq) {
            throw ProblemException.badRequest("fromSeq", FieldCode.AFTER_END, Map.of("end", "toSeq"));
        }
        if (!gate.tryEnter()) {
            throw ProblemException.tooManyRequests("Another verification of the audit chain is running on this instance; "
                    + "try again shortly", VerificationGate.RETRY_AFTER_SECONDS);
        }
        try {
            return verifier.verify(fromSeq, toSeq);
        } finally {
            gate.leave();
        }
    }

    /** Streams the export; the scope is evaluated now, while the request's identity is at hand. */
    public StreamingOutput export(AuditFilter filter, String format) {
        SqlParams params = SqlParams.forJdbc();
        String scopeCondition = scope.readCondition("o.path", params);
        String sql = "SELECT " + AuditReader.COLUMNS + " FROM audit_event e"
                + filter.where(params, scopeCondition, scope.readsEverything()) + " ORDER BY e.seq";
        Predicate<AuditRecord> exportable = e -> true;
        for (AuditEventRedaction redaction : redactions) {
            exportable = exportable.and(redaction.exportable());
        }
        Predicate<AuditRecord> included = exportable;
        // the language is the request's, read now: the body is written after the request's context has gone
        AuditCsv csv = format.equals("csv") ? new AuditCsv(Language.current(), LocalTimes.zone()) : null;
        return out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            if (csv != null) {
                w.write(csv.start());
            }
            try {
                reader.stream(sql, params, e -> {
                    if (!included.test(e)) {
                        return;
                    }
                    try {
                        w.write(csv != null ? csv.line(e) : jsonLine(e));
                    } catch (IOException ex) {
                        throw new UncheckedIOException(ex);
                    }
                });
            } catch (UncheckedIOException ex) {
                throw ex.getCause();
            }
            w.flush();
        };
    }

    /** The canonical form plus "hash": drop "hash", re-serialize, and SHA-256(prevHash + it) must give it back. */
    static String jsonLine(AuditRecord e) {
        String canonical = AuditCanonicalForm.json(e);
        return canonical.substring(0, canonical.length() - 1) + ",\"hash\":\"" + e.hash() + "\"}\n";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
