package org.dutyledger.obligation;

import org.dutyledger.duty.DutyRole;
import org.dutyledger.organization.OrganizationType;
import org.dutyledger.organization.OrganizationRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the obligation endpoints answer. */
public final class ObligationViews {

    private ObligationViews() {
    }

    @Schema(name = "ObligationPerson")
    public record PersonRef(@Schema(required = true) long id, @Schema(required = true) String name) {
    }

    @Schema(name = "ObligationRule")
    public record Rule(@Schema(required = true) long id,
                       @Schema(required = true) long version,
                       @Schema(required = true, description = "The first version's id; all versions of the rule share it") long seriesId,
                       @Schema(required = true) OrganizationRef issuer,
                       @Schema(required = true) long issuerOrganizationId,
                       @Schema(required = true) String title,
                       @Schema(required = true) ObligationKind kind,
                       @Schema(required = true) PeriodKind period,
                       @Schema(required = true) int minCount,
                       String dueMonthDay,
                       @Schema(required = true) List<OrganizationType> appliesTo,
                       @Schema(required = true) boolean includeIssuer,
                       DutyRole perHolderRole,
                       @Schema(required = true) DutyRole accountableRole,
                       String basis,
                       @Schema(required = true) LocalDate validFrom,
                       LocalDate validTo,
                       @Schema(required = true) boolean retired,
                       String retireReason,
                       Long supersededById,
                       @Schema(required = true) Instant createdAt) {
    }

    @Schema(name = "ObligationRulePage")
    public record RulePage(@Schema(required = true) List<Rule> items, @Schema(required = true) long total,
                           @Schema(required = true) int page, @Schema(required = true) int size) {
    }

    @Schema(name = "Obligation", description = "One rule × organization × period (× holder) instance")
    public record Instance(@Schema(required = true) long id,
                           @Schema(required = true) long version,
                           @Schema(required = true) long ruleId,
                           @Schema(required = true) String title,
                           @Schema(required = true) ObligationKind kind,
                           @Schema(required = true) OrganizationRef organization,
                           @Schema(required = true, description = "Period key, e.g. 2026-Q3") String period,
                           @Schema(required = true) LocalDate periodStart,
                           @Schema(required = true) LocalDate periodEnd,
                           @Schema(required = true) LocalDate dueDate,
                           @Schema(description = "The duty holder this instance is for (per-holder rules)") PersonRef holder,
                           @Schema(required = true) int minCount,
                           @Schema(required = true) int metCount,
                           @Schema(required = true) ObligationStatus status,
                           @Schema(required = true, description = "Holders of the accountable role on the due date (today when it is still ahead)")
                           List<PersonRef> responsible,
                           String waivedReason,
                           @Schema(required = true) List<Long> fulfilmentIds) {
    }

    @Schema(name = "ObligationPage")
    public record InstancePage(@Schema(required = true) List<Instance> items, @Schema(required = true) long total,
                               @Schema(required = true) int page, @Schema(required = true) int size) {
    }

    @Schema(name = "ObligationDetail", description = "An instance with the fields of Obligation and its fulfilment records")
    public record InstanceDetail(@Schema(required = true) long id,
                                 @Schema(required = true) long version,
                                 @Schema(required = true) long ruleId,
                                 @Schema(required = true) String title,
                                 @Schema(required = true) ObligationKind kind,
                                 @Schema(required = true) OrganizationRef organization,
                                 @Schema(required = true) String period,
                                 @Schema(required = true) LocalDate periodStart,
                                 @Schema(required = true) LocalDate periodEnd,
                                 @Schema(required = true) LocalDate dueDate,
                                 PersonRef holder,
                                 @Schema(required = true) int minCount,
                                 @Schema(required = true) int metCount,
                                 @Schema(required = true) ObligationStatus status,
                                 @Schema(required = true) List<PersonRef> responsible,
                                 String waivedReason,
                                 @Schema(required = true) List<Long> fulfilmentIds,
                                 @Schema(required = true) List<FulfilmentSummary> fulfilments) {

        public static InstanceDetail of(Instance i, List<FulfilmentSummary> fulfilments) {
            return new InstanceDetail(i.id(), i.version(), i.ruleId(), i.title(), i.kind(), i.organization(), i.period(),
                    i.periodStart(), i.periodEnd(), i.dueDate(), i.holder(), i.minCount(), i.metCount(), i.status(),
                    i.responsible(), i.waivedReason(), i.fulfilmentIds(), fulfilments);
        }
    }

