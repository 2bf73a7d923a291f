package org.dutyledger.integration.imports.read;

import org.dutyledger.integration.imports.ImportColumn;
import org.dutyledger.integration.imports.ImportKind;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Matches a file's headers to the template columns, tolerant of what people do to header rows: spaces,
 * full-width letters, the required-marker *, "(必填)", the English camelCase names, and headers a column had in
 * older templates.
 */
public final class Headers {

    private final Map<String, String> fieldByName = new HashMap<>();
    private final ImportKind kind;

    public Headers(ImportKind kind) {
        this.kind = kind;
        for (ImportColumn c : kind.columns()) {
            fieldByName.put(normalize(c.header()), c.field());
            fieldByName.put(normalize(c.field()), c.field());
            c.formerHeaders().forEach(former -> fieldByName.put(normalize(former), c.field()));
        }
    }

    /** The field a header names, or null for a column the template does not have. */
    public String field(String header) {
        return header == null ? null : fieldByName.get(normalize(header));
    }

    /** Field of each position of a header row (null where unknown); a required column missing is a FileProblem. */
    public List<String> fields(List<String> headerRow) {
        List<String> out = new ArrayList<>();
        for (String h : headerRow) {
            String f = field(h);
            out.add(f != null && out.contains(f) ? null : f);
        }
        for (ImportColumn c : kind.columns()) {
            if (c.required() && !out.contains(c.field())) {
                throw new FileProblem(1, c.header(), "缺少必填列「" + c.header() + "」：第 1 行应为表头，请使用导入模板的列名");
            }
        }
        return out;
    }

    static String normalize(String header) {
        String s = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = s.replace("(必填)", "").replace("必填", "").replace("*", "");
        return s.replaceAll("[\\s\\u00A0\\u3000\\uFEFF]+", "");
    }
}
