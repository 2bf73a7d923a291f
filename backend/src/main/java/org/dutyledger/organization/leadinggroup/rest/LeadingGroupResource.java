package org.dutyledger.organization.leadinggroup.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.dutyledger.common.Params;
import org.dutyledger.organization.leadinggroup.LeadingGroupService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.dutyledger.organization.leadinggroup.LeadingGroupRequests;
import org.dutyledger.organization.leadinggroup.LeadingGroupView;

@Path("/api/v1/organizations/{id}/leading-group")
@Authenticated
@Tag(name = "Leading groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LeadingGroupResource {

    @Inject
    LeadingGroupService service;

    @GET
    @Operation(summary = "The organization's leading group (configured=false until first saved)")
    public LeadingGroupView get(@PathParam("id") String id) {
        return service.get(Params.id("id", id));
    }

    @PUT
    @Operation(summary = "Replace the whole leading group (version null only while not configured)")
    public LeadingGroupView replace(@PathParam("id") String id, @Valid @NotNull LeadingGroupRequests.Replace request) {
        return service.replace(Params.id("id", id), request);
    }
}
