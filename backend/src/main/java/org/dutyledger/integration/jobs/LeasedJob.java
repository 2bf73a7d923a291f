package org.dutyledger.integration.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * The columns every table of leased jobs has, with the same names and types (import jobs, inspection packages): its
 * status, the worker holding it and that worker's last sign of life, when a worker started and finished it, and the
 * version. The id stays in each entity, as in {@code common/VersionedEntity}; so do
 * the columns that differ (who asked for the job: created_by_* against requested_by_*).
 */
@MappedSuperclass
public abstract class LeasedJob {

    @Column(nullable = false)
    public String status;

    /** The worker holding the job; null while nobody does. */
    @Column(name = "claimed_by")
    public String claimedBy;

    /** The holder's last sign of life: older than the lease, and another worker takes the job over. */
    @Column(name = "heartbeat_at")
    public Instant heartbeatAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Version
    public long version;
}
