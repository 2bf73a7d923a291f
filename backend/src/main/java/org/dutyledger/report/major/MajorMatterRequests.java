package org.dutyledger.report.major;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** Request bodies of major-matter reports. */
public final class MajorMatterRequests {

    private MajorMatterRequests() {
    }

    @Schema(name = "MajorMatterBody", description = "A major matter as filed by the reporting organization")
    public record File(
            @NotNull @Positive @Schema(required = true, description = "The reporting organization (the caller's own)") Long organizationId,
            @Positive @Schema(description = "An organization above the reporting one; default its parent") Long recipientOrganizationId,
            @NotNull @Schema(required = true) MajorMatterCategory category,
            @NotBlank @Size(max = 300) @Schema(required = true) String title,
            @NotBlank @Size(max = 20000) @Schema(required = true, description = "What happened") String description,
            @NotNull @Schema(required = true, description = "When it happened (not in the future)") Instant occurredAt,
            @NotNull @Schema(required = true, description = "When the organization learned of it (not before occurredAt)") Instant learnedAt,
            @Size(max = 20000) @Schema(description = "What was done already") String actionsTaken,
            @Positive @Schema(description = "A publication of the reporting organization concerned") Long publicationId,
            @Positive @Schema(description = "A channel of the reporting organization concerned") Long channelId) {
    }

    @Schema(name = "MajorMatterFollowUpBody")
    public record FollowUp(@NotNull @Schema(required = true) Long version,
                           @NotBlank @Size(max = 20000) @Schema(required = true) String text) {
    }

    @Schema(name = "MajorMatterCloseBody")
    public record Close(@NotNull @Schema(required = true) Long version,
                        @NotBlank @Size(max = 20000) @Schema(required = true, description = "处理结论") String conclusion) {
    }

    @Schema(name = "MajorMatterForwardBody")
    public record Forward(@NotNull @Schema(required = true) Long version,
                         @NotNull @Positive @Schema(required = true, description = "An organization above the current recipient")
                         Long recipientOrganizationId,
                         @Size(max = 2000) String note) {
    }

    @Schema(name = "MajorMatterLimitsBody")
    public record Limits(@NotNull @Schema(required = true, description = "0 while the defaults apply") Long version,
                         @NotNull @Min(1) @Max(720) @Schema(required = true, description = "Hours from learning to report, default 24")
                         Integer reportHours,
                         @NotNull @Min(1) @Max(720) @Schema(required = true, description = "Hours to acknowledge, default 4")
                         Integer ackHours) {
    }
}
