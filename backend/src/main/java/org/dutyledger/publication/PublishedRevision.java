package org.dutyledger.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dutyledger.duty.DutyRole;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The review trace of the revision that went online, for accountability: its author, the standing approvals that let
 * it out, and every rejection of that same revision (whether one counts as overruled is accountability's rule).
 */
@ApplicationScoped
public class PublishedRevision {

    public record Revision(long publicationId, long organizationId, String title, long authorPersonId, int revisionNumber,
                           Instant publishedAt, List<Review> approvals, List<Review> rejections) {
    }

    public record Review(long reviewId, long personId, int step, String stepName, DutyRole role, Instant decidedAt,
                         String comment) {
    }

    @Inject
    PublicationService publications;

    @Inject
    PublicationRepository repository;

    /** Of a publication the caller may read (404 otherwise); empty when it never went online. */
    public Optional<Revision> of(long publicationId) {
        Publication p = publications.get(publicationId);
        if (p.publishedAt == null) {
            return Optional.empty();
        }
        List<PublicationReview> reviews = repository.reviews(p.id);
        List<Review> approvals = repository.standingApprovals(p).stream().map(PublishedRevision::review).toList();
        List<Review> rejections = reviews.stream().filter(r -> r.decision == PublicationReview.Decision.REJECTED
                        && r.revisionNumber == p.revisionNumber)
                .map(PublishedRevision::review).toList();
        return Optional.of(new Revision(p.id, p.organizationId, p.title, p.authorPersonId, p.revisionNumber, p.publishedAt,
                approvals, rejections));
    }

    private static Review review(PublicationReview r) {
        return new Review(r.id, r.reviewerPersonId, r.step, r.stepName, r.role, r.decidedAt, r.comment);
    }
}
