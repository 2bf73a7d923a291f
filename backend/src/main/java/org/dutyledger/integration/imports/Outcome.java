package org.dutyledger.integration.imports;

/** What a row does (dry run: would do) to the ledger. */
public enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED
}
