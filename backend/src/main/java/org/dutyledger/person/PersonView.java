package org.dutyledger.person;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "Person")
public record PersonView(
        @Schema(required = true) long id,
        @Schema(required = true) String name,
        @Schema(description = "Title or post (职务)") String post,
        String phone,
        String email,
        @Schema(description = "User id in the OA system") String externalId,
        @Schema(description = "Login name at the identity provider") String username,
        @Schema(description = "Identity-provider subject, pinned at the first login; shown to administrators only") String subject,
        @Schema(required = true) boolean active,
        @Schema(required = true, description = "Primary first; only those in organizations the caller may see") List<MembershipView> memberships,
        @Schema(required = true, description = "How many further memberships lie outside the caller's scope (not shown)")
        int hiddenMemberships,
        @Schema(required = true) long version,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {
}
