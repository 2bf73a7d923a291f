package org.dutyledger.channel;

import org.dutyledger.organization.OrganizationRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "Channel", description = "A publishing outlet of an organization (阵地)")
public record ChannelView(
        @Schema(required = true) long id,
        @Schema(required = true, description = "Owner organization") OrganizationRef organization,
        @Schema(required = true) ChannelType type,
        @Schema(required = true) String name,
        String url,
        String accountId,
        @Schema(required = true) ChannelStatus status,
        LocalDate launchedOn,
        LocalDate closedOn,
        String closeReason,
        String description,
        @Schema(required = true, description = "Current CHANNEL_ADMIN holders of this channel")
        List<Administrator> administrators,
        @Schema(required = true, description = "Items online now (status PUBLISHED)") long publishedCount,
        @Schema(required = true) long version,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {

    @Schema(name = "ChannelAdministrator")
    public record Administrator(@Schema(required = true) long assignmentId,
                                @Schema(required = true) long personId,
                                @Schema(required = true) String personName,
                                @Schema(required = true) LocalDate validFrom,
                                LocalDate validTo) {
    }
}
