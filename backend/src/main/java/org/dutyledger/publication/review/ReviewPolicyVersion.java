package org.dutyledger.publication.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;

/** One immutable version of a review policy: items submitted under it keep it, whatever changes later. */
@Entity
@Table(name = "review_policy_version")
public class ReviewPolicyVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "policy_id", nullable = false)
    public long policyId;

    @Column(nullable = false)
    public int number;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ReviewStep> steps;

    @Column(name = "allow_same_person_multiple_steps", nullable = false)
    public boolean allowSamePersonMultipleSteps;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by_person_id")
    public Long createdByPersonId;
}
