package org.dutyledger.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** An audit event as the API shows it. */
@Schema(name = "AuditEvent")
public record AuditEventView(
        @Schema(required = true) long seq,
        @Schema(required = true) Instant occurredAt,
        String actorSubject,
        String actorUsername,
        Long actorPersonId,
        @Schema(required = true, examples = "organization.renamed") String action,
        @Schema(required = true) String entityType,
        @Schema(required = true) String entityId,
        Long organizationId,
        String requestId,
        @Schema(required = true) Map<String, FieldChange> changes,
        @Schema(required = true) String prevHash,
        @Schema(required = true) String hash) {

    @Schema(name = "FieldChange")
    public record FieldChange(Object before, Object after) {
    }

    @SuppressWarnings("unchecked")
    static AuditEventView of(AuditRecord r) {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        if (r.changes() instanceof Map<?, ?> map) {
            map.forEach((field, pair) -> {
                Map<String, Object> p = pair instanceof Map<?, ?> ? (Map<String, Object>) pair : Map.of();
                changes.put(String.valueOf(field), new FieldChange(p.get("before"), p.get("after")));
            });
        }
        return new AuditEventView(r.seq(), r.occurredAt(), r.actorSubject(), r.actorUsername(), r.actorPersonId(),
                r.action(), r.entityType(), r.entityId(), r.organizationId(), r.requestId(), changes, r.prevHash(), r.hash());
    }
}
