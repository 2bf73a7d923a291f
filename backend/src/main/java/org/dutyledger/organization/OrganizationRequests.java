package org.dutyledger.organization;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.dutyledger.organization.OrganizationType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the organization endpoints. */
public final class OrganizationRequests {

    public static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    static final String CODE_MESSAGE = "bad-code";  // a FieldCode

    private OrganizationRequests() {
    }

    @Schema(name = "CreateOrganization")
    public record Create(
            @NotBlank @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE) @Schema(required = true) String code,
            @NotBlank @Size(max = 200) @Schema(required = true) String name,
            @Size(max = 100) String shortName,
            @NotNull @Schema(required = true) OrganizationType type,
            @Positive Long parentId,
            @Min(-1_000_000) @Max(1_000_000) Integer sortOrder) {
    }

    @Schema(name = "UpdateOrganization", description = "Fields left out stay as they are")
    public record Update(
            @NotNull @Schema(required = true, description = "The version the change is based on") Long version,
            @Size(min = 1, max = 200) String name,
            @Size(max = 100) @Schema(description = "Empty string clears it") String shortName,
            OrganizationType type,
            @Min(-1_000_000) @Max(1_000_000) Integer sortOrder) {
    }

    @Schema(name = "MoveOrganization")
    public record Move(@NotNull @Schema(required = true) Long version,
                       @NotNull @Positive @Schema(required = true) Long newParentId) {
    }


    @Schema(name = "RecodeOrganization")
    public record Recode(@NotNull @Schema(required = true) Long version,
                         @NotBlank @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE) @Schema(required = true) String newCode,
                         @NotBlank @Size(max = 500) @Schema(required = true) String reason) {
    }

    @Schema(name = "UpsertOrganization", description = "Idempotent create-or-update keyed by the code in the path")
    public record Upsert(
            @NotBlank @Size(max = 200) @Schema(required = true) String name,
            @Size(max = 100) String shortName,
            @NotNull @Schema(required = true) OrganizationType type,
            @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE) @Schema(description = "Code of the parent; none for a root") String parentCode,
            @Min(-1_000_000) @Max(1_000_000) Integer sortOrder) {
    }
}
