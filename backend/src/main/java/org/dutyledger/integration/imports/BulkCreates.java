package org.dutyledger.integration.imports;

import java.util.List;
import java.util.Set;

/**
 * A kind whose new rows are written together, set-based, at commit (its rows that change what exists still go
 * one by one through {@link RowHandler#commit}): one-by-one creation is what makes a large import slow.
 */
public interface BulkCreates {

    /** The keys of this page's rows that exist in the ledger already (those rows are not creations). */
    Set<String> existingKeys(List<ImportRow> page);

    /**
     * Creates these rows, in file order, at once, with the same checks and audit events as one by one. A refusal
     * is a {@link org.dutyledger.common.BatchItemException} naming the row by its index in the list.
     */
    void createAll(List<ImportRow> rows);
}
