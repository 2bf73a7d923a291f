package org.dutyledger.audit;

import java.util.List;

/**
 * Leaves out of a page of event views what the caller may not see (a capability's own rule, e.g. a person's
 * memberships outside the caller's scope). Only the answer changes: the stored event and its hash never do.
 */
public interface AuditEventRedaction {

    List<AuditEventView> redact(List<AuditEventView> events);
}
