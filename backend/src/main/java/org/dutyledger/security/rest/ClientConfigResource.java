package org.dutyledger.security.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the web app needs before login: where the identity provider is and which client it is. */
@Path("/api/v1/client-config")
@Tag(name = "Identity")
@Produces(MediaType.APPLICATION_JSON)
public class ClientConfigResource {

    @Schema(name = "ClientConfig")
    public record ClientConfig(@Schema(required = true, description = "OIDC issuer URL") String authority,
                               @Schema(required = true) String clientId) {
    }

    @ConfigProperty(name = "dutyledger.web.oidc-authority")
    String authority;

    @ConfigProperty(name = "dutyledger.web.client-id")
    String clientId;

    @GET
    @Operation(summary = "OIDC settings for the web app (no login needed)")
    public ClientConfig get() {
        return new ClientConfig(authority, clientId);
    }
}
