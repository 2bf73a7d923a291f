package org.dutyledger.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.dutyledger.common.VersionedEntity;
import org.dutyledger.publication.review.ReviewStep;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;

/** An item for a channel (信息发布): its current content, where it stands in review, and who moved it. */
@Entity
@Table(name = "publication")
public class Publication extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "channel_id", nullable = false)
    public long channelId;

    @Column(name = "organization_id", nullable = false)
    public long organizationId;

    @Column(name = "author_person_id", nullable = false)
    public long authorPersonId;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(length = 2000)
    public String summary;

    @Column(nullable = false)
    public String body;

    @Column(name = "planned_publish_at")
    public Instant plannedPublishAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public PublicationStatus status;

    @Column(name = "revision_number", nullable = false)
    public int revisionNumber;

    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    @Column(nullable = false)
    public int submission;

    @Column(name = "current_step")
    public Integer currentStep;

    @Column(name = "step_entered_at")
    public Instant stepEnteredAt;

    @Column(name = "policy_version_id")
    public Long policyVersionId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "review_steps")
    public List<ReviewStep> reviewSteps;

    @Column(name = "allow_same_person")
    public Boolean allowSamePerson;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "scheduled_publish_at")
    public Instant scheduledPublishAt;

    @Column(name = "scheduled_by_person_id")
    public Long scheduledByPersonId;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_by_person_id")
    public Long publishedByPersonId;

    @Column(name = "retracted_at")
    public Instant retractedAt;

    @Column(name = "retracted_by_person_id")
    public Long retractedByPersonId;

    @Column(name = "retract_reason", length = 1000)
    public String retractReason;

    @Column(name = "reminded_submission")
    public Integer remindedSubmission;

    @Column(name = "reminded_step")
    public Integer remindedStep;

    public int stepCount() {
        return reviewSteps == null ? 0 : reviewSteps.size();
    }

    public ReviewStep currentReviewStep() {
        return currentStep == null ? null : reviewSteps.get(currentStep - 1);
    }
}
