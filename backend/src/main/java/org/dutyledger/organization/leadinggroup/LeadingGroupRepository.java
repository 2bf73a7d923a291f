package org.dutyledger.organization.leadinggroup;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class LeadingGroupRepository implements PanacheRepository<LeadingGroup> {

    /** The office director of the organization's group, when one is set, active and not the given person. */
    public Optional<Long> activeOfficeDirector(long organizationId, long exceptPersonId) {
        List<?> rows = getEntityManager().createNativeQuery("""
                        SELECT g.office_director_id FROM leading_group g JOIN person p ON p.id = g.office_director_id
                        WHERE g.organization_id = ?1 AND p.active AND p.id <> ?2""")
                .setParameter(1, organizationId).setParameter(2, exceptPersonId).getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).findFirst();
    }

    /** The office department of the organization's group, when one is set. */
    public Optional<Long> officeDepartment(long organizationId) {
        List<?> rows = getEntityManager().createNativeQuery(
                        "SELECT office_department_id FROM leading_group WHERE organization_id = ?1 AND office_department_id IS NOT NULL")
                .setParameter(1, organizationId).getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).findFirst();
    }

    public LeadingGroup ofOrganization(long organizationId) {
        return find("organizationId", organizationId).firstResult();
    }

    /** Locked for the rest of the transaction, so a concurrent writer waits and then sees the new version. */
    public LeadingGroup ofOrganizationLocked(long organizationId) {
        return find("organizationId", organizationId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    public List<LeadingGroupMember> members(long groupId) {
        return getEntityManager().createQuery(
                        "from LeadingGroupMember where leadingGroupId = ?1 order by sortOrder, id", LeadingGroupMember.class)
                .setParameter(1, groupId).getResultList();
    }

    public void deleteMembers(long groupId) {
        getEntityManager().createQuery("delete from LeadingGroupMember where leadingGroupId = ?1")
                .setParameter(1, groupId).executeUpdate();
    }
}
