package org.dutyledger.publication;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.dutyledger.common.ProblemException;

import java.util.List;

@ApplicationScoped
public class PublicationRepository implements PanacheRepository<Publication> {

    public Publication require(long id) {
        Publication p = findById(id);
        if (p == null) {
            throw ProblemException.notFound("Publication", id);
        }
        return p;
    }

    /** Locks the item for the rest of the transaction: concurrent transitions queue, and the later ones see the new version. */
    public Publication requireLocked(long id) {
        Publication p = findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw ProblemException.notFound("Publication", id);
        }
        return p;
    }

    public List<PublicationRevision> revisions(long publicationId) {
        return getEntityManager().createQuery("FROM PublicationRevision WHERE publicationId = ?1 ORDER BY number DESC",
                PublicationRevision.class).setParameter(1, publicationId).getResultList();
    }

    public PublicationRevision revision(long publicationId, int number) {
        List<PublicationRevision> found = getEntityManager().createQuery(
                        "FROM PublicationRevision WHERE publicationId = ?1 AND number = ?2", PublicationRevision.class)
                .setParameter(1, publicationId).setParameter(2, number).getResultList();
        if (found.isEmpty()) {
            throw ProblemException.notFound("Revision", publicationId + "/" + number);
        }
        return found.get(0);
    }

    /** Reviews of the item, oldest first. */
    public List<PublicationReview> reviews(long publicationId) {
        return getEntityManager().createQuery("FROM PublicationReview WHERE publicationId = ?1 ORDER BY decidedAt, id",
                PublicationReview.class).setParameter(1, publicationId).getResultList();
    }

    /** Approvals that still count: of the current round, not voided by an edit. */
    public List<PublicationReview> standingApprovals(Publication p) {
        return getEntityManager().createQuery("FROM PublicationReview WHERE publicationId = ?1 AND submission = ?2"
                        + " AND decision = 'APPROVED' AND voidedAt IS NULL ORDER BY step", PublicationReview.class)
                .setParameter(1, p.id).setParameter(2, p.submission).getResultList();
    }
}
