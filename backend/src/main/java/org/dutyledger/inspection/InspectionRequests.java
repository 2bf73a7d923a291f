package org.dutyledger.inspection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Request bodies of inspections. */
public final class InspectionRequests {

    private InspectionRequests() {
    }

    @Schema(name = "InspectionCreateBody")
    public record Create(@NotNull @Positive @Schema(required = true, description = "The inspecting organization") Long organizationId,
                         @NotNull @Schema(required = true) InspectionKind kind,
                         @NotBlank @Size(max = 300) @Schema(required = true) String title,
                         @NotBlank @Schema(required = true, description = "2026, 2026-H1, 2026-Q3 or 2026-07") String period,
                         @NotNull @Positive @Schema(required = true) Long templateId,
                         @NotNull @Schema(required = true) LocalDate startsOn,
                         @NotNull @Schema(required = true) LocalDate endsOn,
                         @Size(max = 200) @Schema(description = "The inspection team (people)") List<Long> teamPersonIds,
                         @Size(max = 20000) @Schema(description = "Targets in the inspecting organization's subtree (not RANDOM)") List<Long> targetIds,
                         @Schema(description = "RANDOM only: the targets are drawn from the candidates") Draw draw) {
    }

    @Schema(name = "InspectionDrawBody")
    public record Draw(@Size(max = 20000) @Schema(required = true) List<Long> candidateIds,
                       @Schema(required = true, description = "How many to draw, 1 to the number of candidates") Integer count,
                       @Size(max = 100) @Schema(description = "Absent: the server picks one and records it") String seed) {
    }

    @Schema(name = "InspectionUpdateBody")
    public record Update(@NotNull @Schema(required = true) Long version,
                         @NotBlank @Size(max = 300) @Schema(required = true) String title,
                         @NotNull @Schema(required = true) LocalDate startsOn,
                         @NotNull @Schema(required = true) LocalDate endsOn,
                         @Size(max = 200) @Schema(description = "Absent: unchanged") List<Long> teamPersonIds,
                         @Size(max = 20000) @Schema(description = "Absent: unchanged; not for RANDOM") List<Long> targetIds) {
    }

    @Schema(name = "InspectionScoresBody")
    public record Scores(@NotNull @Schema(required = true, description = "The score sheet's version (GET …/scores)") Long version,
                         @NotNull @Size(min = 1, max = 500) @Schema(required = true) List<Score> items) {
    }

    @Schema(name = "InspectionScoreBody")
    public record Score(@Schema(required = true) String code,
                        @Schema(description = "0 to the item's maxPoints, at most two decimals; null clears it") BigDecimal points,
                        @Schema(description = "Veto items only: false sets the grade to POOR") Boolean passed,
                        @Size(max = 2000) String note) {
    }

    @Schema(name = "InspectionCorrectionBody")
    public record Correction(@NotNull @Schema(required = true, description = "The target's score sheet version (GET …/scores)") Long version,
                             @NotNull @Positive @Schema(required = true, description = "The target whose sheet is corrected") Long targetId,
                             @NotNull @Size(min = 1, max = 500) @Schema(required = true) List<Score> items,
                             @NotBlank @Size(max = 2000) @Schema(required = true, description = "Why the concluded result changes") String reason) {
    }
}
