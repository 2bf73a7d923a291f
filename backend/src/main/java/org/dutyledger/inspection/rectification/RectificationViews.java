package org.dutyledger.inspection.rectification;

import org.dutyledger.duty.DutyRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the finding and rectification endpoints answer. */
public final class RectificationViews {

    private RectificationViews() {
    }

    @Schema(name = "Finding")
    public record FindingView(@Schema(required = true) long id,
                              @Schema(required = true) long version,
                              @Schema(required = true) long targetOrganizationId,
                              @Schema(required = true) String targetOrganizationName,
                              @Schema(required = true) long raisingOrganizationId,
                              @Schema(required = true) String raisingOrganizationName,
                              @Schema(required = true) FindingSource source,
                              Long inspectionId,
                              String itemCode,
                              @Schema(required = true) String description,
                              @Schema(required = true) FindingSeverity severity,
                              @Schema(required = true) Instant createdAt,
                              String raisedByName,
                              Long rectificationId) {
    }

    @Schema(name = "Rectification")
    public record RectificationView(@Schema(required = true) long id,
                                    @Schema(required = true) long version,
                                    @Schema(required = true) long findingId,
                                    @Schema(required = true) FindingView finding,
                                    @Schema(required = true) String measures,
                                    @Schema(required = true) DutyRole responsibleRole,
                                    @Schema(required = true) long responsiblePersonId,
                                    @Schema(required = true) String responsiblePersonName,
                                    @Schema(description = "整改时限 (last day); null when longTerm") LocalDate deadline,
                                    @Schema(required = true) boolean longTerm,
                                    @Schema(required = true) List<LocalDate> checkDates,
                                    @Schema(description = "The day it is due now: the deadline or the current check date") LocalDate dueOn,
                                    @Schema(required = true) RectificationStatus status,
                                    @Schema(required = true, description = "Past dueOn while the target still owes the work") boolean overdue,
                                    @Schema(required = true, description = "0 none; 1 owner and 联络员; 2 第一责任人; 3 the raising organization")
                                    int escalationLevel,
                                    @Schema(required = true) List<Progress> progress,
                                    @Schema(required = true) List<Extension> extensions,
                                    @Schema(required = true, description = "Who was told at each level, oldest first") List<Escalation> escalations,
                                    Instant submittedAt,
                                    String submittedByName,
                                    Instant verifiedAt,
                                    String verifiedByName,
                                    String rejectComment,
                                    @Schema(required = true) Instant createdAt) {
    }

    @Schema(name = "RectificationProgress")
    public record Progress(@Schema(required = true) long id,
                           @Schema(required = true) String text,
                           @Schema(required = true) Instant createdAt,
                           String authorName,
                           @Schema(required = true) List<Attachment> attachments) {
    }

    @Schema(name = "RectificationAttachment")
    public record Attachment(@Schema(required = true) long id,
                             @Schema(required = true) String fileName,
                             @Schema(required = true) String contentType,
                             @Schema(required = true) long size,
                             @Schema(required = true) String sha256,
                             @Schema(required = true) Instant uploadedAt,
                             String uploadedByName) {
    }

    @Schema(name = "RectificationExtension")
    public record Extension(@Schema(required = true) long id,
                            @Schema(required = true) LocalDate requestedDeadline,
                            @Schema(required = true) String reason,
                            @Schema(required = true) ExtensionStatus status,
                            String requestedByName,
                            @Schema(required = true) Instant requestedAt,
                            String decidedByName,
                            Instant decidedAt) {
    }

    @Schema(name = "RectificationExtensionStatus")
    public enum ExtensionStatus { PENDING, APPROVED, REFUSED }

    @Schema(name = "RectificationEscalation")
    public record Escalation(@Schema(required = true) int level,
                             @Schema(required = true, description = "The due day it was overdue against") LocalDate dueOn,
                             @Schema(required = true) Instant escalatedAt,
                             @Schema(required = true) List<String> notifiedNames) {
    }

    @Schema(name = "FindingPage")
    public record FindingPage(@Schema(required = true) List<FindingView> items, @Schema(required = true) long total,
                              @Schema(required = true) int page, @Schema(required = true) int size) {
    }

    @Schema(name = "RectificationPage")
    public record RectificationPage(@Schema(required = true) List<RectificationView> items, @Schema(required = true) long total,
                                    @Schema(required = true) int page, @Schema(required = true) int size) {
    }

    @Schema(name = "MyRectifications")
    public record Mine(@Schema(required = true, description = "Not yet closed, where the caller is the responsible person") List<RectificationView> owned,
                       @Schema(required = true, description = "SUBMITTED to an organization where the caller is STAFF, not their own")
                       List<RectificationView> toVerify) {
    }
}
