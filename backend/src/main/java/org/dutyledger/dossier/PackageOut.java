package org.dutyledger.dossier;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * Where a part puts its files. Each file is written through once (streamed to disk while its size and SHA-256 are
 * computed, never held in memory) and listed in the manifest with its kind and what it is. The zip is put together
 * afterwards, in path order.
 */
public interface PackageOut {

    /** Writes a file's bytes to the stream it is given (and does not close it). */
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Adds a file at `path` (slash-separated, UTF-8; a path already added is an error of the part). `kind` is one of
     * ledger, review-form, evidence, report, inspection, rectification, audit-events, audit-chain; `facts` are listed
     * with it in the manifest (e.g. entity, id, version, count). Stops the build when the package was cancelled.
     */
    void file(String path, String kind, Map<String, Object> facts, Body body) throws IOException;

    /** Whether a file is at `path` already (evidence is stored once per SHA-256). */
    boolean has(String path);

    /** Makes a file or folder name safe inside a zip on every system: no slashes, control or reserved characters. */
    static String safeName(String name) {
        if (name == null || name.isBlank()) {
            return "未命名";
        }
        StringBuilder sb = new StringBuilder();
        name.strip().codePoints().forEach(cp -> {
            boolean bad = cp < 0x20 || cp == 0x7f || "/\\:*?\"<>|".indexOf(cp) >= 0;
            sb.appendCodePoint(bad ? '_' : cp);
        });
        String s = sb.toString();
        while (s.startsWith(".")) {
            s = "_" + s.substring(1);
        }
        return s.length() > 120 ? s.substring(0, 120) : s;
    }

    /**
     * The body of a download a capability already offers (its Excel export's Response, whose entity streams the file),
     * so that the package holds exactly the file the web app's download gives.
     */
    static Body download(jakarta.ws.rs.core.Response response) {
        return out -> ((jakarta.ws.rs.core.StreamingOutput) response.getEntity()).write(out);
    }

    /** Facts of a file about one record: the manifest's entity, id and version. */
    static Map<String, Object> about(String entity, Object id, Object version) {
        Map<String, Object> facts = new java.util.LinkedHashMap<>();
        facts.put("entity", entity);
        facts.put("id", id);
        if (version != null) {
            facts.put("version", version);
        }
        return facts;
    }
}
