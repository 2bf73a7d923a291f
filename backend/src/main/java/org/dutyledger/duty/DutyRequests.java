package org.dutyledger.duty;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.dutyledger.duty.DutyRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** Request bodies of the duty endpoints. Dates are YYYY-MM-DD; validTo is the last day held (inclusive). */
public final class DutyRequests {

    private DutyRequests() {
    }

    @Schema(name = "DutyBasis", description = "The document the assignment rests on")
    public record Basis(
            @Size(max = 100) @Schema(description = "e.g. 东湖党工〔2024〕1号") String documentNumber,
            @Size(max = 300) @Schema(description = "Title of the document") String title) {
    }

    @Schema(name = "AssignDuty")
    public record Assign(
            @NotNull @Positive @Schema(required = true) Long personId,
            @NotNull @Positive @Schema(required = true) Long organizationId,
            @NotNull @Schema(required = true) DutyRole role,
            @NotNull @Schema(required = true) LocalDate validFrom,
            @Schema(description = "Last day held, inclusive; none while held") LocalDate validTo,
            @Valid Basis basis,
            @Size(max = 200) @Schema(description = "MEMBER_DUAL_DUTY only: the supervised organizations, in the subtree")
            List<@NotNull @Positive Long> scopeOrganizationIds,
            @Positive @Schema(description = "CHANNEL_ADMIN only: the channel administered") Long channelId) {
    }

    @Schema(name = "EndDuty")
    public record End(
            @NotNull @Schema(required = true) Long version,
            @NotNull @Schema(required = true, description = "Last day held, inclusive") LocalDate validTo,
            @Size(max = 500) String reason) {
    }

    @Schema(name = "CorrectDuty", description = "The whole corrected entry (organization excluded) and why it was wrong")
    public record Correct(
            @NotNull @Schema(required = true) Long version,
            @NotBlank @Size(max = 500) @Schema(required = true, description = "Why the entry was wrong") String reason,
            @NotNull @Positive @Schema(required = true) Long personId,
            @NotNull @Schema(required = true) DutyRole role,
            @NotNull @Schema(required = true) LocalDate validFrom,
            @Schema(description = "None: the duty is still held") LocalDate validTo,
            @Valid Basis basis,
            @Size(max = 200) List<@NotNull @Positive Long> scopeOrganizationIds,
            @Positive Long channelId) {
    }

    @Schema(name = "HandOverDuty", description = "Ends the current holder(s) the day before and starts the new one")
    public record Handover(
            @NotNull @Schema(required = true) DutyRole role,
            @NotNull @Positive @Schema(required = true, description = "The new holder") Long personId,
            @NotNull @Schema(required = true, description = "First day of the new holder") LocalDate effectiveDate,
            @Valid Basis basis,
            @Positive @Schema(description = "CHANNEL_ADMIN: the channel whose administrator changes") Long channelId) {
    }

    @Schema(name = "DutySettings")
    public record Settings(
            @NotNull @Schema(required = true, description = "Several DIRECT_RESPONSIBLE at once (several 分管领导)")
            Boolean allowMultipleDirectResponsible) {
    }
}
