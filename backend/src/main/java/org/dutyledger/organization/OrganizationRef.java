package org.dutyledger.organization;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganizationRef")
public record OrganizationRef(@Schema(required = true) long id, @Schema(required = true) String code,
                              @Schema(required = true) String name) {
}
