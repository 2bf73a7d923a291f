package org.dutyledger.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.dutyledger.common.FieldCode;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.VersionedEntity;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.OptimisticLock;

import java.time.Instant;
import java.util.Map;

/**
 * A node of the organization tree. `path` holds the ids from the root ('/1/5/23/'), so a subtree is one
 * indexed prefix scan. Updates write only changed columns, so a concurrent move's new path is never
 * overwritten by a stale copy.
 */
@Entity
@Table(name = "organization")
@DynamicUpdate
public class Organization extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "organization_seq", sequenceName = "organization_seq", allocationSize = 50)
    @GeneratedValue(generator = "organization_seq")
    public Long id;

    @Column(nullable = false, length = 64)
    public String code;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "short_name", length = 100)
    public String shortName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public OrganizationType type;

    @Column(name = "parent_id")
    public Long parentId;

    /** Derived from the tree: a move bumps the version through parentId, the path itself does not. */
    @Column(nullable = false)
    @OptimisticLock(excluded = true)
    public String path;

    @Column(nullable = false)
    public int depth;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "dissolved_at")
    public Instant dissolvedAt;

    /** True when `other` lies in this organization's subtree (itself included). */
    public boolean contains(Organization other) {
        return other.path.startsWith(path);
    }

    /** A dissolved organization takes no new work: 422 naming `field` (the request field that named it). */
    public void requireActive(String field) {
        if (!active) {
            throw ProblemException.invalid(field, FieldCode.DISSOLVED, Map.of("organizationId", id));
        }
    }

    /** The ids from the root down to the parent. */
    public java.util.List<Long> ancestorIds() {
        String[] parts = path.substring(1, path.length() - 1).split("/");
        java.util.List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < parts.length - 1; i++) {
            ids.add(Long.parseLong(parts[i]));
        }
        return ids;
    }
}
