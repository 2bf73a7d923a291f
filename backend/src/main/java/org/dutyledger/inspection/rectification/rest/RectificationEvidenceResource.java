package org.dutyledger.inspection.rectification.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.dutyledger.common.AttachmentTransfer;
import org.dutyledger.common.Params;
import org.dutyledger.inspection.rectification.RectificationEvidence;
import org.dutyledger.inspection.rectification.RectificationViews;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Evidence of a progress update: upload and download, crossing HTTP through the shared common/AttachmentTransfer. */
@Path("/api/v1/rectifications/{id}/progress/{progressId}/attachments")
@Authenticated
@Tag(name = "Inspections")
public class RectificationEvidenceResource {

    @Inject
    RectificationEvidence evidence;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Attach evidence to a progress update (form field `file`): type read from the content, SHA-256, size limit")
    @APIResponse(responseCode = "201", description = "The attachment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RectificationViews.Attachment.class)))
    public Response upload(@PathParam("id") String id, @PathParam("progressId") String progressId, @RestForm("file") FileUpload file) {
        byte[] content = AttachmentTransfer.bytesOf(file);
        long rid = Params.id("id", id);
        long pid = Params.id("progressId", progressId);
        RectificationViews.Attachment a = evidence.add(rid, pid, file.fileName(), file.contentType(), content);
        return AttachmentTransfer.created("/api/v1/rectifications/" + rid + "/progress/" + pid + "/attachments/" + a.id(), a);
    }

    @GET
    @Path("/{attachmentId}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Download a progress update's evidence")
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("id") String id, @PathParam("progressId") String progressId,
                             @PathParam("attachmentId") String attachmentId) {
        return AttachmentTransfer.download(evidence.content(Params.id("id", id), Params.id("progressId", progressId),
                Params.id("attachmentId", attachmentId)));
    }
}
