package org.dutyledger.integration.jobs;

import java.time.Duration;

/**
 * What the owner of a table of leased jobs gives {@link LeasedJobs}: its own SQL (the owner's package names its table,
 * this one names none) and its lease.
 *
 * @param nextClaimable a {@code SELECT id} of at most one job that is waiting or whose holder's heartbeat is older than
 *                      {@code ?1} seconds, ending {@code FOR UPDATE SKIP LOCKED} so two workers never take the same one
 * @param take          the {@code UPDATE} that makes worker {@code ?1} the holder of job {@code ?2} with a fresh heartbeat
 * @param lease         how long a holder may stay silent before it counts as dead
 */
public record JobTable(String nextClaimable, String take, Duration lease) {

    public JobTable {
        if (!nextClaimable.strip().endsWith("FOR UPDATE SKIP LOCKED")) {
            throw new IllegalArgumentException("the claim must end FOR UPDATE SKIP LOCKED, so two workers never take the same job: " + nextClaimable);
        }
    }
}
