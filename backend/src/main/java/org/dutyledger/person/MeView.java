package org.dutyledger.person;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Set;

@Schema(name = "Me", description = "The caller: identity, global roles, linked person and the top organizations in scope")
public record MeView(
        String subject,
        @Schema(required = true) String username,
        String displayName,
        @Schema(required = true, description = "admin and/or auditor") Set<String> globalRoles,
        @Schema(description = "Null when the login is not linked to a person") PersonView person,
        @Schema(required = true, description = "The top organizations the caller may see; the tree UI starts from these")
        List<ScopeRoot> scope) {

    @Schema(name = "ScopeRoot")
    public record ScopeRoot(@Schema(required = true) long organizationId,
                            @Schema(required = true) String code,
                            @Schema(required = true) String name,
                            @Schema(required = true, enumeration = {"STAFF", "MEMBER", "ADMIN", "AUDITOR"}) String role) {
    }
}
