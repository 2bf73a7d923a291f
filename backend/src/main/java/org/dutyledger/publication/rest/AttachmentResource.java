package org.dutyledger.publication.rest;

import org.dutyledger.common.FieldCode;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.dutyledger.common.ProblemException;
import org.dutyledger.publication.Publication;
import org.dutyledger.publication.PublicationQueries;
import org.dutyledger.publication.PublicationService;
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
import java.nio.file.Files;
import java.util.List;
import org.dutyledger.publication.PublicationViews;

@Path("/api/v1/publications/{id}/attachments")
@Authenticated
@Tag(name = "Publications")
public class AttachmentResource {

    @Inject
    PublicationService service;

    @Inject
    PublicationQueries queries;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The item's current attachments")
    public List<PublicationViews.Attachment> list(@PathParam("id") String id) {
        return queries.attachments(service.get(Params.id("id", id)).id);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload an attachment (form field `file`, optional `version`); its type is read from the content; a new revision")
    @APIResponse(responseCode = "201", description = "The item with the attachment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicationViews.Detail.class)))
    public Response upload(@PathParam("id") String id, @RestForm("file") FileUpload file, @RestForm("version") String version) {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalid("file", FieldCode.REQUIRED);
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Publication p = service.addAttachment(Params.id("id", id), version == null || version.isBlank() ? null
                : (long) Params.intInRange("version", version, 0, 0, Integer.MAX_VALUE), file.fileName(), file.contentType(), content);
        long newest = queries.attachments(p.id).stream().mapToLong(PublicationViews.Attachment::id).max().orElseThrow();
        return Response.created(java.net.URI.create("/api/v1/publications/" + p.id + "/attachments/" + newest))
                .type(MediaType.APPLICATION_JSON).entity(queries.detail(p)).build();
    }

    @GET
    @Path("/{attachmentId}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Download an attachment (also one that an older revision had)")
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("id") String id, @PathParam("attachmentId") String attachmentId) {
        Publication p = service.get(Params.id("id", id));
        return AttachmentTransfer.download(queries.attachmentContent(p.id, Params.id("attachmentId", attachmentId)));
    }

    @DELETE
    @Path("/{attachmentId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Remove an attachment from the item (a new revision; the file stays for the older ones)")
    public PublicationViews.Detail remove(@PathParam("id") String id, @PathParam("attachmentId") String attachmentId,
                                          @QueryParam("version") String version) {
        Long v = version == null || version.isBlank() ? null : (long) Params.intInRange("version", version, 0, 0, Integer.MAX_VALUE);
        return queries.detail(service.removeAttachment(Params.id("id", id), Params.id("attachmentId", attachmentId), v));
    }
}
