package org.dutyledger.organization.leadinggroup;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "LeadingGroup")
public record LeadingGroupView(
        @Schema(required = true) long organizationId,
        @Schema(required = true, description = "False until the group is first saved") boolean configured,
        String name,
        Ref officeDepartment,
        Ref officeDirector,
        @Schema(required = true, description = "In sort order") List<Member> members,
        @Schema(description = "Null while not configured") Long version,
        Instant updatedAt) {

    @Schema(name = "LeadingGroupRef")
    public record Ref(@Schema(required = true) long id, @Schema(required = true) String name) {
    }

    @Schema(name = "LeadingGroupMember")
    public record Member(@Schema(required = true) long personId,
                         @Schema(required = true) String personName,
                         @Schema(required = true) LeadingGroupPosition position,
                         String postText,
                         @Schema(required = true) int sortOrder) {
    }

    public static LeadingGroupView notConfigured(long organizationId) {
        return new LeadingGroupView(organizationId, false, null, null, null, List.of(), null, null);
    }
}
