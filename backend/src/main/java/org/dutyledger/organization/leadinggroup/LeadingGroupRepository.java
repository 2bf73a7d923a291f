package org.dutyledger.organization.leadinggroup;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;

@ApplicationScoped
public class LeadingGroupRepository implements PanacheRepository<LeadingGroup> {

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
