package org.dutyledger.accountability.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.dutyledger.accountability.AccountabilityFilers;
import org.dutyledger.accountability.AccountabilityRequests;
import org.dutyledger.accountability.AccountabilityViews;
import org.dutyledger.common.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

@Path("/api/v1/accountability-filers")
@Authenticated
@Tag(name = "Accountability")
@Produces(MediaType.APPLICATION_JSON)
public class AccountabilityFilerResource {

    @Inject
    AccountabilityFilers filers;

    @GET
    @Operation(summary = "Filing grants (授权立案): admins and auditors see all, filers those of their organizations and below")
    public List<AccountabilityViews.Filer> list(@QueryParam("organizationId") String organizationId) {
        return filers.list(Params.optLong("organizationId", organizationId));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Grant a member of an organization the right to file cases in its name (admin only)")
    @APIResponse(responseCode = "201", description = "Granted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountabilityViews.Filer.class)))
    public Response grant(@Valid @NotNull AccountabilityRequests.GrantFiler request) {
        AccountabilityViews.Filer f = filers.grant(request);
        return Response.created(URI.create("/api/v1/accountability-filers/" + f.id())).entity(f).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke a filing grant (admin only)")
    @APIResponse(responseCode = "204", description = "Revoked")
    public void revoke(@PathParam("id") String id) {
        filers.revoke(Params.id("id", id));
    }
}
