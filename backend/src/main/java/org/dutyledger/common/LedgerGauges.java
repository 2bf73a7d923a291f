package org.dutyledger.common;

/**
 * Counts a capability reports at /q/metrics. Its owner reads them from the database through its own queries when
 * {@code operations/LedgerGaugesRefresh} asks (every 30 s), so a scrape only reads numbers in memory.
 */
public interface LedgerGauges {

    /** Re-reads the counts from the database. */
    void refresh();
}
