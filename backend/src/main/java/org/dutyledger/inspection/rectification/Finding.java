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
import org.hibernate.annotations.DynamicUpdate;

/** A problem found in a target organization (问题), raised by an organization above it or by the target itself. */
@Entity
@Table(name = "finding")
@DynamicUpdate
public class Finding extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "finding_seq", sequenceName = "finding_seq", allocationSize = 50)
    @GeneratedValue(generator = "finding_seq")
    public Long id;

    @Column(name = "target_organization_id", nullable = false)
    public long targetOrganizationId;

    @Column(name = "raising_organization_id", nullable = false)
    public long raisingOrganizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public FindingSource source;

    @Column(name = "inspection_id")
    public Long inspectionId;

    @Column(name = "item_code", length = 64)
    public String itemCode;

    @Column(nullable = false, length = 20000)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public FindingSeverity severity;

    @Column(name = "raised_by_person_id")
    public Long raisedByPersonId;

    @Column(name = "raised_by_name")
    public String raisedByName;
}
