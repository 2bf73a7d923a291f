package org.dutyledger.inspection.rectification.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.dutyledger.common.Params;
import org.dutyledger.inspection.rectification.Finding;
import org.dutyledger.inspection.rectification.FindingService;
import org.dutyledger.inspection.rectification.FindingSource;
import org.dutyledger.inspection.rectification.RectificationQueries;
import org.dutyledger.inspection.rectification.RectificationRequests;
import org.dutyledger.inspection.rectification.RectificationViews;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

@Path("/api/v1/findings")
@Authenticated
@Tag(name = "Inspections")
@Produces(MediaType.APPLICATION_JSON)
public class FindingResource {

    @Inject
    FindingService service;

    @Inject
    RectificationQueries queries;

    @Inject
    OrganizationService organizations;

    @GET
    @Operation(summary = "Findings of organizations the caller may read, newest first")
    public RectificationViews.FindingPage list(@QueryParam("targetOrganizationId") String targetOrganizationId,
                                               @QueryParam("raisingOrganizationId") String raisingOrganizationId,
                                               @Parameter(description = "Targets in this organization's subtree") @QueryParam("under") String under,
                                               @Parameter(schema = @Schema(implementation = FindingSource.class)) @QueryParam("source") String source,
                                               @QueryParam("inspectionId") String inspectionId,
                                               @Parameter(description = "0-based page, default 0") @QueryParam("page") String page,
                                               @Parameter(description = "1 to 500, default 50") @QueryParam("size") String size) {
        Organization target = org("targetOrganizationId", targetOrganizationId);
        Organization raising = org("raisingOrganizationId", raisingOrganizationId);
        Organization subtree = org("under", under);
        FindingSource s = Params.optEnum("source", source, FindingSource.class);
        Long inspection = Params.optLong("inspectionId", inspectionId);
        int p = Params.intInRange("page", page, 0, 0, 1_000_000);
        int n = Params.intInRange("size", size, 50, 1, 500);
        return queries.findings(target, raising, subtree, s, inspection, p, n);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Raise a finding: staff of an organization above the target, or of the target itself for SELF_CHECK")
    @APIResponse(responseCode = "201", description = "Raised",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RectificationViews.FindingView.class)))
    public Response raise(@Valid @NotNull RectificationRequests.RaiseFinding request) {
        Finding f = service.raise(request);
        return Response.created(URI.create("/api/v1/findings/" + f.id)).entity(queries.view(f)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One finding")
    public RectificationViews.FindingView get(@PathParam("id") String id) {
        return queries.view(service.get(Params.id("id", id)));
    }

    private Organization org(String name, String raw) {
        Long id = Params.optLong(name, raw);
        return id == null ? null : organizations.get(id);
    }
}
