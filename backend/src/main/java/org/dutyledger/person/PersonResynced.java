package org.dutyledger.person;

/**
 * Fired inside the transaction in which a directory sync deactivated a person or replaced their memberships: the
 * duties they hold may have lost their holder (duty's vacancy alerts observe it).
 */
public record PersonResynced(long personId) {
}
