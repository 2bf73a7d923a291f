package org.dutyledger.integration.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A data row as read and normalized: field → text (absent or null when the cell is empty). */
public final class ImportRow {

    public final int rowNo;
    public final Map<String, String> values;
    public final List<ImportError> errors = new ArrayList<>();
    private final ImportKind kind;

    public ImportRow(ImportKind kind, int rowNo, Map<String, String> values) {
        this.kind = kind;
        this.rowNo = rowNo;
        this.values = values;
    }

    public String get(String field) {
        return values.get(field);
    }

    public boolean has(String field) {
        return values.get(field) != null;
    }

    /** The values the rows give in these fields (blank cells left out): what a page looks up at once. */
    public static java.util.Set<String> valuesOf(List<ImportRow> rows, String... fields) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (ImportRow r : rows) {
            for (String field : fields) {
                if (r.has(field)) {
                    out.add(r.get(field));
                }
            }
        }
        return out;
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** Adds an error on a column, quoting the cell's value. */
    public void error(String field, String code, String message) {
        errors.add(new ImportError(rowNo, kind.column(field).header(), values.get(field), code, message));
    }

    public ImportKind kind() {
        return kind;
    }
}
