package org.dutyledger.publication;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** Request bodies of publications and their transitions; every transition names the version it is based on. */
public final class PublicationRequests {

    private PublicationRequests() {
    }

    @Schema(name = "CreatePublication")
    public record Create(
            @NotNull @Positive @Schema(required = true) Long channelId,
            @NotNull @Size(min = 1, max = 300) @Schema(required = true) String title,
            @Size(max = 2000) String summary,
            @NotNull @Size(max = 1_000_000) @Schema(required = true, description = "Rich text as HTML; sanitized on the server") String body,
            @Schema(description = "When the item should go online (publish with when=PLANNED)") Instant plannedPublishAt) {
    }

    @Schema(name = "UpdatePublication", description = "Saves a new revision; after any approval it voids the approvals and returns the item to DRAFT")
    public record Update(
            @NotNull @Schema(required = true) Long version,
            @NotNull @Size(min = 1, max = 300) @Schema(required = true) String title,
            @Size(max = 2000) String summary,
            @NotNull @Size(max = 1_000_000) @Schema(required = true) String body,
            Instant plannedPublishAt) {
    }

    @Schema(name = "PublicationTransition", description = "Submit or withdraw: only the version")
    public record Transition(@NotNull @Schema(required = true) Long version) {
    }

    @Schema(name = "ChecklistAnswer")
    public record Answer(@NotNull @Schema(required = true, description = "The checklist item's text, as in the policy") String item,
                         @Schema(required = true, description = "Must be true for every item") boolean confirmed) {
    }

    @Schema(name = "ApprovePublication")
    public record Approve(
            @NotNull @Schema(required = true) Long version,
            @NotNull @Schema(required = true, description = "One answer per checklist item of the current step") List<@NotNull Answer> checklist,
            @Size(max = 2000) String comment) {
    }

    @Schema(name = "RejectPublication")
    public record Reject(@NotNull @Schema(required = true) Long version,
                         @Schema(required = true, description = "What the author must change") @Size(max = 2000) String comment) {
    }

    @Schema(name = "PublishPublication")
    public record Publish(@NotNull @Schema(required = true) Long version,
                          @Schema(description = "NOW (default) or PLANNED: at the item's plannedPublishAt, by the scheduler") When when) {
    }

    public enum When { NOW, PLANNED }

    @Schema(name = "RetractPublication")
    public record Retract(@NotNull @Schema(required = true) Long version,
                          @Schema(required = true) @Size(max = 1000) String reason) {
    }
}
