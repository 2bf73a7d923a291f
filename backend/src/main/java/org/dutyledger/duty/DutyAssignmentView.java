package org.dutyledger.duty;

import org.dutyledger.channel.ChannelStatus;
import org.dutyledger.channel.ChannelType;
import org.dutyledger.organization.OrganizationRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "DutyAssignment")
public record DutyAssignmentView(
        @Schema(required = true) long id,
        @Schema(required = true) DutyRole role,
        @Schema(required = true) Holder person,
        @Schema(required = true) OrganizationRef organization,
        @Schema(required = true) LocalDate validFrom,
        @Schema(description = "Last day held, inclusive; null while held") LocalDate validTo,
        DutyRequests.Basis basis,
        @Schema(required = true, description = "MEMBER_DUAL_DUTY: the supervised organizations") List<OrganizationRef> scope,
        @Schema(description = "CHANNEL_ADMIN: the channel") ChannelRef channel,
        @Schema(description = "Why it ended (null while held); the web app words it in the reader's language")
        DutyEndReason endReasonCode,
        @Schema(description = "HANDED_OVER: who took over, from when") Successor successor,
        @Schema(description = "The words of whoever ended it (ENDED, CHANNEL_CLOSED); for entries ended before "
                + "endReasonCode existed, the text the server stored then") String endReason,
        @Schema(description = "Reason of the latest correction, if the entry was corrected") String correctionReason,
        Instant correctedAt,
        @Schema(required = true) long version,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {

    @Schema(name = "DutyHolder")
    public record Holder(@Schema(required = true) long id, @Schema(required = true) String name,
                         @Schema(required = true) boolean active) {
    }

    @Schema(name = "DutySuccessor", description = "The assignment that took over a handed-over duty")
    public record Successor(@Schema(required = true) long assignmentId, @Schema(required = true) Holder person,
                            @Schema(required = true) LocalDate validFrom) {
    }

    @Schema(name = "ChannelRef")
    public record ChannelRef(@Schema(required = true) long id, @Schema(required = true) String name,
                             @Schema(required = true) ChannelType type, @Schema(required = true) ChannelStatus status) {
    }
}
