package org.dutyledger.publication.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The policy an item is (or would be) reviewed under: where it comes from, its version, its steps. */
@Schema(name = "EffectiveReviewPolicy")
public record PolicySnapshot(
        @Schema(required = true, description = "DEFAULT (built in), ORGANIZATION (own or an ancestor's) or CHANNEL") Source source,
        Long policyId,
        Long policyVersionId,
        Integer versionNumber,
        @Schema(description = "Organization whose policy applies (for ORGANIZATION and CHANNEL)") Long organizationId,
        Long channelId,
        @Schema(required = true) List<ReviewStep> steps,
        @Schema(required = true) boolean allowSamePersonMultipleSteps) {

    public enum Source { DEFAULT, ORGANIZATION, CHANNEL }

    public ReviewStep step(int number) {
        return steps.get(number - 1);
    }
}
