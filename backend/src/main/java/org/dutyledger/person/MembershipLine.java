package org.dutyledger.person;

/** One membership with its organization's code, name and tree path: what views and scope checks need. */
public record MembershipLine(long personId, long organizationId, String code, String name, String path,
                             MembershipRole role, boolean primary) {

    /** Readable form for the audit trail, e.g. "STREET-DH 临江区东湖街道党工委 STAFF (primary)". */
    public String describe() {
        return code + " " + name + " " + role + (primary ? " (primary)" : "");
    }
}
