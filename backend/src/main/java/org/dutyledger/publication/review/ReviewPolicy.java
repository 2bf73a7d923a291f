package org.dutyledger.publication.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.dutyledger.common.VersionedEntity;

/** The review policy of an organization's subtree, or of one channel; its content lives in versions. */
@Entity
@Table(name = "review_policy")
public class ReviewPolicy extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organization_id", nullable = false)
    public long organizationId;

    @Column(name = "channel_id")
    public Long channelId;

    @Column(name = "current_version", nullable = false)
    public int currentVersion;
}
