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
import org.dutyledger.common.Today;
import org.dutyledger.common.VersionedAction;
import org.dutyledger.common.Xlsx;
import org.dutyledger.inspection.rectification.FindingSource;
import org.dutyledger.inspection.rectification.Rectification;
import org.dutyledger.inspection.rectification.RectificationQueries;
import org.dutyledger.inspection.rectification.RectificationRequests;
import org.dutyledger.inspection.rectification.RectificationService;
import org.dutyledger.inspection.rectification.RectificationStatus;
import org.dutyledger.inspection.rectification.RectificationViews;
import org.dutyledger.organization.OrganizationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

@Path("/api/v1/rectifications")
@Authenticated
@Tag(name = "Inspections")
@Produces(MediaType.APPLICATION_JSON)
public class RectificationResource {

    /** The most rows one export carries. */
    static final int EXPORT_LIMIT = 50_000;

    @Inject
    RectificationService service;

    @Inject
    RectificationQueries queries;

    @Inject
    OrganizationService organizations;

    @GET
    @Operation(summary = "The 整改台账: rectifications of organizations the caller may read, soonest due first")
    public RectificationViews.RectificationPage list(
            @Parameter(description = "Targets in this organization's subtree") @QueryParam("under") String under,
            @Parameter(schema = @Schema(implementation = RectificationStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "true: only overdue; false: only not overdue") @QueryParam("overdue") String overdue,
            @Parameter(schema = @Schema(implementation = FindingSource.class)) @QueryParam("source") String source,
            @Parameter(description = "0-based page, default 0") @QueryParam("page") String page,
            @Parameter(description = "1 to 500, default 50") @QueryParam("size") String size) {
        RectificationQueries.Filter filter = filter(under, status, overdue, source);
        int p = Params.intInRange("page", page, 0, 0, 1_000_000);
        int n = Params.intInRange("size", size, 50, 1, 500);
        return queries.list(filter, p, n);
    }

    @GET
    @Path("/export")
    @Produces(Xlsx.MEDIA_TYPE)
    @Operation(summary = "The 整改台账 as xlsx (问题, 整改措施, 责任人, 整改时限, 进展, 完成情况), same filters as the list")
    @APIResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = Xlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@QueryParam("under") String under, @QueryParam("status") String status,
                           @QueryParam("overdue") String overdue, @QueryParam("source") String source) {
        List<List<String>> rows = queries.ledgerRows(filter(under, status, overdue, source), EXPORT_LIMIT);
        return Xlsx.download("整改台账-" + Today.date() + ".xlsx", "整改台账",
                List.of("问题", "整改措施", "责任人", "整改时限", "进展", "完成情况"), rows);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The rectification of a finding: measures, the target's holder of the role today as responsible person, a deadline or long-term with check dates (→ OPEN)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RectificationViews.RectificationView.class)))
    public Response create(@Valid @NotNull RectificationRequests.Create request) {
        Rectification r = service.create(request);
        return Response.created(URI.create("/api/v1/rectifications/" + r.id)).entity(queries.view(r)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One rectification with its finding, progress, evidence, extension requests and escalations")
    public RectificationViews.RectificationView get(@PathParam("id") String id) {
        return queries.view(service.get(Params.id("id", id)));
    }

    @POST
    @Path("/{id}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A progress update from the responsible person or the target's staff (OPEN or a rejected one → IN_PROGRESS)")
    @APIResponse(responseCode = "201", description = "The rectification with the new update last",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RectificationViews.RectificationView.class)))
    public Response progress(@PathParam("id") String id, @Valid @NotNull RectificationRequests.Progress request) {
        long rid = Params.id("id", id);
        long progressId = service.progress(rid, request);
        return Response.created(URI.create("/api/v1/rectifications/" + rid + "/progress/" + progressId))
                .entity(queries.view(service.get(rid))).build();
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit for verification (IN_PROGRESS → SUBMITTED)")
    public RectificationViews.RectificationView submit(@PathParam("id") String id, @Valid @NotNull VersionedAction request) {
        return queries.view(service.submit(Params.id("id", id), request));
    }

    @POST
    @Path("/{id}/verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Staff of the raising organization verify (SUBMITTED → VERIFIED, or MONITORING when long-term); never the responsible person or the submitter: 403 self-verification")
    public RectificationViews.RectificationView verify(@PathParam("id") String id, @Valid @NotNull VersionedAction request) {
        return queries.view(service.verify(Params.id("id", id), request));
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Staff of the raising organization send it back with a comment (SUBMITTED → IN_PROGRESS)")
    public RectificationViews.RectificationView reject(@PathParam("id") String id, @Valid @NotNull RectificationRequests.Reject request) {
        return queries.view(service.reject(Params.id("id", id), request));
    }

    @POST
    @Path("/{id}/extensions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask the raising organization for a later due day (one request waits at a time)")
    @APIResponse(responseCode = "201", description = "The rectification with the request last",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RectificationViews.RectificationView.class)))
    public Response requestExtension(@PathParam("id") String id, @Valid @NotNull RectificationRequests.Extension request) {
        long rid = Params.id("id", id);
        long extensionId = service.requestExtension(rid, request);
        return Response.created(URI.create("/api/v1/rectifications/" + rid + "/extensions/" + extensionId))
                .entity(queries.view(service.get(rid))).build();
    }

    @POST
    @Path("/{id}/extensions/{extensionId}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The raising organization approves: the due day moves and the escalation ladder starts afresh")
    public RectificationViews.RectificationView approve(@PathParam("id") String id, @PathParam("extensionId") String extensionId,
                                                        @Valid @NotNull VersionedAction request) {
        return queries.view(service.decideExtension(Params.id("id", id), Params.id("extensionId", extensionId), request, true));
    }

    @POST
    @Path("/{id}/extensions/{extensionId}/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The raising organization refuses: the due day stays")
    public RectificationViews.RectificationView refuse(@PathParam("id") String id, @PathParam("extensionId") String extensionId,
                                                       @Valid @NotNull VersionedAction request) {
        return queries.view(service.decideExtension(Params.id("id", id), Params.id("extensionId", extensionId), request, false));
    }

    private RectificationQueries.Filter filter(String under, String status, String overdue, String source) {
        Long underId = Params.optLong("under", under);
        return new RectificationQueries.Filter(underId == null ? null : organizations.get(underId),
                Params.optEnum("status", status, RectificationStatus.class),
                overdue == null || overdue.isBlank() ? null : Params.bool("overdue", overdue, false),
                Params.optEnum("source", source, FindingSource.class));
    }
}
