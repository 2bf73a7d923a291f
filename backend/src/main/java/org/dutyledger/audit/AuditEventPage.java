package org.dutyledger.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of audit events; pass nextCursor back as `cursor` for the next (older) page. */
@Schema(name = "AuditEventPage")
public record AuditEventPage(@Schema(required = true) List<AuditEventView> items, String nextCursor) {
}
