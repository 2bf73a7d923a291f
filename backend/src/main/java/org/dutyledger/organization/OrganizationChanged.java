package org.dutyledger.organization;

/**
 * Fired inside the transaction of a change to the tree shape (created, moved, dissolved), for capabilities that
 * keep something per organization of a subtree (obligations owed). The organization knows nothing of them.
 */
public record OrganizationChanged(long organizationId, String path, Change change) {

    public enum Change {
        CREATED, MOVED, DISSOLVED
    }
}
