package org.dutyledger.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Request bodies of work reports. */
public final class WorkReportRequests {

    private WorkReportRequests() {
    }

    static final int SECTION_MAX = 200_000;

    @Schema(name = "WorkReportCreate")
    public record Create(
            @NotNull @Positive @Schema(required = true, description = "The reporting organization") Long organizationId,
            @Positive @Schema(description = "A superior of the organization; default its parent") Long recipientOrganizationId,
            @Size(max = 50) @Schema(description = "Organizations receiving a copy (抄送)") List<@NotNull @Positive Long> copyOrganizationIds,
            @NotNull @Schema(required = true) WorkReportKind kind,
            @NotNull @Schema(required = true, description = "SEMIANNUAL: 2026-H1 or 2026-H2; ANNUAL and DUTY_REPORT: 2026") String period,
            @Size(max = 300) @Schema(description = "Default: organization, period and kind, e.g. 东湖街道2026年上半年意识形态工作专题汇报") String title,
            @NotNull @Schema(required = true) WorkReportForm form,
            @Size(max = SECTION_MAX) @Schema(description = "工作开展情况, HTML (sanitized)") String progress,
            @Size(max = SECTION_MAX) @Schema(description = "存在问题, HTML (sanitized)") String problems,
            @Size(max = SECTION_MAX) @Schema(description = "下一步打算, HTML (sanitized)") String plans) {
    }

    @Schema(name = "WorkReportUpdate", description = "Only DRAFT, SIGNED_OFF (back to DRAFT) or RETURNED reports change")
    public record Update(
            @NotNull @Schema(required = true) Long version,
            @NotBlank @Size(max = 300) @Schema(required = true) String title,
            @NotNull @Schema(required = true) WorkReportForm form,
            @Size(max = SECTION_MAX) String progress,
            @Size(max = SECTION_MAX) String problems,
            @Size(max = SECTION_MAX) String plans,
            @Size(max = 50) @Schema(description = "The copies, all of them; null keeps them") List<@NotNull @Positive Long> copyOrganizationIds) {
    }

    @Schema(name = "WorkReportReturn")
    public record Return(@NotNull @Schema(required = true) Long version,
                         @NotBlank @Size(max = 2000) @Schema(required = true, description = "What to change (退回意见)") String comment) {
    }

    @Schema(name = "WorkReportCompile")
    public record Compile(@NotNull @Positive @Schema(required = true, description = "The organization compiling its own report") Long organizationId,
                          @NotNull @Schema(required = true) WorkReportKind kind,
                          @NotNull @Schema(required = true) String period) {
    }
}
