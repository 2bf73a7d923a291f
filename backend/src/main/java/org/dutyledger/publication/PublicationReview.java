package org.dutyledger.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.dutyledger.duty.DutyRole;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;

/** A reviewer's decision on one step, bound to the revision they saw (its content hash). */
@Entity
@Table(name = "publication_review")
public class PublicationReview {

    public enum Decision { APPROVED, REJECTED }

    public record ChecklistAnswer(String item, boolean confirmed) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "publication_id", nullable = false)
    public long publicationId;

    @Column(nullable = false)
    public int submission;

    @Column(nullable = false)
    public int step;

    @Column(name = "step_name", nullable = false)
    public String stepName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DutyRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Decision decision;

    @Column(name = "reviewer_person_id", nullable = false)
    public long reviewerPersonId;

    @Column(name = "revision_number", nullable = false)
    public int revisionNumber;

    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ChecklistAnswer> checklist;

    @Column(length = 2000)
    public String comment;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    @Column(name = "voided_at")
    public Instant voidedAt;
}