    @Schema(name = "FulfilmentSummary")
    public record FulfilmentSummary(@Schema(required = true) long id, @Schema(required = true) LocalDate happenedOn,
                                    @Schema(required = true) String title, @Schema(required = true) ObligationKind kind,
                                    @Schema(required = true) boolean late, @Schema(required = true) int attachmentCount) {
    }

    @Schema(name = "Fulfilment")
    public record Fulfilment(@Schema(required = true) long id,
                             @Schema(required = true) long version,
                             @Schema(required = true) OrganizationRef organization,
                             @Schema(required = true) LocalDate happenedOn,
                             @Schema(required = true) String title,
                             @Schema(required = true) ObligationKind kind,
                             @Schema(required = true) List<PersonRef> participants,
                             String guests,
                             String summary,
                             @Schema(required = true) List<Decision> decisions,
                             @Schema(required = true) List<Long> obligationIds,
                             @Schema(required = true, description = "Happened after the due date of an instance it counts toward") boolean late,
                             @Schema(required = true) Instant recordedAt,
                             PersonRef recordedBy,
                             @Schema(required = true) int corrections,
                             @Schema(required = true) List<Attachment> attachments) {
    }

    @Schema(name = "FulfilmentPage")
    public record FulfilmentPage(@Schema(required = true) List<Fulfilment> items, @Schema(required = true) long total,
                                 @Schema(required = true) int page, @Schema(required = true) int size) {
    }

    @Schema(name = "FulfilmentDecisionView")
    public record Decision(@Schema(required = true) String text, @Schema(required = true) List<Position> positions) {
    }

    @Schema(name = "FulfilmentPositionView")
    public record Position(@Schema(required = true) PersonRef person, @Schema(required = true) ObligationRequests.Stance position,
                           String text) {
    }

    @Schema(name = "FulfilmentAttachment")
    public record Attachment(@Schema(required = true) long id, @Schema(required = true) String fileName,
                             @Schema(required = true) String contentType, @Schema(required = true) long size,
                             @Schema(required = true) String sha256) {
    }

    @Schema(name = "ComplianceCounts", description = "rate = (met + metLate + waived) / total, null when total is 0")
    public record Counts(@Schema(required = true) long met, @Schema(required = true) long metLate,
                         @Schema(required = true) long upcoming, @Schema(required = true) long due,
                         @Schema(required = true) long overdue, @Schema(required = true) long missed,
                         @Schema(required = true) long waived, @Schema(required = true) long total, Double rate) {
    }

    @Schema(name = "ComplianceCell", description = "Counts of one rule in one row; rate = (met + metLate + waived) / total, null when total is 0")
    public record Cell(@Schema(required = true, description = "The rule's seriesId") long ruleId,
                       @Schema(required = true) long met, @Schema(required = true) long metLate,
                       @Schema(required = true) long upcoming, @Schema(required = true) long due,
                       @Schema(required = true) long overdue, @Schema(required = true) long missed,
                       @Schema(required = true) long waived, @Schema(required = true) long total, Double rate) {
    }

    @Schema(name = "ComplianceRuleRef")
    public record RuleRef(@Schema(required = true, description = "The rule's seriesId") long id,
                          @Schema(required = true) String title, @Schema(required = true) ObligationKind kind) {
    }

    @Schema(name = "ComplianceRow")
    public record Row(@Schema(required = true) OrganizationRef organization, @Schema(required = true) boolean hasChildren,
                      @Schema(required = true) List<Cell> cells, @Schema(required = true) Counts total) {
    }

    @Schema(name = "Compliance", description = "Instances whose period lies within the requested period, counted per child "
            + "of `under` (its whole subtree) and rule; totals over the whole subtree of `under`, itself included")
    public record Compliance(@Schema(required = true) OrganizationRef organization, @Schema(required = true) String period,
                             @Schema(required = true) List<RuleRef> rules, @Schema(required = true) List<Row> rows,
                             @Schema(required = true) Counts totals) {
    }
}
