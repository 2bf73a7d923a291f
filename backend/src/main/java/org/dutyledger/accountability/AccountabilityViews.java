package org.dutyledger.accountability;

import org.dutyledger.duty.DutyRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the accountability API answers. */
public final class AccountabilityViews {

    private AccountabilityViews() {
    }

    @Schema(name = "AccountabilityFiler", description = "A person's right to file cases in the name of an organization (授权立案)")
    public record Filer(@Schema(required = true) long id, @Schema(required = true) long organizationId,
                        @Schema(required = true) String organizationName, @Schema(required = true) long personId,
                        @Schema(required = true) String personName, @Schema(required = true) Instant grantedAt,
                        String grantedByName) {
    }

    @Schema(name = "AccountabilityLink")
    public record Link(@Schema(required = true) LinkKind kind, @Schema(required = true) long id, Integer decisionIndex,
                       @Schema(required = true) String label) {
    }

    @Schema(name = "AccountabilityExemptingRecord", description = "The record on file that exempts the person")
    public record ExemptingRecord(@Schema(required = true) ExemptionKind kind,
                                  @Schema(required = true, description = "Fulfilment record id (DECISION_OBJECTION) or publication review id (REVIEW_REJECTION)") long id,
                                  @Schema(required = true) Instant at, @Schema(required = true) String text) {
    }

    @Schema(name = "AccountabilityStatement", description = "The named person's statement (申辩)")
    public record Statement(@Schema(required = true) String text, @Schema(required = true) Instant at) {
    }

    @Schema(name = "AccountabilityLine")
    public record Line(@Schema(required = true) long id, @Schema(required = true) long personId,
                       @Schema(required = true) String personName, @Schema(required = true) Responsibility responsibility,
                       @Schema(required = true, description = "What the ledger proposed") Responsibility proposed,
                       @Schema(required = true) LineSource source, DutyRole role, Long assignmentId, String assignmentBasis,
                       @Schema(required = true) String why, @Schema(required = true) boolean exempt,
                       ExemptingRecord exemptingRecord, @Schema(required = true) boolean edited, String editReason,
                       Statement statement, Outcome outcome) {
    }

    @Schema(name = "AccountabilityCase")
    public record Case(@Schema(required = true) long id, @Schema(required = true) long version,
                       @Schema(required = true) long filingOrganizationId, @Schema(required = true) String filingOrganizationName,
                       @Schema(required = true) long subjectOrganizationId, @Schema(required = true) String subjectOrganizationName,
                       @Schema(required = true) String title, @Schema(required = true) LocalDate incidentDate,
                       @Schema(required = true) Situation situation, String situationText,
                       @Schema(required = true) String description, @Schema(required = true) DecisionKind decisionKind,
                       @Schema(required = true) List<Link> links, @Schema(required = true) CaseStatus status,
                       Instant decidedAt, String decidedByName, String decisionBasis, Long filedUpwardToId,
                       String filedUpwardToName, Instant closedAt, @Schema(required = true) Instant createdAt,
                       String createdByName, @Schema(required = true) List<Line> lines,
                       @Schema(required = true, description = "true for a named person: lines holds their own line only") boolean ownLineOnly) {
    }

    @Schema(name = "AccountabilityCasePage")
    public record CasePage(@Schema(required = true) List<Case> items, @Schema(required = true) long total,
                           @Schema(required = true) int page, @Schema(required = true) int size) {
    }

    @Schema(name = "MyAccountabilityLine")
    public record MyLine(@Schema(required = true) long caseId, @Schema(required = true) String title,
                         @Schema(required = true) LocalDate incidentDate, @Schema(required = true) CaseStatus status,
                         @Schema(required = true) String subjectOrganizationName, @Schema(required = true) Line line) {
    }
}
