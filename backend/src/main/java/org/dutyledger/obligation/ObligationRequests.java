package org.dutyledger.obligation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.dutyledger.duty.DutyRole;
import org.dutyledger.organization.OrganizationType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** Request bodies of obligation rules, waivers and fulfilment records. */
public final class ObligationRequests {

    private ObligationRequests() {
    }

    @Schema(name = "ObligationRuleBody", description = "A rule, as created; PUT sends the same with `version`")
    public record Rule(
            @Schema(description = "Required on PUT: the version the change is based on") Long version,
            @NotNull @Positive @Schema(required = true) Long issuerOrganizationId,
            @NotBlank @Size(max = 300) @Schema(required = true, description = "e.g. 每季度开展一次意识形态工作分析研判") String title,
            @NotNull @Schema(required = true) ObligationKind kind,
            @NotNull @Schema(required = true) PeriodKind period,
            @NotNull @Min(1) @Max(100) @Schema(required = true) Integer minCount,
            @Schema(description = "MM-DD such as 06-30 (a month's last day means that month's end); null = last day of the period")
            String dueMonthDay,
            @NotEmpty @Size(max = 20) @Schema(required = true, description = "Organization types the rule applies to")
            List<@NotNull OrganizationType> appliesTo,
            @Schema(description = "Whether the issuing organization owes it too (default false)") Boolean includeIssuer,
            @Schema(description = "One instance per holder of this duty role (e.g. 分管领导 briefings), or null") DutyRole perHolderRole,
            @NotNull @Schema(required = true, description = "Whose holders are reminded and answer for it") DutyRole accountableRole,
            @Size(max = 200) @Schema(description = "Document number, e.g. 江委发〔2024〕1号") String basis,
            @NotNull @Schema(required = true) LocalDate validFrom,
            LocalDate validTo) {
    }

    @Schema(name = "RetireObligationRule")
    public record Retire(@NotNull @Schema(required = true) Long version,
                         @NotBlank @Size(max = 1000) @Schema(required = true) String reason) {
    }

    @Schema(name = "WaiveObligation")
    public record Waive(@NotNull @Schema(required = true) Long version,
                        @NotBlank @Size(max = 1000) @Schema(required = true) String reason) {
    }

    @Schema(name = "FulfilmentBody", description = "A fulfilment record; a correction sends the same with version and reason")
    public record Fulfilment(
            @NotNull @Positive @Schema(required = true) Long organizationId,
            @NotNull @Schema(required = true, description = "The day it happened (not the upload day)") LocalDate happenedOn,
            @NotBlank @Size(max = 300) @Schema(required = true) String title,
            @NotNull @Schema(required = true) ObligationKind kind,
            @Size(max = 500) @Schema(description = "People of the organization who took part") List<@NotNull @Positive Long> participantIds,
            @Size(max = 2000) @Schema(description = "Guests, as text") String guests,
            @Size(max = 100000) @Schema(description = "Summary or minutes") String summary,
            @Size(max = 100) @Valid List<@NotNull Decision> decisions,
            @Size(max = 50) @Schema(description = "Instances it counts toward (one meeting may fulfil several)")
            List<@NotNull @Positive Long> obligationIds) {
    }

    @Schema(name = "FulfilmentCorrection")
    public record Correction(
            @NotNull @Schema(required = true) Long version,
            @NotBlank @Size(max = 1000) @Schema(required = true) String reason,
            @NotNull @Schema(required = true) LocalDate happenedOn,
            @NotBlank @Size(max = 300) @Schema(required = true) String title,
            @NotNull @Schema(required = true) ObligationKind kind,
            @Size(max = 500) List<@NotNull @Positive Long> participantIds,
            @Size(max = 2000) String guests,
            @Size(max = 100000) String summary,
            @Size(max = 100) @Valid List<@NotNull Decision> decisions,
            @Size(max = 50) List<@NotNull @Positive Long> obligationIds) {
    }

    @Schema(name = "FulfilmentDecision")
    public record Decision(@NotBlank @Size(max = 2000) @Schema(required = true) String text,
                           @Size(max = 500) @Valid List<@NotNull Position> positions) {
    }

    @Schema(name = "FulfilmentPosition", description = "A participant's position on a decision; a recorded objection counts for accountability")
    public record Position(@NotNull @Positive @Schema(required = true) Long personId,
                           @NotNull @Schema(required = true) Stance position,
                           @Size(max = 2000) String text) {
    }

    public enum Stance {
        AGREE, OBJECT
    }
}
