package org.dutyledger.security;

/**
 * A login's subject was pinned to a person (first login by username). Fired synchronously inside the transaction
 * that pinned it, so the audit event written by its observer (person.IdentityLinkAudit) commits or rolls back with
 * the change; security itself writes no audit event and so does not depend on audit.
 */
public record IdentityLinked(long personId, String subject, String username) {
}
