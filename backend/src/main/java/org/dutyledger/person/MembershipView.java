package org.dutyledger.person;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Membership")
public record MembershipView(@Schema(required = true) long organizationId,
                             @Schema(required = true) String organizationCode,
                             @Schema(required = true) String organizationName,
                             @Schema(required = true) MembershipRole role,
                             @Schema(required = true) boolean primary) {
}
