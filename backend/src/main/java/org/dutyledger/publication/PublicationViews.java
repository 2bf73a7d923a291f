package org.dutyledger.publication;

import org.dutyledger.channel.ChannelType;
import org.dutyledger.duty.DutyRole;
import org.dutyledger.organization.OrganizationRef;
import org.dutyledger.publication.review.ReviewStep;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The JSON shapes of publications. */
public final class PublicationViews {

    private PublicationViews() {
    }

    @Schema(name = "PersonRef")
    public record PersonRef(@Schema(required = true) long id, @Schema(required = true) String name) {
    }

    @Schema(name = "PublicationChannel")
    public record ChannelRef(@Schema(required = true) long id, @Schema(required = true) String name,
                             @Schema(required = true) ChannelType type) {
    }

    @Schema(name = "PublicationAttachment")
    public record Attachment(@Schema(required = true) long id, @Schema(required = true) String fileName,
                             @Schema(required = true, description = "Read from the content") String mediaType,
                             @Schema(required = true) long size, @Schema(required = true) String sha256,
                             @Schema(required = true, description = "GET it to download") String downloadPath,
                             @Schema(required = true) Instant uploadedAt) {
    }

    @Schema(name = "ReviewProgress", description = "Where the item stands in its current (or last) review round")
    public record Review(@Schema(required = true, description = "Round number: each submission starts a new one") int submission,
                         @Schema(description = "1-based, only while IN_REVIEW") Integer currentStep,
                         @Schema(required = true) int stepCount,
                         String currentStepName,
                         DutyRole currentStepRole,
                         @Schema(description = "Since when the current step waits") Instant waitingSince,
                         @Schema(description = "Policy version the round runs under; null = built-in default") Long policyVersionId,
                         @Schema(required = true) boolean allowSamePersonMultipleSteps,
                         @Schema(required = true) List<ReviewStep> steps,
                         @Schema(required = true, description = "While IN_REVIEW, per step (in step order): who can act on it,"
                                 + " by the approval's rules: the holders of the step's role today, not an author of the item,"
                                 + " nor (unless the policy allows it) the reviewer of another step of this round")
                         List<StepHolders> holders) {
    }

    @Schema(name = "ReviewStepHolders", description = "The people who can act on a review step today")
    public record StepHolders(@Schema(required = true, description = "1-based") int step,
                              @Schema(required = true, description = "In person id order; empty when the role is vacant")
                              List<PersonRef> people) {
    }

    @Schema(name = "PublicationReview", description = "A reviewer's decision on one step, bound to a revision's hash")
    public record ReviewDecision(@Schema(required = true) long id, @Schema(required = true) int submission,
                                 @Schema(required = true) int step, @Schema(required = true) String stepName,
                                 @Schema(required = true) DutyRole role,
                                 @Schema(required = true, description = "APPROVED or REJECTED") String decision,
                                 @Schema(required = true) PersonRef reviewer,
                                 @Schema(required = true) int revisionNumber,
                                 @Schema(required = true) String contentHash,
                                 @Schema(required = true) List<PublicationRequests.Answer> checklist,
                                 String comment,
                                 @Schema(required = true) Instant decidedAt,
                                 @Schema(description = "Set when an edit voided this approval") Instant voidedAt) {
    }

    @Schema(name = "Publication")
    public record Detail(@Schema(required = true) long id,
                         @Schema(required = true) ChannelRef channel,
                         @Schema(required = true) OrganizationRef organization,
                         @Schema(required = true) String title,
                         String summary,
                         @Schema(required = true, description = "Sanitized HTML") String body,
                         Instant plannedPublishAt,
                         @Schema(description = "Set while the scheduler is to publish it") Instant scheduledPublishAt,
                         @Schema(required = true) PublicationStatus status,
                         Review review,
                         @Schema(required = true) PersonRef author,
                         @Schema(required = true) int revisionNumber,
                         @Schema(required = true, description = "SHA-256 of the current revision") String contentHash,
                         @Schema(required = true) List<Attachment> attachments,
                         @Schema(required = true, description = "Approvals standing in the current round") List<ReviewDecision> approvals,
                         @Schema(description = "The latest rejection, so the author sees what to change") ReviewDecision lastRejection,
                         @Schema(required = true, description = "What the caller may do now: edit, attach, submit, approve, reject, withdraw, publish, retract")
                         List<String> allowedActions,
                         Instant publishedAt, PersonRef publishedBy,
                         Instant retractedAt, PersonRef retractedBy, String retractReason,
                         @Schema(required = true) long version,
                         @Schema(required = true) Instant createdAt,
                         @Schema(required = true) Instant updatedAt) {
    }

    @Schema(name = "PublicationSummary")
    public record Summary(@Schema(required = true) long id, @Schema(required = true) ChannelRef channel,
                          @Schema(required = true) OrganizationRef organization, @Schema(required = true) String title,
                          @Schema(required = true) PublicationStatus status, Integer currentStep,
                          @Schema(required = true) int stepCount, String currentStepName,
                          @Schema(required = true) PersonRef author, @Schema(required = true) int revisionNumber,
                          Instant plannedPublishAt, Instant waitingSince, Instant publishedAt,
                          @Schema(required = true) long version, @Schema(required = true) Instant updatedAt) {
    }

