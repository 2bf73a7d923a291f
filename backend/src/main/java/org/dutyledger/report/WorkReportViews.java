package org.dutyledger.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the work report endpoints answer. */
public final class WorkReportViews {

    private WorkReportViews() {
    }

    @Schema(name = "WorkReport")
    public record Report(@Schema(required = true) long id,
                         @Schema(required = true) long version,
                         @Schema(required = true) long organizationId,
                         @Schema(required = true) String organizationName,
                         @Schema(required = true) long recipientOrganizationId,
                         @Schema(required = true) String recipientOrganizationName,
                         @Schema(required = true) List<Long> copyOrganizationIds,
                         @Schema(required = true) WorkReportKind kind,
                         @Schema(required = true, description = "2026-H1 or 2026") String period,
                         @Schema(required = true) String title,
                         @Schema(required = true) WorkReportForm form,
                         @Schema(required = true, description = "工作开展情况 (HTML)") String progress,
                         @Schema(required = true, description = "存在问题 (HTML)") String problems,
                         @Schema(required = true, description = "下一步打算 (HTML)") String plans,
                         @Schema(required = true) WorkReportStatus status,
                         @Schema(required = true, description = "The period's last day") LocalDate dueOn,
                         @Schema(required = true, description = "Submitted after dueOn") boolean late,
                         @Schema(required = true) Instant createdAt,
                         String createdByName,
                         Instant signedOffAt,
                         String signedOffByName,
                         Instant submittedAt,
                         Instant acknowledgedAt,
                         String acknowledgedByName,
                         Instant returnedAt,
                         String returnComment,
                         @Schema(required = true, description = "The reports a compiled report was made from") List<Source> sources,
                         @Schema(required = true) List<Attachment> attachments) {
    }

    @Schema(name = "WorkReportSource")
    public record Source(@Schema(required = true) long reportId, @Schema(required = true) long organizationId,
                         @Schema(required = true) String organizationName) {
    }

    @Schema(name = "WorkReportAttachment")
    public record Attachment(@Schema(required = true) long id, @Schema(required = true) String fileName,
                             @Schema(required = true) String contentType, @Schema(required = true) long size,
                             @Schema(required = true) String sha256, @Schema(required = true) Instant uploadedAt,
                             String uploadedByName) {
    }

    @Schema(name = "WorkReportPage")
    public record Page(@Schema(required = true) List<Report> items, @Schema(required = true) long total,
                       @Schema(required = true) int page, @Schema(required = true) int size) {
    }

    /** A row of the status board: NOT_STARTED when the organization has no report yet. */
    @Schema(name = "WorkReportBoardStatus")
    public enum BoardStatus {
        NOT_STARTED, DRAFT, SIGNED_OFF, SUBMITTED, ACKNOWLEDGED, RETURNED
    }

    @Schema(name = "WorkReportStatusRow")
    public record BoardRow(@Schema(required = true) long organizationId, @Schema(required = true) String organizationName,
                           Long reportId, @Schema(required = true) BoardStatus status,
                           @Schema(required = true, description = "Submitted after the due day, or not submitted and the due day has passed")
                           boolean late,
                           Instant submittedAt) {
    }

    @Schema(name = "WorkReportStatusBoard")
    public record Board(@Schema(required = true) String period, @Schema(required = true) WorkReportKind kind,
                        @Schema(required = true) LocalDate dueOn, @Schema(required = true) List<BoardRow> rows) {
    }

    @Schema(name = "MyWorkReports")
    public record Mine(@Schema(required = true, description = "Reports of organizations whose FIRST_RESPONSIBLE the caller is today, waiting for sign-off")
                       List<Report> toSignOff,
                       @Schema(required = true, description = "Reports submitted to organizations where the caller is STAFF")
                       List<Report> toAcknowledge,
                       @Schema(required = true, description = "Reports of the caller's organizations sent back by the recipient")
                       List<Report> returned) {
    }
}
