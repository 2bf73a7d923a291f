package org.dutyledger.organization.leadinggroup;

/** 组长, 副组长, 成员. */
public enum LeadingGroupPosition {
    LEADER,
    DEPUTY,
    MEMBER
}
