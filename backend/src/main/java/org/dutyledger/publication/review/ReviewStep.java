package org.dutyledger.publication.review;

import org.dutyledger.duty.DutyRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One step of a review: the holders of a duty role in the item's organization review, confirming every checklist item. */
@Schema(name = "ReviewStep")
public record ReviewStep(
        @Schema(required = true, description = "e.g. 分管领导初审") String name,
        @Schema(required = true, description = "Holders of this role in the item's organization on the day review") DutyRole role,
        @Schema(required = true, description = "Items the reviewer must confirm one by one") List<String> checklist) {
}
