package org.dutyledger.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.dutyledger.common.VersionedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** A work report (工作汇报) from an organization to a superior, for one period. */
@Entity
@Table(name = "work_report")
public class WorkReport extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organization_id", nullable = false)
    public long organizationId;

    @Column(name = "recipient_organization_id", nullable = false)
    public long recipientOrganizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkReportKind kind;

    @Column(name = "period_key", nullable = false)
    public String periodKey;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkReportForm form;

    @Column(nullable = false)
    public String progress;

    @Column(nullable = false)
    public String problems;

    @Column(nullable = false)
    public String plans;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkReportStatus status;

    @Column(nullable = false)
    public boolean late;

    @Column(name = "created_by_person_id")
    public Long createdByPersonId;

    @Column(name = "created_by_name")
    public String createdByName;

    @Column(name = "signed_off_at")
    public Instant signedOffAt;

    @Column(name = "signed_off_by_person_id")
    public Long signedOffByPersonId;

    @Column(name = "signed_off_by_name")
    public String signedOffByName;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledged_by_person_id")
    public Long acknowledgedByPersonId;

    @Column(name = "acknowledged_by_name")
    public String acknowledgedByName;

    @Column(name = "returned_at")
    public Instant returnedAt;

    @Column(name = "return_comment")
    public String returnComment;

    @Column(name = "fulfilment_id")
    public Long fulfilmentId;
}
