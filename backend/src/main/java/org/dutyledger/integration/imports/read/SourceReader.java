package org.dutyledger.integration.imports.read;

import org.dutyledger.integration.imports.ImportKind;

import java.util.function.Consumer;

/** Streams the data rows of an uploaded file (blank rows skipped), never holding the whole sheet as objects. */
public interface SourceReader {

    void read(byte[] content, ImportKind kind, Consumer<RawRow> rows);

    static SourceReader of(String format, java.nio.charset.Charset charset) {
        return switch (format) {
            case "xlsx" -> new XlsxReader();
            case "json" -> new JsonReader();
            default -> new CsvReader(charset);
        };
    }

    static boolean blank(java.util.Collection<String> cells) {
        for (String c : cells) {
            if (c != null && !c.isBlank() && !c.strip().replace("\u3000", "").isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
