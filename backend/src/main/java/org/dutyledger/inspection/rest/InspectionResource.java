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
import org.dutyledger.common.VersionedAction;
import org.dutyledger.common.Xlsx;
import org.dutyledger.inspection.Inspection;
import org.dutyledger.inspection.InspectionAccess;
import org.dutyledger.inspection.InspectionCorrections;
import org.dutyledger.inspection.InspectionExport;
import org.dutyledger.inspection.InspectionQueries;
import org.dutyledger.inspection.InspectionRequests;
import org.dutyledger.inspection.InspectionScoring;
import org.dutyledger.inspection.InspectionService;
import org.dutyledger.inspection.InspectionStatus;
import org.dutyledger.inspection.InspectionViews;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

@Path("/api/v1/inspections")
@Authenticated
@Tag(name = "Inspections")
@Produces(MediaType.APPLICATION_JSON)
public class InspectionResource {

    @Inject
    InspectionService service;

    @Inject
    InspectionQueries queries;

    @Inject
    InspectionScoring scoring;

    @Inject
    InspectionExport export;

    @Inject
    InspectionAccess access;

    @Inject
    InspectionCorrections corrections;

    @GET
    @Operation(summary = "Inspections the caller runs, is on the team of, or is a target of; latest first")
    public InspectionViews.Page list(@Parameter(description = "The inspecting organization") @QueryParam("organizationId") String organizationId,
                                     @Parameter(schema = @Schema(implementation = InspectionStatus.class)) @QueryParam("status") String status,
                                     @Parameter(description = "2026, 2026-H1, 2026-Q3 or 2026-07") @QueryParam("period") String period,
                                     @Parameter(description = "0-based page, default 0") @QueryParam("page") String page,
                                     @Parameter(description = "1 to 500, default 50") @QueryParam("size") String size) {
        return queries.list(Params.optLong("organizationId", organizationId), Params.optEnum("status", status, InspectionStatus.class),
                period == null || period.isEmpty() ? null : period, Params.intInRange("page", page, 0, 0, 1_000_000),
                Params.intInRange("size", size, 50, 1, 500));
    }

    @GET
    @Path("/draw")
    @Operation(summary = "Re-run a random draw: candidates ordered by SHA-256(seed + \":\" + id) in hex, the first count drawn")
    public InspectionViews.DrawResult draw(@Parameter(description = "Comma-separated organization ids") @QueryParam("candidateIds") String candidateIds,
                                           @QueryParam("count") String count, @QueryParam("seed") String seed) {
        return InspectionQueries.draw(candidateIds, count, seed);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan an inspection over targets in the inspecting organization's subtree (RANDOM: drawn) → PLANNED")
    @APIResponse(responseCode = "201", description = "Planned",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InspectionViews.View.class)))
    public Response create(@Valid @NotNull InspectionRequests.Create request) {
        Inspection i = service.create(request);
        return Response.created(URI.create("/api/v1/inspections/" + i.id)).entity(queries.view(i)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One inspection with its team, targets and draw")
    public InspectionViews.View get(@PathParam("id") String id) {
        return queries.view(access.visible(Params.id("id", id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change title, dates, team and targets while PLANNED")
    public InspectionViews.View update(@PathParam("id") String id, @Valid @NotNull InspectionRequests.Update request) {
        return queries.view(service.update(Params.id("id", id), request));
    }

    @POST
    @Path("/{id}/start")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "PLANNED → IN_PROGRESS; the team is told")
    public InspectionViews.View start(@PathParam("id") String id, @Valid @NotNull VersionedAction request) {
        return queries.view(service.start(Params.id("id", id), request.version()));
    }

    @POST
    @Path("/{id}/scoring")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "IN_PROGRESS → SCORING")
    public InspectionViews.View scoring(@PathParam("id") String id, @Valid @NotNull VersionedAction request) {
        return queries.view(service.scoring(Params.id("id", id), request.version()));
    }

    @POST
    @Path("/{id}/conclude")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "SCORING → CONCLUDED (locked): fulfils the INSPECTION obligation; the targets' 第一责任人 are told")
    public InspectionViews.View conclude(@PathParam("id") String id, @Valid @NotNull VersionedAction request) {
        return queries.view(service.conclude(Params.id("id", id), request.version()));
    }

    @POST
    @Path("/{id}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a target's sheet of a CONCLUDED inspection with a reason (inspecting staff): a new revision,"
            + " the earlier ones kept; results follow")
    public InspectionViews.ScoreSheet correct(@PathParam("id") String id, @Valid @NotNull InspectionRequests.Correction request) {
        return corrections.correct(Params.id("id", id), request);
    }

    @GET
    @Path("/{id}/targets/{orgId}/scores")
    @Operation(summary = "A target's score sheet: items, points, total, grade (a target reads its own after conclusion)")
    public InspectionViews.ScoreSheet scores(@PathParam("id") String id, @PathParam("orgId") String orgId) {
        return scoring.sheet(Params.id("id", id), Params.id("orgId", orgId));
    }

    @PUT
    @Path("/{id}/targets/{orgId}/scores")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Score items of a target (team or inspecting staff; IN_PROGRESS or SCORING); the sheet's version")
    public InspectionViews.ScoreSheet score(@PathParam("id") String id, @PathParam("orgId") String orgId,
                                            @Valid @NotNull InspectionRequests.Scores request) {
        return scoring.score(Params.id("id", id), Params.id("orgId", orgId), request);
    }

    @GET
    @Path("/{id}/targets/{orgId}/record")
    @Operation(summary = "The target's own record for the period, to score beside the items (inspecting side)")
    public InspectionViews.Record record(@PathParam("id") String id, @PathParam("orgId") String orgId) {
        return queries.record(Params.id("id", id), Params.id("orgId", orgId));
    }

    @GET
    @Path("/{id}/results")
    @Operation(summary = "Totals, grades and ranking (a target: its own row, after conclusion)")
    public InspectionViews.Results results(@PathParam("id") String id) {
        return scoring.results(Params.id("id", id));
    }

    @GET
    @Path("/{id}/results/export")
    @Produces(Xlsx.MEDIA_TYPE)
    @Operation(summary = "The results as an Excel file (Chinese headers, one column per item)")
    @APIResponse(responseCode = "200", description = "The xlsx file",
            content = @Content(mediaType = Xlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportResults(@PathParam("id") String id) {
        return export.results(Params.id("id", id));
    }
}
