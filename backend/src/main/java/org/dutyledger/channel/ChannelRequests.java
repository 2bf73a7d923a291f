package org.dutyledger.channel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.dutyledger.channel.ChannelStatus;
import org.dutyledger.channel.ChannelType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Request bodies of the channel register. */
public final class ChannelRequests {

    private ChannelRequests() {
    }

    @Schema(name = "CreateChannel")
    public record Create(
            @NotNull @Positive @Schema(required = true, description = "Owner organization") Long organizationId,
            @NotNull @Schema(required = true) ChannelType type,
            @NotBlank @Size(max = 200) @Schema(required = true, description = "e.g. 东湖发布") String name,
            @Size(max = 1000) String url,
            @Size(max = 200) @Schema(description = "Account id, e.g. of a WeChat official account") String accountId,
            @Schema(description = "PENDING_LAUNCH (default) or ACTIVE; CLOSED only through close") ChannelStatus status,
            @Schema(description = "Launch date; defaults to today for an ACTIVE channel") LocalDate launchedOn,
            @Size(max = 2000) String description) {
    }

    @Schema(name = "UpdateChannel", description = "Fields left out stay as they are; an empty string clears a text")
    public record Update(
            @NotNull @Schema(required = true, description = "The version the change is based on") Long version,
            ChannelType type,
            @Size(min = 1, max = 200) String name,
            @Size(max = 1000) String url,
            @Size(max = 200) String accountId,
            @Schema(description = "Only PENDING_LAUNCH → ACTIVE (the launch); closing has its own endpoint") ChannelStatus status,
            LocalDate launchedOn,
            @Size(max = 2000) String description) {
    }

    @Schema(name = "CloseChannel")
    public record Close(
            @NotNull @Schema(required = true) Long version,
            @NotNull @Schema(required = true, description = "First day the channel is out of service") LocalDate closedOn,
            @NotBlank @Size(max = 500) @Schema(required = true) String reason) {
    }
}
