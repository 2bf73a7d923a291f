package org.dutyledger.organization;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "Organization")
public record OrganizationView(
        @Schema(required = true) long id,
        @Schema(required = true, description = "Stable external key (OA sync, imports)") String code,
        @Schema(required = true) String name,
        String shortName,
        @Schema(required = true) OrganizationType type,
        Long parentId,
        @Schema(required = true) int sortOrder,
        @Schema(required = true) boolean active,
        Instant dissolvedAt,
        @Schema(required = true, description = "0 for a root") int depth,
        @Schema(required = true, description = "Number of active children") long childCount,
        @Schema(required = true, description = "Ancestors from the root down to the parent") List<OrganizationRef> path,
        @Schema(required = true) long version,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {
}
