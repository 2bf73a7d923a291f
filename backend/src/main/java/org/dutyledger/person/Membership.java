package org.dutyledger.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A person's place in an organization; STAFF keeps its ledger, MEMBER only reads it. */
@Entity
@Table(name = "membership")
public class Membership {

    @Id
    @SequenceGenerator(name = "membership_seq", sequenceName = "membership_seq", allocationSize = 50)
    @GeneratedValue(generator = "membership_seq")
    public Long id;

    @Column(name = "person_id", nullable = false)
    public long personId;

    @Column(name = "organization_id", nullable = false)
    public long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public MembershipRole role;

    @Column(name = "is_primary", nullable = false)
    public boolean isPrimary;

    public Membership() {
    }

    public Membership(long personId, long organizationId, MembershipRole role, boolean primary) {
        this.personId = personId;
        this.organizationId = organizationId;
        this.role = role;
        this.isPrimary = primary;
    }
}
