package org.dutyledger.common;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * The columns every editable record has: the version a client sends back (a stale one is a 409) and when the row
 * was created and last changed. The id stays in each entity, since each names its own sequence.
 */
@MappedSuperclass
public abstract class VersionedEntity {

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
