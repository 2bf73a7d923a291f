package org.dutyledger.common;

import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks every uploaded file passes (publication attachments, fulfilment evidence): a size limit, the content's
 * magic bytes name its type and the file name's extension and the declared type must agree with it (a PNG renamed
 * .pdf, or a script called .jpg, is refused), an allowed type, and its SHA-256.
 */
public final class FileChecks {

    private FileChecks() {
    }

    public record Inspected(String mediaType, long size, String sha256) {
    }

    /** Images, office documents, audio and video: what publications and evidence carry. */
    public static final Set<String> ALLOWED = Set.of("image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp",
            "application/pdf", "text/plain", "text/csv",
            "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "video/mp4", "audio/mpeg");

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
    private static final MediaTypeRegistry REGISTRY = TYPES.getMediaTypeRegistry();

    public static Inspected inspect(String fileName, String declaredType, byte[] content, long max) {
        if (content.length > max) {
            throw ProblemException.withErrors(413, "attachment-too-large", "Attachment too large",
                    List.of(Problem.FieldError.of("file", FieldCode.TOO_LARGE, Map.of("max", max, "size", content.length))));
        }
        if (content.length == 0) {
            throw disguised(FieldCode.EMPTY_FILE, Map.of());
        }
        MediaType byContent = detect(content, null);
        // Only the extension speaks for the name: clients mangle other characters ('?' would read as a URL query).
        int dot = fileName.lastIndexOf('.');
        MediaType byName = dot < 0 ? MediaType.OCTET_STREAM : detect(null, "file" + fileName.substring(dot).toLowerCase());
        if (byName.equals(MediaType.OCTET_STREAM)) {
            throw disguised(FieldCode.NO_FILE_EXTENSION, Map.of("fileName", fileName));
        }
        if (!agrees(byName, byContent)) {
            throw disguised(FieldCode.CONTENT_MISMATCH,
                    Map.of("actual", byContent.toString(), "claimedBy", "the name", "claimed", byName.toString()));
        }
        if (declaredType != null && !declaredType.isBlank()) {
            MediaType declared = MediaType.parse(declaredType.strip());
            if (declared != null && !declared.getBaseType().equals(MediaType.OCTET_STREAM)
                    && !agrees(declared.getBaseType(), byContent)) {
                throw disguised(FieldCode.CONTENT_MISMATCH, Map.of("actual", byContent.toString(),
                        "claimedBy", "the declared type", "claimed", declared.getBaseType().toString()));
            }
        }
        String type = byName.getBaseType().toString();
        if (!ALLOWED.contains(type)) {
            throw ProblemException.withErrors(422, "attachment-type-not-allowed", "Attachment type not allowed",
                    List.of(Problem.FieldError.of("file", FieldCode.TYPE_NOT_ACCEPTED, Map.of("type", type))));
        }
        return new Inspected(type, content.length, sha256(content));
    }

    /** The name's type is the content's type or a kind of it (a .docx is a kind of zip). */
    private static boolean agrees(MediaType claimed, MediaType byContent) {
        MediaType c = claimed.getBaseType();
        MediaType b = byContent.getBaseType();
        return c.equals(b) || REGISTRY.isSpecializationOf(c, b);
    }

    private static MediaType detect(byte[] content, String fileName) {
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        Detector detector = TYPES;
        try (ByteArrayInputStream in = content == null ? null : new ByteArrayInputStream(content)) {
            return REGISTRY.normalize(detector.detect(in, metadata));
        } catch (IOException e) {
            throw new IllegalStateException("reading bytes in memory cannot fail", e);
        }
    }

    private static ProblemException disguised(FieldCode code, Map<String, ?> args) {
        return ProblemException.withErrors(422, "attachment-content-mismatch", "Attachment content does not match its type",
                List.of(Problem.FieldError.of("file", code, args)));
    }

    public static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
