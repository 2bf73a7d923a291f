package org.dutyledger.integration.imports.read;

import java.util.Map;
import org.dutyledger.common.FieldCode;
import org.dutyledger.common.ProblemException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What an upload is: the format from its content (an xlsx is a zip, JSON starts with '['), and for CSV
 * the encoding, declared or detected: UTF-8 when the bytes are valid UTF-8 (with or without BOM),
 * otherwise GB18030 (a superset of GBK and GB2312, what Chinese Excel writes).
 */
public final class Formats {

    public record Detected(String format, String encoding) {

        public Charset charset() {
            return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        }
    }

    private Formats() {
    }

    public static Detected detect(byte[] body, String contentType, String declaredEncoding) {
        if (body == null || body.length == 0) {
            throw ProblemException.badRequest("body", FieldCode.EMPTY_FILE);
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        boolean zip = body.length > 3 && body[0] == 'P' && body[1] == 'K' && body[2] == 3 && body[3] == 4;
        if (type.contains("spreadsheetml") || type.contains("excel")) {
            if (!zip) {
                throw ProblemException.badRequest("body", FieldCode.NOT_XLSX);
            }
            return new Detected("xlsx", null);
        }
        if (zip) {
            return new Detected("xlsx", null);
        }
        String encoding = encoding(declaredEncoding);
        if (type.contains("json") || firstNonBlank(body) == '[') {
            if (firstNonBlank(body) != '[') {
                throw ProblemException.badRequest("body", FieldCode.NOT_JSON_ARRAY);
            }
            return new Detected("json", "UTF-8");
        }
        if (encoding == null) {
            encoding = isUtf8(body) ? "UTF-8" : "GB18030";
        }
        return new Detected("csv", encoding);
    }

    private static String encoding(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        return switch (declared.strip().toUpperCase(Locale.ROOT).replace("_", "-")) {
            case "UTF-8", "UTF8" -> "UTF-8";
            case "GB18030" -> "GB18030";
            case "GBK", "GB2312", "CP936" -> "GBK";
            default -> throw ProblemException.badRequest("encoding", FieldCode.NOT_ONE_OF, Map.of("allowed", "UTF-8, GB18030, GBK"));
        };
    }

    private static int firstNonBlank(byte[] body) {
        int i = 0;
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        for (; i < body.length; i++) {
            if (!Character.isWhitespace(body[i])) {
                return body[i];
            }
        }
        return -1;
    }

    static boolean isUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
