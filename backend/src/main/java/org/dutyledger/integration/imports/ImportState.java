package org.dutyledger.integration.imports;

import java.util.HashMap;
import java.util.Map;

/** What a run remembers from earlier rows of the same file: keys seen and what rows defined. */
public final class ImportState {

    public final long jobId;
    /** Row key → first row number, for duplicates. */
    final Map<String, Integer> firstRowOfKey = new HashMap<>();
    /** Per-kind memory (e.g. organization code → whether the uploader may write it). */
    public final Map<String, Object> defined = new HashMap<>();

    public ImportState(long jobId) {
        this.jobId = jobId;
    }

    @SuppressWarnings("unchecked")
    public <T> T get(String key) {
        return (T) defined.get(key);
    }
}
