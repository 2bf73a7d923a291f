package org.dutyledger.accountability;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A record the case is about, with the label it had when linked. */
@Entity
@Table(name = "accountability_link")
public class AccountabilityLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public long caseId;

    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public LinkKind kind;

    @Column(name = "target_id", nullable = false)
    public long targetId;

    @Column(name = "decision_index")
    public Integer decisionIndex;

    @Column(nullable = false, length = 500)
    public String label;
}
