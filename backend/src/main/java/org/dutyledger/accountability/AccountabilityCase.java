package org.dutyledger.accountability;

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
import java.time.LocalDate;

/** An accountability case (责任追究): the incident, the filing and subject organizations, the decision. */
@Entity
@Table(name = "accountability_case")
@DynamicUpdate
public class AccountabilityCase extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "accountability_case_seq", sequenceName = "accountability_case_seq", allocationSize = 50)
    @GeneratedValue(generator = "accountability_case_seq")
    public Long id;

    @Column(name = "filing_organization_id", nullable = false)
    public long filingOrganizationId;

    @Column(name = "subject_organization_id", nullable = false)
    public long subjectOrganizationId;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(name = "incident_date", nullable = false)
    public LocalDate incidentDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public Situation situation;

    @Column(name = "situation_text", length = 500)
    public String situationText;

    @Column(nullable = false, length = 20000)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_kind", nullable = false, length = 20)
    public DecisionKind decisionKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public CaseStatus status;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by_name")
    public String decidedByName;

    @Column(name = "decision_basis", length = 2000)
    public String decisionBasis;

    @Column(name = "filed_upward_to_id")
    public Long filedUpwardToId;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "created_by_person_id")
    public Long createdByPersonId;

    @Column(name = "created_by_name")
    public String createdByName;
}
