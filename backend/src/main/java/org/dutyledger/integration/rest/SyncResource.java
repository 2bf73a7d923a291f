package org.dutyledger.integration.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.dutyledger.common.Params;
import org.dutyledger.integration.DirectorySync;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import org.dutyledger.integration.SyncRequests;
import org.dutyledger.integration.SyncViews;

@Path("/api/v1/sync")
@Authenticated
@Tag(name = "Directory sync")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SyncResource {

    @Inject
    DirectorySync sync;

    @PUT
    @Path("/organizations")
    @Operation(summary = "Upsert organizations by code (realm role integration or admin); up to 5,000 per batch",
            description = "Each item in its own transaction; the answer lists one outcome per item in request order. "
                    + "mode=full&source=NAME also reports what that source had and the batch no longer contains.")
    public SyncViews.Result organizations(List<SyncRequests.Organization> batch,
                                          @QueryParam("mode") @Parameter(description = "incremental (default) or full") String mode,
                                          @QueryParam("source") @Parameter(description = "Name of the OA directory") String source,
                                          @QueryParam("deactivateMissing") @Parameter(description = "Full mode: dissolve/deactivate what is missing") String deactivateMissing) {
        return sync.organizations(batch, DirectorySync.Mode.parse(mode, source, Params.bool("deactivateMissing", deactivateMissing, false)));
    }

    @PUT
    @Path("/people")
    @Operation(summary = "Upsert people by externalId with their departments (realm role integration or admin)",
            description = "mainDepartment becomes the primary membership; leader=true becomes STAFF, otherwise MEMBER. "
                    + "In full mode with deactivateMissing=true, people of the source missing from the batch are deactivated.")
    public SyncViews.Result people(List<SyncRequests.Person> batch,
                                   @QueryParam("mode") @Parameter(description = "incremental (default) or full") String mode,
                                   @QueryParam("source") @Parameter(description = "Name of the OA directory") String source,
                                   @QueryParam("deactivateMissing") @Parameter(description = "Full mode: dissolve/deactivate what is missing") String deactivateMissing) {
        return sync.people(batch, DirectorySync.Mode.parse(mode, source, Params.bool("deactivateMissing", deactivateMissing, false)));
    }
}
