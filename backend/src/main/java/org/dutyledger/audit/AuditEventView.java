package org.dutyledger.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.dutyledger.common.LocalTimes;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
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
        @Schema(required = true) String hash,
        @Schema(required = true, description = "When it happened on the configured clock (dutyledger.time-zone), "
                + "e.g. 2026-11-28T10:00:00, for people to read") String occurredAtLocal,
        @Schema(required = true) AuditEventNames names) {

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
                r.action(), r.entityType(), r.entityId(), r.organizationId(), r.requestId(), changes, r.prevHash(), r.hash(),
                LOCAL.format(r.occurredAt().atZone(LocalTimes.zone())), AuditEventNames.NONE);
    }

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    /** The same event with other (redacted) changes. */
    public AuditEventView withChanges(Map<String, FieldChange> other) {
        return new AuditEventView(seq, occurredAt, actorSubject, actorUsername, actorPersonId, action, entityType, entityId,
                organizationId, requestId, other, prevHash, hash, occurredAtLocal, names);
    }

    /** The same event with its display names. */
    public AuditEventView withNames(AuditEventNames resolved) {
        return new AuditEventView(seq, occurredAt, actorSubject, actorUsername, actorPersonId, action, entityType, entityId,
                organizationId, requestId, changes, prevHash, hash, occurredAtLocal, resolved);
    }
}
