package org.dutyledger.integration.export;

/**
 * The export of an import kind in its template's columns, so that an exported file can be edited and imported
 * again. The capability that owns the rows writes the query; {@link Exports} streams it and {@link ExportFiles}
 * writes the xlsx or CSV (every cell through common/CsvCells).
 */
public interface KindExport {

    /**
     * A SELECT whose result columns are the kind's template columns in order (text; enum columns as API codes,
     * booleans as true/false: they are shown in the template's words), limited to {@code rows} (what the caller may
     * read, and the subtree asked for). Bind values only through {@code rows.bind}.
     */
    String exportSql(ExportScope rows);
}
