package org.dutyledger.duty;

import org.dutyledger.organization.OrganizationRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** Response bodies built from several assignments. */
public final class DutyViews {

    private DutyViews() {
    }

    @Schema(name = "DutyTimeline", description = "Every assignment of one organization, ended and corrected ones included")
    public record Timeline(@Schema(required = true) OrganizationRef organization,
                           @Schema(required = true) boolean allowMultipleDirectResponsible,
                           @Schema(required = true, description = "By role, newest period first") List<DutyAssignmentView> items) {
    }

    @Schema(name = "Responsibility", description = "Who held each role of an organization on one day")
    public record Responsibility(@Schema(required = true) OrganizationRef organization,
                                 @Schema(required = true) LocalDate at,
                                 @Schema(required = true, description = "Every role, in ledger order") List<RoleHolders> roles) {
    }

    @Schema(name = "RoleHolders")
    public record RoleHolders(
            @Schema(required = true) DutyRole role,
            @Schema(required = true, description = "For MEMBER_DUAL_DUTY also the holders of ancestor organizations whose "
                    + "scope covers this organization (their `organization` is the ancestor)") List<DutyAssignmentView> holders) {
    }

    @Schema(name = "HandoverResult")
    public record Handover(@Schema(required = true, description = "The assignments ended the day before") List<DutyAssignmentView> ended,
                           @Schema(required = true) DutyAssignmentView started) {
    }

    @Schema(name = "MyDuties", description = "The caller's duties held today")
    public record MyDuties(@Schema(description = "Null when the login is not linked to a person") DutyAssignmentView.Holder person,
                           @Schema(required = true) LocalDate at,
                           @Schema(required = true) List<DutyAssignmentView> assignments,
                           @Schema(required = true, description = "Channels the caller administers") List<DutyAssignmentView.ChannelRef> channels,
                           @Schema(required = true, description = "Organizations supervised under 一岗双责") List<OrganizationRef> scopes) {
    }

    @Schema(name = "DutyCandidate", description = "Whether the person would hold a duty of the organization without "
            + "the matrix flagging a vacancy")
    public record Candidate(@Schema(required = true) long organizationId,
                            @Schema(required = true) DutyAssignmentView.Holder person,
                            @Schema(required = true, description = "A membership in the organization, above or below it "
                                    + "(the organization's line)") boolean inLine,
                            @Schema(description = "The vacancy the matrix would show with this holder: HOLDER_INACTIVE, "
                                    + "HOLDER_NOT_MEMBER, or null") String vacancy) {
    }

    @Schema(name = "DutySettingsView")
    public record Settings(@Schema(required = true) long organizationId,
                           @Schema(required = true) boolean allowMultipleDirectResponsible) {
    }
}
