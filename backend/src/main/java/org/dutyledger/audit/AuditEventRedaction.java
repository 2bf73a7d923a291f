package org.dutyledger.audit;

import java.util.List;
import java.util.function.Predicate;

/**
 * Leaves out of a page of event views what the caller may not see (a capability's own rule, e.g. a person's
 * memberships outside the caller's scope). Only the answer changes: the stored event and its hash never do.
 */
public interface AuditEventRedaction {

    List<AuditEventView> redact(List<AuditEventView> events);

    /**
     * Which events may go into the caller's export. An export line carries the event exactly as hashed, so it
     * cannot be redacted: an event this redaction would change is left out of the export instead (the list
     * still shows it, redacted). Decided now, while the request's identity is at hand; the predicate is
     * applied later, while the export streams.
     */
    Predicate<AuditRecord> exportable();
}
