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
import org.dutyledger.common.FieldCode;
import org.dutyledger.common.Params;
import org.dutyledger.common.ProblemException;
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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/** Evidence of a progress update: upload and download, in one place for the shared attachment helper to take over. */
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
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalid("file", FieldCode.NO_MULTIPART_FILE);
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long rid = Params.id("id", id);
        long pid = Params.id("progressId", progressId);
        RectificationViews.Attachment a = evidence.add(rid, pid, file.fileName(), file.contentType(), content);
        return Response.created(URI.create("/api/v1/rectifications/" + rid + "/progress/" + pid + "/attachments/" + a.id()))
                .type(MediaType.APPLICATION_JSON).entity(a).build();
    }

    @GET
    @Path("/{attachmentId}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Download a progress update's evidence")
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("id") String id, @PathParam("progressId") String progressId,
                             @PathParam("attachmentId") String attachmentId) {
        RectificationEvidence.Stored file = evidence.content(Params.id("id", id), Params.id("progressId", progressId),
                Params.id("attachmentId", attachmentId));
        String name = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        // Always a download, never rendered inline: the browser must not interpret what was uploaded.
        return Response.ok(file.content()).type(file.mediaType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + name)
                .header("X-Content-Type-Options", "nosniff")
                .header("ETag", "\"" + file.sha256() + "\"").build();
    }
}
