package org.dutyledger.inspection.rectification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.dutyledger.duty.DutyRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** Request bodies of findings and rectifications. */
public final class RectificationRequests {

    private RectificationRequests() {
    }

    @Schema(name = "FindingBody")
    public record RaiseFinding(
            @NotNull @Positive @Schema(required = true, description = "The organization where the problem was found") Long targetOrganizationId,
            @NotNull @Positive @Schema(required = true, description = "An organization above the target; the target itself for SELF_CHECK")
            Long raisingOrganizationId,
            @NotNull @Schema(required = true) FindingSource source,
            @Positive @Schema(description = "The inspection (source INSPECTION only)") Long inspectionId,
            @Size(max = 64) @Schema(description = "The scoring item's code (source INSPECTION only)") String itemCode,
            @NotBlank @Size(max = 20000) @Schema(required = true, description = "What is wrong (问题)") String description,
            @NotNull @Schema(required = true) FindingSeverity severity) {
    }

    @Schema(name = "RectificationBody", description = "A deadline, or longTerm with check dates")
    public record Create(
            @NotNull @Positive @Schema(required = true) Long findingId,
            @NotBlank @Size(max = 20000) @Schema(required = true, description = "整改措施") String measures,
            @NotNull @Schema(required = true, description = "The target's duty role whose holder today is responsible") DutyRole responsibleRole,
            @Schema(description = "整改时限, the last day (not before today); without longTerm") LocalDate deadline,
            @Schema(description = "长期坚持: no deadline, due again at each check date") Boolean longTerm,
            @Size(max = 100) @Schema(description = "With longTerm: the check dates (today or later, at least one)") List<@NotNull LocalDate> checkDates) {
    }

    @Schema(name = "RectificationProgressBody")
    public record Progress(@NotNull @Schema(required = true) Long version,
                           @NotBlank @Size(max = 20000) @Schema(required = true) String text) {
    }

    @Schema(name = "RectificationRejectBody")
    public record Reject(@NotNull @Schema(required = true) Long version,
                         @NotBlank @Size(max = 20000) @Schema(required = true, description = "Why it is not accepted") String comment) {
    }

    @Schema(name = "RectificationExtensionBody")
    public record Extension(@NotNull @Schema(required = true) Long version,
                            @NotNull @Schema(required = true, description = "The new last day, after the current one") LocalDate requestedDeadline,
                            @NotBlank @Size(max = 2000) @Schema(required = true) String reason) {
    }
}
