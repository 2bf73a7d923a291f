package org.dutyledger.organization;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "OrganizationPage")
public record OrganizationPage(@Schema(required = true) List<OrganizationView> items,
                               @Schema(required = true) long total,
                               @Schema(required = true) int page,
                               @Schema(required = true) int size) {
}
