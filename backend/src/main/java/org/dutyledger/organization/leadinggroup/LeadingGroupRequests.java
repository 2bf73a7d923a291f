package org.dutyledger.organization.leadinggroup;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

public final class LeadingGroupRequests {

    private LeadingGroupRequests() {
    }

    @Schema(name = "LeadingGroupMemberEntry")
    public record MemberEntry(
            @NotNull @Positive @Schema(required = true) Long personId,
            @NotNull @Schema(required = true) LeadingGroupPosition position,
            @Size(max = 300) @Schema(description = "Post shown next to the name, e.g. 党工委副书记、街道办主任") String postText,
            @Min(-1_000_000) @Max(1_000_000) @Schema(description = "Defaults to the position in the list") Integer sortOrder) {
    }

    @Schema(name = "ReplaceLeadingGroup", description = "Replaces the whole group")
    public record Replace(
            @Schema(description = "The current version; null only while the group is not configured yet") Long version,
            @NotBlank @Size(max = 200) @Schema(required = true, description = "e.g. 网络意识形态工作领导小组") String name,
            @Positive @Schema(description = "Organization in the subtree hosting the office") Long officeDepartmentId,
            @Positive @Schema(description = "Person directing the office") Long officeDirectorId,
            @NotNull @Valid @Size(max = 200) @Schema(required = true) List<@NotNull MemberEntry> members) {
    }
}
