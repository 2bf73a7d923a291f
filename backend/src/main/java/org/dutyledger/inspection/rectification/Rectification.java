package org.dutyledger.inspection.rectification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.dutyledger.common.VersionedEntity;
import org.dutyledger.duty.DutyRole;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.OptimisticLock;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The rectification (整改) of one finding. Check dates, progress, evidence, extension requests and escalation marks are
 * rows of their own (see {@link RectificationQueries}).
 */
@Entity
@Table(name = "rectification")
@DynamicUpdate
public class Rectification extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "rectification_seq", sequenceName = "rectification_seq", allocationSize = 50)
    @GeneratedValue(generator = "rectification_seq")
    public Long id;

    @Column(name = "finding_id", nullable = false)
    public long findingId;

    @Column(nullable = false, length = 20000)
    public String measures;

    @Enumerated(EnumType.STRING)
    @Column(name = "responsible_role", nullable = false, length = 30)
    public DutyRole responsibleRole;

    @Column(name = "responsible_person_id", nullable = false)
    public long responsiblePersonId;

    /** 整改时限, the last day (inclusive); null when long-term. */
    public LocalDate deadline;

    @Column(name = "long_term", nullable = false)
    public boolean longTerm;

    /** The day it is due now (see the migration). */
    @Column(name = "due_on")
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public RectificationStatus status;

    /** Set by the escalation job: not a change the owner's version should go stale over. */
    @OptimisticLock(excluded = true)
    @Column(name = "escalation_level", nullable = false)
    public int escalationLevel;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "submitted_by_person_id")
    public Long submittedByPersonId;

    @Column(name = "submitted_by_name")
    public String submittedByName;

    @Column(name = "verified_at")
    public Instant verifiedAt;

    @Column(name = "verified_by_person_id")
    public Long verifiedByPersonId;

    @Column(name = "verified_by_name")
    public String verifiedByName;

    @Column(name = "reject_comment", length = 20000)
    public String rejectComment;

    @Column(name = "created_by_person_id")
    public Long createdByPersonId;
}
