package org.dutyledger.publication.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

public final class ReviewPolicyRequests {

    private ReviewPolicyRequests() {
    }

    @Schema(name = "CreateReviewPolicy")
    public record Create(
            @NotNull @Positive @Schema(required = true) Long organizationId,
            @Schema(description = "Set for a policy of one channel of the organization") Long channelId,
            @NotNull @Size(min = 1, max = 10) @Schema(required = true) List<ReviewStep> steps,
            @Schema(description = "Whether one person may approve two steps of one item (default false)")
            boolean allowSamePersonMultipleSteps) {
    }

    @Schema(name = "UpdateReviewPolicy", description = "Creates the next version of the policy")
    public record Update(
            @NotNull @Schema(required = true) Long version,
            @NotNull @Size(min = 1, max = 10) @Schema(required = true) List<ReviewStep> steps,
            boolean allowSamePersonMultipleSteps) {
    }
}
