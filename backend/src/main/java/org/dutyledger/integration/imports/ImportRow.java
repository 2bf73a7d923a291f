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
