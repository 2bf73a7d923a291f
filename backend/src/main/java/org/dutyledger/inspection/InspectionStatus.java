package org.dutyledger.inspection;

/** PLANNED → IN_PROGRESS → SCORING → CONCLUDED (locked); no other step. */
public enum InspectionStatus {
    PLANNED,
    IN_PROGRESS,
    SCORING,
    CONCLUDED;

    /** The one status this one moves on to, or null when it is the last. */
    public InspectionStatus next() {
        return this == CONCLUDED ? null : values()[ordinal() + 1];
    }
}
