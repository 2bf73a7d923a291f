package org.dutyledger.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.dutyledger.common.VersionedEntity;
import org.hibernate.annotations.DynamicUpdate;

/**
 * Someone who holds duties. `username` links a login before its first use; `subject` is pinned at the
 * first login (see PersonLink) and is not editable through the API.
 */
@Entity
@Table(name = "person")
@DynamicUpdate
public class Person extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    @GeneratedValue(generator = "person_seq")
    public Long id;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(length = 200)
    public String post;

    @Column(length = 40)
    public String phone;

    @Column(length = 200)
    public String email;

    @Column(name = "external_id", length = 100)
    public String externalId;

    @Column(length = 100)
    public String username;

    @Column(length = 200)
    public String subject;

    @Column(nullable = false)
    public boolean active = true;
}
