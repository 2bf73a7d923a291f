package org.dutyledger.channel;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ChannelPage")
public record ChannelPage(@Schema(required = true) List<ChannelView> items,
                          @Schema(required = true) long total,
                          @Schema(required = true) int page,
                          @Schema(required = true) int size) {
}
