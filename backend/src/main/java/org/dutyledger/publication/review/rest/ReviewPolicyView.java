package org.dutyledger.publication.review.rest;

import org.dutyledger.organization.OrganizationRef;
import org.dutyledger.publication.review.ReviewStep;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "ReviewPolicy", description = "Review policy of an organization's subtree or of one channel, at its current version")
public record ReviewPolicyView(
        @Schema(required = true) long id,
        @Schema(required = true) OrganizationRef organization,
        Long channelId,
        @Schema(required = true, description = "Number of the version in force") int currentVersion,
        @Schema(required = true) List<ReviewStep> steps,
        @Schema(required = true) boolean allowSamePersonMultipleSteps,
        @Schema(required = true, description = "Every version, newest first") List<VersionLine> versions,
        @Schema(required = true, description = "Optimistic-lock version for PUT") long version,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {

    @Schema(name = "ReviewPolicyVersion")
    public record VersionLine(@Schema(required = true) long id, @Schema(required = true) int number,
                              @Schema(required = true) List<ReviewStep> steps,
                              @Schema(required = true) boolean allowSamePersonMultipleSteps,
                              @Schema(required = true) Instant createdAt, Long createdByPersonId) {
    }
}
