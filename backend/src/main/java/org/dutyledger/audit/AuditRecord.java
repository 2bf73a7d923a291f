package org.dutyledger.audit;

import java.time.Instant;

/** One audit event as hashed and stored; `changes` is the parsed JSON (maps, strings, numbers). */
public record AuditRecord(
        long seq,
        Instant occurredAt,
        String actorSubject,
        String actorUsername,
        Long actorPersonId,
        String action,
        String entityType,
        String entityId,
        Long organizationId,
        String requestId,
        Object changes,
        String prevHash,
        String hash) {
}
