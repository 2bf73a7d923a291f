package org.dutyledger.organization.leadinggroup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.dutyledger.common.VersionedEntity;
import org.hibernate.annotations.DynamicUpdate;

/** An organization's leading group (领导小组): at most one per organization; its members are LeadingGroupMember rows. */
@Entity
@Table(name = "leading_group")
@DynamicUpdate
public class LeadingGroup extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "leading_group_seq", sequenceName = "leading_group_seq", allocationSize = 50)
    @GeneratedValue(generator = "leading_group_seq")
    public Long id;

    @Column(name = "organization_id", nullable = false)
    public long organizationId;

    @Column(nullable = false, length = 200)
    public String name;

    /** The department hosting the group's office (办公室), inside the organization's subtree. */
    @Column(name = "office_department_id")
    public Long officeDepartmentId;

    /** The office director (办公室主任), who coordinates the daily work. */
    @Column(name = "office_director_id")
    public Long officeDirectorId;
}
