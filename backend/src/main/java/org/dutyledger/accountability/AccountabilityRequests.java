package org.dutyledger.accountability;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** Request bodies of filers and accountability cases. */
public final class AccountabilityRequests {

    private AccountabilityRequests() {
    }

    @Schema(name = "AccountabilityFilerBody")
    public record GrantFiler(@NotNull @Positive @Schema(required = true) Long organizationId,
                             @NotNull @Positive @Schema(required = true, description = "A member of the organization") Long personId) {
    }

    @Schema(name = "AccountabilityLinkBody")
    public record Link(@NotNull @Schema(required = true) LinkKind kind,
                       @NotNull @Positive @Schema(required = true) Long id,
                       @PositiveOrZero @Schema(description = "FULFILMENT only: the decision (0-based) whose participants count") Integer decisionIndex) {
    }

    @Schema(name = "AccountabilityCaseBody")
    public record FileCase(
            @NotNull @Positive @Schema(required = true, description = "Where the caller holds a filing grant") Long filingOrganizationId,
            @NotNull @Positive @Schema(required = true, description = "The filing organization or one below it") Long subjectOrganizationId,
            @NotBlank @Size(max = 300) @Schema(required = true) String title,
            @NotNull @Schema(required = true, description = "The proposal is computed from the ledger on this day") LocalDate incidentDate,
            @NotNull @Schema(required = true) Situation situation,
            @Size(max = 500) @Schema(description = "Required with OTHER") String situationText,
            @NotBlank @Size(max = 20000) @Schema(required = true) String description,
            @NotNull @Schema(required = true) DecisionKind decisionKind,
            @Size(max = 50) @Valid List<@NotNull Link> links) {
    }

    @Schema(name = "AccountabilityCaseEditBody", description = "DRAFT only; the proposal is computed again")
    public record EditCase(
            @NotNull @Schema(required = true) Long version,
            @NotBlank @Size(max = 300) @Schema(required = true) String title,
            @NotBlank @Size(max = 20000) @Schema(required = true) String description,
            @NotNull @Schema(required = true) Situation situation,
            @Size(max = 500) String situationText,
            @NotNull @Schema(required = true) LocalDate incidentDate,
            @NotNull @Schema(required = true) DecisionKind decisionKind,
            @Size(max = 50) @Valid List<@NotNull Link> links) {
    }

    @Schema(name = "AccountabilityLineEditBody")
    public record EditLine(@NotNull @Schema(required = true, description = "The case's version") Long version,
                           @NotNull @Schema(required = true) Responsibility responsibility,
                           @NotNull @Schema(required = true, description = "true only where a record supports it") Boolean exempt,
                           @NotBlank @Size(max = 2000) @Schema(required = true) String reason) {
    }

    @Schema(name = "AccountabilityStatementBody")
    public record Statement(@NotBlank @Size(max = 20000) @Schema(required = true, description = "申辩") String text) {
    }

    @Schema(name = "AccountabilityDecidedLine")
    public record DecidedLine(@NotNull @Positive @Schema(required = true) Long lineId,
                              @NotNull @Schema(required = true) Responsibility responsibility,
                              @Schema(description = "Required unless NONE; none for NONE") Outcome outcome) {
    }

    @Schema(name = "AccountabilityDecideBody")
    public record Decide(@NotNull @Schema(required = true) Long version,
                         @NotNull @Schema(required = true) DecisionKind decisionKind,
                         @NotBlank @Size(max = 2000) @Schema(required = true, description = "The basis document of the decision") String decisionBasis,
                         @NotNull @Size(min = 1, max = 500) @Valid @Schema(required = true, description = "Every line, once") List<@NotNull DecidedLine> lines) {
    }
}
