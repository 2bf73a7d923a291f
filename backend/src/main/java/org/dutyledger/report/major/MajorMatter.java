package org.dutyledger.report.major;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.dutyledger.common.VersionedEntity;
import org.hibernate.annotations.DynamicUpdate;

import java.time.Instant;

/**
 * A major-matter report (重大事项报告) of an organization about its own work or channels, and where it stands with its
 * current recipient. The thread up the chain and the follow-ups are rows of their own (see {@link MajorMatterQueries}).
 */
@Entity
@Table(name = "major_matter")
@DynamicUpdate
public class MajorMatter extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "major_matter_seq", sequenceName = "major_matter_seq", allocationSize = 50)
    @GeneratedValue(generator = "major_matter_seq")
    public Long id;

    @Column(name = "organization_id", nullable = false)
    public long organizationId;

    @Column(name = "recipient_organization_id", nullable = false)
    public long recipientOrganizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public MajorMatterCategory category;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(nullable = false, length = 20000)
    public String description;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "learned_at", nullable = false)
    public Instant learnedAt;

    @Column(name = "actions_taken", length = 20000)
    public String actionsTaken;

    @Column(name = "publication_id")
    public Long publicationId;

    @Column(name = "channel_id")
    public Long channelId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public MajorMatterStatus status;

    @Column(name = "reported_at", nullable = false)
    public Instant reportedAt;

    @Column(name = "reported_by_person_id")
    public Long reportedByPersonId;

    @Column(name = "reported_by_name")
    public String reportedByName;

    @Column(name = "report_deadline", nullable = false)
    public Instant reportDeadline;

    @Column(nullable = false)
    public boolean late;

    @Column(name = "ack_deadline", nullable = false)
    public Instant ackDeadline;

    /** Set by the acknowledgement job: not a change the recipient's version should go stale over. */
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    @Column(name = "ack_overdue_notified_at")
    public Instant ackOverdueNotifiedAt;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledged_by_person_id")
    public Long acknowledgedByPersonId;

    @Column(name = "acknowledged_by_name")
    public String acknowledgedByName;

    @Column(length = 20000)
    public String conclusion;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by_name")
    public String closedByName;
}
