package org.dutyledger.report.major.rest;

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
import org.dutyledger.common.AttachmentTransfer;
import org.dutyledger.common.Params;
import org.dutyledger.common.VersionedAction;
import org.dutyledger.organization.OrganizationService;
import org.dutyledger.report.major.MajorMatter;
import org.dutyledger.report.major.MajorMatterQueries;
import org.dutyledger.report.major.MajorMatterRequests;
import org.dutyledger.report.major.MajorMatterService;
import org.dutyledger.report.major.MajorMatterStatus;
import org.dutyledger.report.major.MajorMatterViews;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URI;

@Path("/api/v1/major-matters")
@Authenticated
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
public class MajorMatterResource {

    @Inject
    MajorMatterService service;

    @Inject
    MajorMatterQueries queries;

    @Inject
    OrganizationService organizations;

    @GET
    @Operation(summary = "Major matters the caller may see, newest first")
    public MajorMatterViews.Page list(@Parameter(description = "Reported by or sent to this organization") @QueryParam("organizationId") String organizationId,
                                      @Parameter(schema = @Schema(implementation = MajorMatterStatus.class)) @QueryParam("status") String status,
                                      @Parameter(description = "0-based page, default 0") @QueryParam("page") String page,
                                      @Parameter(description = "1 to 500, default 50") @QueryParam("size") String size) {
        Long orgId = Params.optLong("organizationId", organizationId);
        MajorMatterStatus s = Params.optEnum("status", status, MajorMatterStatus.class);
        int p = Params.intInRange("page", page, 0, 0, 1_000_000);
        int n = Params.intInRange("size", size, 50, 1, 500);
        return queries.list(orgId == null ? null : organizations.get(orgId), s, p, n);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report a major matter of the organization's own work or channels to an organization above it")
    @APIResponse(responseCode = "201", description = "Reported",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MajorMatterViews.Matter.class)))
    public Response file(@Valid @NotNull MajorMatterRequests.File request) {
        MajorMatter m = service.file(request);
        return Response.created(URI.create("/api/v1/major-matters/" + m.id)).entity(queries.view(m)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One major matter with its thread and follow-ups")
    public MajorMatterViews.Matter get(@PathParam("id") String id) {
        return queries.view(service.get(Params.id("id", id)));
    }

    @POST
    @Path("/{id}/acknowledge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The current recipient acknowledges receipt (REPORTED → ACKNOWLEDGED)")
    public MajorMatterViews.Matter acknowledge(@PathParam("id") String id, @Valid @NotNull VersionedAction request) {
        return queries.view(service.acknowledge(Params.id("id", id), request));
    }

    @POST
    @Path("/{id}/follow-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A follow-up from the reporting or the receiving side (ACKNOWLEDGED or HANDLING → HANDLING)")
    @APIResponse(responseCode = "201", description = "The matter with the new follow-up last",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MajorMatterViews.Matter.class)))
    public Response followUp(@PathParam("id") String id, @Valid @NotNull MajorMatterRequests.FollowUp request) {
        long matterId = Params.id("id", id);
        long followUpId = service.followUp(matterId, request);
        return Response.created(URI.create("/api/v1/major-matters/" + matterId + "/follow-ups/" + followUpId))
                .entity(queries.view(service.get(matterId))).build();
    }

    @POST
    @Path("/{id}/follow-ups/{followUpId}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach a file to a follow-up (form field `file`): type read from the content, SHA-256, size limit")
    @APIResponse(responseCode = "201", description = "The attachment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MajorMatterViews.Attachment.class)))
    public Response upload(@PathParam("id") String id, @PathParam("followUpId") String followUpId, @RestForm("file") FileUpload file) {
        byte[] content = AttachmentTransfer.bytesOf(file);
        long matterId = Params.id("id", id);
        long fid = Params.id("followUpId", followUpId);
        MajorMatterViews.Attachment a = service.addAttachment(matterId, fid, file.fileName(), file.contentType(), content);
        return AttachmentTransfer.created("/api/v1/major-matters/" + matterId + "/follow-ups/" + fid + "/attachments/" + a.id(), a);
    }

    @GET
    @Path("/{id}/follow-ups/{followUpId}/attachments/{attachmentId}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Download a follow-up's attachment")
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("id") String id, @PathParam("followUpId") String followUpId,
                             @PathParam("attachmentId") String attachmentId) {
        MajorMatter m = service.get(Params.id("id", id));
        AttachmentTransfer.StoredFile file = queries.attachmentContent(m.id, Params.id("followUpId", followUpId), Params.id("attachmentId", attachmentId));
        return AttachmentTransfer.download(file);
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The current recipient closes the matter with a conclusion (ACKNOWLEDGED or HANDLING → CLOSED)")
    public MajorMatterViews.Matter close(@PathParam("id") String id, @Valid @NotNull MajorMatterRequests.Close request) {
        return queries.view(service.close(Params.id("id", id), request));
    }

    @POST
    @Path("/{id}/forward")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The current recipient forwards the matter to an organization above it; the thread stays one and the new recipient acknowledges")
    public MajorMatterViews.Matter forward(@PathParam("id") String id, @Valid @NotNull MajorMatterRequests.Forward request) {
        return queries.view(service.forward(Params.id("id", id), request));
    }
}
