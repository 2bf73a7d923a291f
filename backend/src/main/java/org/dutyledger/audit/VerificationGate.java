package org.dutyledger.audit;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.Semaphore;

/**
 * At most one chain verification at a time on this instance: a verification reads the whole chain and keeps a
 * core busy, so a second caller is told to come back (429 with Retry-After) instead of queueing more of them.
 */
@ApplicationScoped
public class VerificationGate {

    /** What Retry-After says to a caller turned away: a whole-chain verification of a large trail takes seconds. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private final Semaphore permit = new Semaphore(1);

    /** True if the caller may verify now; it must then call {@link #leave()}. */
    public boolean tryEnter() {
        return permit.tryAcquire();
    }

    public void leave() {
        permit.release();
    }
}
