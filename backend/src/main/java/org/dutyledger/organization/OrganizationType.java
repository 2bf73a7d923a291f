package org.dutyledger.organization;

/** Kinds of organization in the hierarchy (DOMAIN.md). */
public enum OrganizationType {
    PARTY_COMMITTEE,
    PARTY_GROUP,
    PARTY_WORKING_COMMITTEE,
    PARTY_BRANCH,
    GOVERNMENT_DEPARTMENT,
    COMPANY,
    DEPARTMENT,
    TOWN,
    STREET,
    VILLAGE,
    COMMUNITY,
    SCHOOL,
    OTHER
}
