package org.dutyledger.report.major;

/** REPORTED → ACKNOWLEDGED → HANDLING (follow-ups) → CLOSED; a forward puts it back to REPORTED for the new recipient. */
public enum MajorMatterStatus {
    REPORTED, ACKNOWLEDGED, HANDLING, CLOSED
}
