package org.dutyledger.channel;

import java.time.LocalDate;

/** Fired inside the closing transaction, so the channel's administrators can be ended with it. */
public record ChannelClosed(long channelId, long organizationId, LocalDate closedOn, String reason) {
}
