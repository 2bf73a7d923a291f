package org.dutyledger.inspection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** Request bodies of scoring templates; items and bands are checked by {@link ScoringTemplateRules}. */
public final class ScoringTemplateRequests {

    private ScoringTemplateRequests() {
    }

    @Schema(name = "ScoringTemplateCreateBody")
    public record Create(@NotNull @Positive @Schema(required = true) Long organizationId,
                         @NotBlank @Size(max = 200) @Schema(required = true) String name,
                         @NotNull @Size(max = 300) @Schema(required = true) List<ItemBody> items,
                         @NotNull @Size(max = 4) @Schema(required = true) List<GradeBody> grades) {
    }

    @Schema(name = "ScoringTemplateUpdateBody")
    public record Update(@NotNull @Schema(required = true) Long version,
                         @NotBlank @Size(max = 200) @Schema(required = true) String name,
                         @NotNull @Size(max = 300) @Schema(required = true) List<ItemBody> items,
                         @NotNull @Size(max = 4) @Schema(required = true) List<GradeBody> grades) {
    }

    @Schema(name = "ScoringTemplateItemBody")
    public record ItemBody(@Schema(required = true, description = "Unique in the template: letters, digits, . _ -") String code,
                           @Schema(required = true) String text,
                           @Schema(required = true, description = "> 0, at most two decimals") BigDecimal maxPoints,
                           @Schema(required = true) ScoringMethod method,
                           @Schema(description = "一票否决: failing it sets the grade to POOR") Boolean veto,
                           @Schema(description = "The obligation rule whose compliance the scorer sees beside the item") Long obligationRuleId) {
    }

    @Schema(name = "ScoringTemplateGradeBody")
    public record GradeBody(@Schema(required = true) InspectionGrade grade,
                            @Schema(required = true, description = "The lowest total of the band; POOR's is 0") BigDecimal minPoints) {
    }
}
