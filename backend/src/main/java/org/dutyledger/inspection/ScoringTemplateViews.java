package org.dutyledger.inspection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What the scoring-template endpoints answer. */
public final class ScoringTemplateViews {

    private ScoringTemplateViews() {
    }

    @Schema(name = "ScoringTemplate")
    public record Template(@Schema(required = true) long id,
                           @Schema(required = true) long version,
                           @Schema(required = true) long organizationId,
                           @Schema(required = true) String organizationName,
                           @Schema(required = true) String name,
                           @Schema(required = true) int revision,
                           Long revisedFromId,
                           @Schema(required = true, description = "Used by an inspection: revise instead of editing") boolean frozen,
                           @Schema(required = true) Instant createdAt,
                           @Schema(required = true) List<Item> items,
                           @Schema(required = true, description = "Best first; POOR's minPoints is 0") List<Grade> grades,
                           @Schema(required = true, description = "The sum of the items' maxPoints") BigDecimal maxTotal) {
    }

    @Schema(name = "ScoringTemplateItem")
    public record Item(@Schema(required = true) String code,
                       @Schema(required = true) String text,
                       @Schema(required = true) BigDecimal maxPoints,
                       @Schema(required = true) ScoringMethod method,
                       @Schema(required = true) boolean veto,
                       Long obligationRuleId) {
    }

    @Schema(name = "ScoringTemplateGrade")
    public record Grade(@Schema(required = true) InspectionGrade grade, @Schema(required = true) BigDecimal minPoints) {
    }

    @Schema(name = "ScoringTemplatePage")
    public record Page(@Schema(required = true) List<Template> items, @Schema(required = true) long total,
                       @Schema(required = true) int page, @Schema(required = true) int size) {
    }

    static Template of(ScoringTemplate t, String organizationName) {
        return new Template(t.id, t.version, t.organizationId, organizationName, t.name, t.revision, t.revisedFromId, t.frozen,
                t.createdAt, t.items.stream().map(i -> new Item(i.code(), i.text(), i.maxPoints(), i.method(), i.veto(),
                i.obligationRuleId())).toList(), t.grades.stream().map(g -> new Grade(g.grade(), g.minPoints())).toList(),
                t.maxTotal());
    }
}
