package org.dutyledger.integration.imports;

import java.util.List;

/**
 * The import of one kind: the checks that need the database or other rows (references, scope, conflicts)
 * and the commit of one row through the domain services. Runs as the uploader (see CurrentUser.actAs).
 * A kind's checks of a domain rule call the owning capability's named rule, never a copy of it.
 */
public interface RowHandler {

    /** The row's identity within the file, for duplicates; null when its key fields are missing. */
    String rowKey(ImportRow row);

    /** The field a duplicate is reported on. */
    String keyField();

    /**
     * Validates a page of rows in file order (rows of earlier pages were seen already): adds errors, and for a
     * row without errors returns what it would do. Writes nothing to the ledger.
     */
    List<Outcome> validate(List<ImportRow> page, ImportState state);

    /** Writes one validated row; the services check scope again and audit each change. */
    Outcome commit(ImportRow row, ImportState state);
}
