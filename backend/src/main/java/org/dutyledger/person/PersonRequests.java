package org.dutyledger.person;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.dutyledger.person.MembershipRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Request bodies of the people endpoints. Optional text fields accept "" to clear them (PATCH). */
public final class PersonRequests {

    // Each pattern also accepts "" (clears the field) and surrounding blanks (stripped).
    static final String PHONE = "\\s*([+]?[0-9][0-9 ()-]{2,38})?\\s*";
    static final String PHONE_MESSAGE = "not-a-phone";  // a FieldCode
    static final String EMAIL = "\\s*([^@\\s]+@[^@\\s]+\\.[^@\\s]+)?\\s*";
    static final String EMAIL_MESSAGE = "not-an-email";
    static final String USERNAME = "\\s*([A-Za-z0-9][A-Za-z0-9._@-]{0,99})?\\s*";
    static final String USERNAME_MESSAGE = "not-a-login-name";

    private PersonRequests() {
    }

    @Schema(name = "MembershipEntry")
    public record MembershipEntry(
            @NotNull @Positive @Schema(required = true) Long organizationId,
            @NotNull @Schema(required = true) MembershipRole role,
            @Schema(description = "Exactly one entry is primary when the list is not empty") Boolean primary) {

        public boolean isPrimary() {
            return Boolean.TRUE.equals(primary);
        }
    }

    @Schema(name = "CreatePerson")
    public record Create(
            @NotBlank @Size(max = 100) @Schema(required = true) String name,
            @Size(max = 200) @Schema(description = "Title or post (职务)") String post,
            @Size(max = 40) @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone,
            @Size(max = 200) @Pattern(regexp = EMAIL, message = EMAIL_MESSAGE) String email,
            @Size(max = 100) @Schema(description = "User id in the OA system; unique when present") String externalId,
            @Size(max = 100) @Pattern(regexp = USERNAME, message = USERNAME_MESSAGE)
            @Schema(description = "Login name at the identity provider; unique") String username,
            Boolean active,
            @Valid @Size(max = 50) @Schema(description = "Required (with STAFF rights over each) unless the caller is admin")
            List<@NotNull MembershipEntry> memberships) {
    }

    @Schema(name = "UpdatePerson", description = "Fields left out stay as they are; \"\" clears an optional text field")
    public record Update(
            @NotNull @Schema(required = true, description = "The version the change is based on") Long version,
            @Size(max = 100) String name,
            @Size(max = 200) String post,
            @Size(max = 40) @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone,
            @Size(max = 200) @Pattern(regexp = EMAIL, message = EMAIL_MESSAGE) String email,
            @Size(max = 100) String externalId,
            @Size(max = 100) @Pattern(regexp = USERNAME, message = USERNAME_MESSAGE) String username,
            Boolean active) {
    }

    @Schema(name = "ReplaceMemberships")
    public record ReplaceMemberships(
            @NotNull @Schema(required = true, description = "The person's version the change is based on") Long version,
            @NotNull @Valid @Size(max = 50) @Schema(required = true) List<@NotNull MembershipEntry> memberships) {
    }

    @Schema(name = "UnlinkIdentity")
    public record UnlinkIdentity(
            @NotNull @Schema(required = true, description = "The person's version the change is based on") Long version,
            @Schema(description = "Keep the login name (default false): the account of that name links again at its next login")
            Boolean keepUsername) {
    }
}
