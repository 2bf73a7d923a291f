package org.dutyledger.report.major;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** What the major-matter endpoints answer. */
public final class MajorMatterViews {

    private MajorMatterViews() {
    }

    @Schema(name = "MajorMatter")
    public record Matter(@Schema(required = true) long id,
                         @Schema(required = true) long version,
                         @Schema(required = true) long organizationId,
                         @Schema(required = true) String organizationName,
                         @Schema(required = true, description = "The recipient it waits on now") long recipientOrganizationId,
                         @Schema(required = true) String recipientOrganizationName,
                         @Schema(required = true, description = "The thread up the chain, first recipient first") List<Recipient> recipients,
                         @Schema(required = true) MajorMatterCategory category,
                         @Schema(required = true) String title,
                         @Schema(required = true) String description,
                         @Schema(required = true) Instant occurredAt,
                         @Schema(required = true) Instant learnedAt,
                         String actionsTaken,
                         Long publicationId,
                         Long channelId,
                         @Schema(required = true) MajorMatterStatus status,
                         @Schema(required = true) Instant reportedAt,
                         String reportedByName,
                         @Schema(required = true) Instant reportDeadline,
                         @Schema(required = true, description = "Reported after reportDeadline") boolean late,
                         @Schema(required = true, description = "The current recipient's deadline to acknowledge") Instant ackDeadline,
                         @Schema(required = true, description = "The current recipient did not acknowledge by ackDeadline") boolean ackOverdue,
                         Instant acknowledgedAt,
                         String acknowledgedByName,
                         String conclusion,
                         Instant closedAt,
                         @Schema(required = true) List<FollowUp> followUps) {
    }

    @Schema(name = "MajorMatterRecipient")
    public record Recipient(@Schema(required = true) long organizationId,
                            @Schema(required = true) String organizationName,
                            @Schema(required = true, description = "When it reached this recipient") Instant forwardedAt,
                            String forwardedByName,
                            String note) {
    }

    @Schema(name = "MajorMatterFollowUp")
    public record FollowUp(@Schema(required = true) long id,
                           @Schema(required = true, description = "The side the author spoke for") long organizationId,
                           @Schema(required = true) String organizationName,
                           String authorName,
                           @Schema(required = true) String text,
                           @Schema(required = true) Instant createdAt,
                           @Schema(required = true) List<Attachment> attachments) {
    }

    @Schema(name = "MajorMatterAttachment")
    public record Attachment(@Schema(required = true) long id,
                             @Schema(required = true) String fileName,
                             @Schema(required = true) String contentType,
                             @Schema(required = true) long size,
                             @Schema(required = true) String sha256,
                             @Schema(required = true) Instant uploadedAt,
                             String uploadedByName) {
    }

    @Schema(name = "MajorMatterPage")
    public record Page(@Schema(required = true) List<Matter> items, @Schema(required = true) long total,
                       @Schema(required = true) int page, @Schema(required = true) int size) {
    }

    @Schema(name = "MajorMatterLimits", description = "An organization's limits as a recipient")
    public record Limits(@Schema(required = true) long organizationId,
                         @Schema(required = true) int reportHours,
                         @Schema(required = true) int ackHours,
                         @Schema(required = true, description = "0 while the defaults apply") long version) {
    }

    @Schema(name = "MyMajorMatters")
    public record Mine(@Schema(required = true, description = "Reported to an organization the caller keeps, not yet acknowledged")
                       List<Matter> toAcknowledge,
                       @Schema(required = true, description = "Other open matters of or to the caller's organizations")
                       List<Matter> open) {
    }
}
