package org.dutyledger.obligation.rest;

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
import org.dutyledger.obligation.FulfilmentQueries;
import org.dutyledger.obligation.FulfilmentRecord;
import org.dutyledger.obligation.FulfilmentService;
import org.dutyledger.obligation.ObligationRequests;
import org.dutyledger.obligation.ObligationViews;
import org.dutyledger.organization.OrganizationService;
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

@Path("/api/v1/fulfilments")
@Authenticated
@Tag(name = "Obligations")
@Produces(MediaType.APPLICATION_JSON)
public class FulfilmentResource {

    @Inject
    FulfilmentService service;

    @Inject
    FulfilmentQueries queries;

    @Inject
    OrganizationService organizations;

    @GET
    @Operation(summary = "Fulfilment records in the caller's scope, newest first")
    public ObligationViews.FulfilmentPage list(@QueryParam("organizationId") String organizationId,
                                               @Parameter(description = "YYYY-MM-DD, happened on or after") @QueryParam("from") String from,
                                               @Parameter(description = "YYYY-MM-DD, happened on or before") @QueryParam("to") String to,
                                               @Parameter(description = "0-based page, default 0") @QueryParam("page") String page,
                                               @Parameter(description = "1 to 500, default 50") @QueryParam("size") String size) {
        Long orgId = Params.optLong("organizationId", organizationId);
        java.time.LocalDate fromDay = Params.date("from", from);
        java.time.LocalDate toDay = Params.date("to", to);
        int p = Params.intInRange("page", page, 0, 0, 1_000_000);
        int n = Params.intInRange("size", size, 50, 1, 500);
        return queries.list(orgId == null ? null : organizations.get(orgId), fromDay, toDay, p, n);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record what the organization did, and which of its instances it counts toward")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObligationViews.Fulfilment.class)))
    public Response record(@Valid @NotNull ObligationRequests.Fulfilment request) {
        FulfilmentRecord r = service.record(request);
        return Response.created(URI.create("/api/v1/fulfilments/" + r.id)).entity(queries.view(r)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One fulfilment record with its evidence")
    public ObligationViews.Fulfilment get(@PathParam("id") String id) {
        return queries.view(service.get(Params.id("id", id)));
    }

    @POST
    @Path("/{id}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a record (reason required; the previous content is kept and the change audited)")
    public ObligationViews.Fulfilment correct(@PathParam("id") String id, @Valid @NotNull ObligationRequests.Correction request) {
        return queries.view(service.correct(Params.id("id", id), request));
    }

    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Add evidence (form field `file`): type read from the content, SHA-256, size limit")
    @APIResponse(responseCode = "201", description = "The attachment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObligationViews.Attachment.class)))
    public Response upload(@PathParam("id") String id, @RestForm("file") FileUpload file) {
        byte[] content = AttachmentTransfer.bytesOf(file);
        long recordId = Params.id("id", id);
        ObligationViews.Attachment a = service.addAttachment(recordId, file.fileName(), file.contentType(), content);
        return AttachmentTransfer.created("/api/v1/fulfilments/" + recordId + "/attachments/" + a.id(), a);
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Download evidence")
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("id") String id, @PathParam("attachmentId") String attachmentId) {
        FulfilmentRecord r = service.get(Params.id("id", id));
        AttachmentTransfer.StoredFile file = queries.attachmentContent(r.id, Params.id("attachmentId", attachmentId));
        return AttachmentTransfer.download(file);
    }
}
