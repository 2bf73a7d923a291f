package org.dutyledger.inspection;

import org.dutyledger.duty.DutyRole;
import org.dutyledger.obligation.ObligationKind;
import org.dutyledger.report.WorkReportKind;
import org.dutyledger.report.WorkReportStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the inspection endpoints answer. */
public final class InspectionViews {

    private InspectionViews() {
    }

    @Schema(name = "Inspection")
    public record View(@Schema(required = true) long id,
                       @Schema(required = true) long version,
                       @Schema(required = true, description = "The inspecting organization") long organizationId,
                       @Schema(required = true) String organizationName,
                       @Schema(required = true) InspectionKind kind,
                       @Schema(required = true) String title,
                       @Schema(required = true) String period,
                       @Schema(required = true) long templateId,
                       @Schema(required = true) String templateName,
                       @Schema(required = true) int templateRevision,
                       @Schema(required = true) LocalDate startsOn,
                       @Schema(required = true) LocalDate endsOn,
                       @Schema(required = true) InspectionStatus status,
                       Instant concludedAt,
                       @Schema(required = true) List<Member> team,
                       @Schema(required = true) List<Target> targets,
                       @Schema(description = "RANDOM: the recorded draw") Draw draw,
                       @Schema(description = "The fulfilment record of the INSPECTION obligation, once concluded") Long fulfilmentId,
                       @Schema(required = true) Instant createdAt) {
    }

    @Schema(name = "InspectionTeamMember")
    public record Member(@Schema(required = true) long personId, @Schema(required = true) String name) {
    }

    @Schema(name = "InspectionTarget")
    public record Target(@Schema(required = true) long organizationId, @Schema(required = true) String organizationName) {
    }

    @Schema(name = "InspectionDraw")
    public record Draw(@Schema(required = true) List<Long> candidateIds, @Schema(required = true) int count,
                       @Schema(required = true) String seed) {
    }

    @Schema(name = "InspectionDrawResult", description = "A draw re-run: ids are the drawn candidates in draw order")
    public record DrawResult(@Schema(required = true) List<Long> candidateIds, @Schema(required = true) int count,
                             @Schema(required = true) String seed, @Schema(required = true) List<Long> ids) {
    }

    @Schema(name = "InspectionPage")
    public record Page(@Schema(required = true) List<View> items, @Schema(required = true) long total,
                       @Schema(required = true) int page, @Schema(required = true) int size) {
    }

    @Schema(name = "InspectionScoreSheet")
    public record ScoreSheet(@Schema(required = true) long organizationId,
                             @Schema(required = true) String organizationName,
                             @Schema(required = true, description = "Send it back with PUT …/scores") long version,
                             @Schema(required = true) List<ScoreLine> items,
                             @Schema(required = true) BigDecimal total,
                             @Schema(required = true) BigDecimal maxTotal,
                             @Schema(required = true) InspectionGrade grade,
                             @Schema(required = true, description = "A veto item was failed: the grade is POOR") boolean vetoFailed,
                             @Schema(required = true, description = "After corrections of a concluded inspection: every sheet kept,"
                                     + " oldest first (revision 1 as concluded, the last is the current one); empty otherwise")
                             List<SheetRevision> revisions) {
    }

    @Schema(name = "InspectionSheetRevision")
    public record SheetRevision(@Schema(required = true) int revision,
                                @Schema(required = true) List<RevisedScore> items,
                                @Schema(required = true) BigDecimal total,
                                @Schema(required = true) InspectionGrade grade,
                                @Schema(required = true) boolean vetoFailed,
                                @Schema(description = "Why it was corrected; null for revision 1 (as concluded)") String reason,
                                String madeByName,
                                @Schema(required = true) Instant madeAt) {
    }

    @Schema(name = "InspectionRevisedScore")
    public record RevisedScore(@Schema(required = true) String code, BigDecimal points, Boolean passed, String note) {
    }

    @Schema(name = "InspectionScoreLine")
    public record ScoreLine(@Schema(required = true) String code,
                            @Schema(required = true) String text,
                            @Schema(required = true) ScoringMethod method,
                            @Schema(required = true) BigDecimal maxPoints,
                            @Schema(required = true) boolean veto,
                            Long obligationRuleId,
                            BigDecimal points,
                            Boolean passed,
                            String note,
                            String scoredByName,
                            Instant scoredAt) {
    }

    @Schema(name = "InspectionResults")
    public record Results(@Schema(required = true) long inspectionId,
                          @Schema(required = true) InspectionStatus status,
                          @Schema(required = true, description = "Rank by total, highest first; equal totals share a rank")
                          List<ResultRow> rows) {
    }

    @Schema(name = "InspectionResultRow")
    public record ResultRow(@Schema(required = true) long organizationId,
                            @Schema(required = true) String organizationName,
                            @Schema(required = true) BigDecimal total,
                            @Schema(required = true) InspectionGrade grade,
                            @Schema(required = true) int rank,
                            @Schema(required = true) boolean vetoFailed,
                            @Schema(required = true, description = "Items with points") int scoredItems) {
    }

    @Schema(name = "InspectionTargetRecord", description = "The target's own record for the inspection's period")
    public record Record(@Schema(required = true) long organizationId,
                         @Schema(required = true) String period,
                         @Schema(required = true) ObligationCounts obligations,
                         @Schema(required = true) List<RuleCounts> obligationsByRule,
                         @Schema(required = true) List<ReportLine> workReports,
                         @Schema(required = true, description = "Required duties nobody holds today") List<Vacancy> vacancies,
                         @Schema(required = true, description = "The target's own publications in the period: published, rejected, retracted") Reviews reviews) {
    }

    @Schema(name = "InspectionRecordObligations")
    public record ObligationCounts(@Schema(required = true) long due, @Schema(required = true) long fulfilled,
                                   @Schema(required = true) long overdue, @Schema(required = true) long waived) {
    }

    @Schema(name = "InspectionRecordRule")
    public record RuleCounts(@Schema(required = true) long ruleId, @Schema(required = true) String ruleName,
                             @Schema(required = true) ObligationKind kind, @Schema(required = true) long due,
                             @Schema(required = true) long fulfilled, @Schema(required = true) long overdue) {
    }

    @Schema(name = "InspectionRecordReport")
    public record ReportLine(@Schema(required = true) long id, @Schema(required = true) WorkReportKind kind,
                             @Schema(required = true) String period, @Schema(required = true) WorkReportStatus status,
                             @Schema(required = true) boolean late) {
    }

    @Schema(name = "InspectionRecordVacancy")
    public record Vacancy(@Schema(required = true) DutyRole role,
                          @Schema(description = "The day after the last holder's end; null when the role was never held") LocalDate since) {
    }

    @Schema(name = "InspectionRecordReviews")
    public record Reviews(@Schema(required = true) long published, @Schema(required = true) long rejected,
                          @Schema(required = true) long retracted) {
    }
}
