package org.dutyledger.common;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;

/**
 * How an attachment crosses HTTP, the same for every capability that keeps files (fulfilment evidence, work reports,
 * major-matter follow-ups): the multipart field `file` in, the stored bytes out as a download. The checks of the
 * content itself are {@link FileChecks}'; the capability stores and authorizes.
 */
public final class AttachmentTransfer {

    private AttachmentTransfer() {
    }

    /** An attachment as stored: what a download sends. */
    public record StoredFile(String fileName, String mediaType, byte[] content, String sha256) {

        /** From a row selected as (file_name, media_type, content, sha256). */
        public static StoredFile of(Object[] row) {
            return new StoredFile((String) row[0], (String) row[1], (byte[]) row[2], (String) row[3]);
        }
    }

    /** The bytes of the multipart field `file`; 422 naming `file` when the request carries none. */
    public static byte[] bytesOf(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalid("file", FieldCode.NO_MULTIPART_FILE);
        }
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 201 with the stored attachment's view and its address. */
    public static Response created(String location, Object attachment) {
        return Response.created(URI.create(location)).type(MediaType.APPLICATION_JSON).entity(attachment).build();
    }

    /** Always a download, never rendered inline: the browser must not interpret what was uploaded. */
    public static Response download(StoredFile file) {
        return Response.ok(file.content()).type(file.mediaType())
                .header("Content-Disposition", Downloads.attachment(file.fileName(), file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("ETag", "\"" + file.sha256().trim() + "\"").build();
    }
}
