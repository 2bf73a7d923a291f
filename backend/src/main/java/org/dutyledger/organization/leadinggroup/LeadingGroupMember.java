package org.dutyledger.organization.leadinggroup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One line of the group: who, in which position, with the post text printed next to the name. */
@Entity
@Table(name = "leading_group_member")
public class LeadingGroupMember {

    @Id
    @SequenceGenerator(name = "leading_group_member_seq", sequenceName = "leading_group_member_seq", allocationSize = 50)
    @GeneratedValue(generator = "leading_group_member_seq")
    public Long id;

    @Column(name = "leading_group_id", nullable = false)
    public long leadingGroupId;

    @Column(name = "person_id", nullable = false)
    public long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public LeadingGroupPosition position;

    @Column(name = "post_text", length = 300)
    public String postText;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;
}