    @Schema(name = "PublicationPage")
    public record Page(@Schema(required = true) List<Summary> items, @Schema(required = true) long total,
                       @Schema(required = true) int page, @Schema(required = true) int size) {
    }

    @Schema(name = "PublicationRevision")
    public record Revision(@Schema(required = true) int number, @Schema(required = true) String title, String summary,
                           @Schema(required = true) String body, @Schema(required = true) List<RevisionAttachment> attachments,
                           @Schema(required = true) String contentHash, PersonRef author,
                           @Schema(required = true) Instant createdAt) {
    }

    @Schema(name = "RevisionAttachment")
    public record RevisionAttachment(@Schema(required = true) long id, @Schema(required = true) String fileName,
                                     @Schema(required = true) String mediaType, @Schema(required = true) long size,
                                     @Schema(required = true) String sha256) {
    }

    @Schema(name = "RevisionComparison", description = "Line diff from one revision to another")
    public record Comparison(@Schema(required = true) int from, @Schema(required = true) int to,
                             @Schema(required = true) String fromHash, @Schema(required = true) String toHash,
                             @Schema(required = true) List<LineDiff.Line> title,
                             @Schema(required = true) List<LineDiff.Line> summary,
                             @Schema(required = true, description = "The HTML broken into lines at block ends") List<LineDiff.Line> body,
                             @Schema(required = true, description = "File name and SHA-256 per line") List<LineDiff.Line> attachments) {
    }

    @Schema(name = "PublicationEvent", description = "One transition of the item's timeline")
    public record Event(@Schema(required = true) String action, String fromStatus, @Schema(required = true) String toStatus,
                        @Schema(required = true) int submission, Integer step,
                        @Schema(required = true) int revisionNumber, @Schema(required = true) String contentHash,
                        @Schema(description = "Null when the system acted (scheduled publishing)") PersonRef actor,
                        @Schema(required = true) String actorUsername, String comment,
                        @Schema(required = true) Instant occurredAt) {
    }

    @Schema(name = "PublicationTrace", description = "Who wrote, reviewed, published and retracted which revision, and when"
            + " (审核单); for an item in any state, so rejections and voided approvals of drafts and withdrawn items can be read")
    public record Trace(@Schema(required = true) Summary publication,
                        @Schema(required = true) PersonRef author,
                        @Schema(required = true) List<Revision> revisions,
                        @Schema(required = true, description = "Standing approvals of the current round (of the published"
                                + " revision once published), by step") List<ReviewDecision> approvals,
                        @Schema(required = true, description = "Every decision of every round, oldest first, rejections"
                                + " with their comment and voided approvals (voidedAt) included") List<ReviewDecision> reviews,
                        @Schema(required = true) int currentRevision,
                        @Schema(required = true) String currentContentHash,
                        @Schema(description = "Only when PUBLISHED or RETRACTED") Integer publishedRevision,
                        @Schema(description = "Only when PUBLISHED or RETRACTED") String publishedContentHash,
                        @Schema(description = "The review policy version of the latest submission; null before the first")
                        ReviewedUnder policy,
                        Instant publishedAt, PersonRef publishedBy, PersonRef scheduledBy,
                        Instant retractedAt, PersonRef retractedBy, String retractReason,
                        @Schema(required = true) List<Event> timeline) {
    }

    @Schema(name = "ReviewedUnder", description = "The review policy an item was reviewed under, and who set that version when")
    public record ReviewedUnder(@Schema(required = true, description = "DEFAULT, ORGANIZATION or CHANNEL") String source,
                                Long policyId,
                                Integer versionNumber,
                                OrganizationRef organization,
                                Long channelId,
                                @Schema(required = true) List<ReviewStep> steps,
                                @Schema(required = true) boolean allowSamePersonMultipleSteps,
                                @Schema(description = "When this version was written") Instant changedAt,
                                @Schema(description = "Who wrote this version") PersonRef changedBy) {
    }

    @Schema(name = "PublicationStatisticsRow")
    public record StatisticsRow(@Schema(required = true) ChannelRef channel,
                                @Schema(required = true, description = "YYYY-MM in Asia/Shanghai") String month,
                                @Schema(required = true) long published, @Schema(required = true) long rejected,
                                @Schema(required = true) long retracted,
                                @Schema(required = true, description = "Rounds that reached APPROVED") long approved,
                                @Schema(description = "Median hours from submission to approval") Double medianReviewHours,
                                @Schema(description = "90th percentile of the same") Double p90ReviewHours) {
    }

    @Schema(name = "PublicationStatistics")
    public record Statistics(@Schema(required = true) OrganizationRef under, @Schema(required = true) String from,
                             @Schema(required = true) String to, @Schema(required = true) List<StatisticsRow> rows) {
    }
}
