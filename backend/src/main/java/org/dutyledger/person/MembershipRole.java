package org.dutyledger.person;

/** STAFF keeps the organization's ledger (writes in its subtree); MEMBER reads it. */
public enum MembershipRole {
    STAFF,
    MEMBER
}
