package org.dutyledger.notification;

/**
 * A count of work waiting for the caller, shown as a badge on an inbox in the menu (`GET /me/counts`). The capability
 * that owns the inbox implements it with its own rule, so notification depends on none of them.
 */
public interface WaitingWork {

    /** The counter's name in `/me/counts`, e.g. `reviews`. */
    String counter();

    /** How many items wait for the caller now (0 for a caller without a person). */
    long waitingForCaller();
}
