package org.dutyledger.inspection.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.dutyledger.common.Params;
import org.dutyledger.inspection.ScoringTemplate;
import org.dutyledger.inspection.ScoringTemplateRequests;
import org.dutyledger.inspection.ScoringTemplateService;
import org.dutyledger.inspection.ScoringTemplateViews;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

@Path("/api/v1/scoring-templates")
@Authenticated
@Tag(name = "Inspections")
@Produces(MediaType.APPLICATION_JSON)
public class ScoringTemplateResource {

    @Inject
    ScoringTemplateService service;

    @GET
    @Operation(summary = "Scoring templates of the caller's organizations and of the levels above them")
    public ScoringTemplateViews.Page list(@Parameter(description = "Of this organization") @QueryParam("organizationId") String organizationId,
                                         @Parameter(description = "0-based page, default 0") @QueryParam("page") String page,
                                         @Parameter(description = "1 to 500, default 50") @QueryParam("size") String size) {
        return service.list(Params.optLong("organizationId", organizationId), Params.intInRange("page", page, 0, 0, 1_000_000),
                Params.intInRange("size", size, 50, 1, 500));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a scoring template (revision 1)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoringTemplateViews.Template.class)))
    public Response create(@Valid @NotNull ScoringTemplateRequests.Create request) {
        ScoringTemplate t = service.create(request);
        return Response.created(URI.create("/api/v1/scoring-templates/" + t.id)).entity(service.view(t)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One scoring template")
    public ScoringTemplateViews.Template get(@PathParam("id") String id) {
        return service.view(service.get(Params.id("id", id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a template no inspection uses yet (a frozen one: 409 template-frozen)")
    public ScoringTemplateViews.Template update(@PathParam("id") String id, @Valid @NotNull ScoringTemplateRequests.Update request) {
        return service.view(service.update(Params.id("id", id), request));
    }

    @POST
    @Path("/{id}/revise")
    @Operation(summary = "A new template copied from this one: revision + 1, not frozen")
    @APIResponse(responseCode = "201", description = "The new revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoringTemplateViews.Template.class)))
    public Response revise(@PathParam("id") String id) {
        ScoringTemplate t = service.revise(Params.id("id", id));
        return Response.created(URI.create("/api/v1/scoring-templates/" + t.id)).entity(service.view(t)).build();
    }
}
