package org.dutyledger.publication.review;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.common.ProblemException;
import org.dutyledger.organization.Organization;

import java.util.List;

@ApplicationScoped
public class ReviewPolicyRepository implements PanacheRepository<ReviewPolicy> {

    @Inject
    EntityManager em;

    public ReviewPolicy require(long id) {
        ReviewPolicy policy = findById(id);
        if (policy == null) {
            throw ProblemException.notFound("Review policy", id);
        }
        return policy;
    }

    public ReviewPolicyVersion version(long policyId, int number) {
        return em.createQuery("FROM ReviewPolicyVersion WHERE policyId = ?1 AND number = ?2", ReviewPolicyVersion.class)
                .setParameter(1, policyId).setParameter(2, number).getSingleResult();
    }

    public List<ReviewPolicyVersion> versions(long policyId) {
        return em.createQuery("FROM ReviewPolicyVersion WHERE policyId = ?1 ORDER BY number DESC", ReviewPolicyVersion.class)
                .setParameter(1, policyId).getResultList();
    }

    /** The channel's own policy, else the nearest organization's up the tree (the organization itself first). */
    public ReviewPolicy nearest(Organization org, Long channelId) {
        List<Long> chain = new java.util.ArrayList<>(org.ancestorIds());
        chain.add(org.id);
        @SuppressWarnings("unchecked")
        List<ReviewPolicy> found = em.createNativeQuery("""
                        SELECT rp.* FROM review_policy rp JOIN organization o ON o.id = rp.organization_id
                        WHERE (rp.channel_id IS NOT NULL AND rp.channel_id = ?1)
                           OR (rp.channel_id IS NULL AND rp.organization_id = ANY(?2))
                        ORDER BY (rp.channel_id IS NULL), o.depth DESC LIMIT 1""", ReviewPolicy.class)
                .setParameter(1, channelId == null ? -1L : channelId)
                .setParameter(2, chain.toArray(Long[]::new)).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }
}
