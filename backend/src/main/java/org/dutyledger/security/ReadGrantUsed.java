package org.dutyledger.security;

import java.time.LocalDate;

/**
 * Fired (synchronously, inside the transaction that records the use) on a grant's first read of a day: the source that
 * granted it writes the audit event, since security does not depend on audit.
 */
public record ReadGrantUsed(long grantId, long personId, long organizationId, LocalDate day, String sourceType, long sourceId) {
}
