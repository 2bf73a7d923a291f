package org.dutyledger.publication;

import java.util.List;

/** DRAFT → IN_REVIEW (step k of n) → APPROVED → PUBLISHED → RETRACTED; a rejection or a withdrawal goes back to DRAFT. */
public enum PublicationStatus {
    DRAFT(List.of("edit", "attach", "submit")),
    IN_REVIEW(List.of("approve", "reject", "withdraw", "edit", "attach")),
    APPROVED(List.of("publish", "edit", "attach")),
    PUBLISHED(List.of("retract")),
    RETRACTED(List.of());

    /** What the state allows anyone at all; who may do it is a separate question. */
    public final List<String> actions;

    PublicationStatus(List<String> actions) {
        this.actions = actions;
    }

    public boolean allows(String action) {
        return actions.contains(action);
    }

    public boolean isPublic() {
        return this == PUBLISHED || this == RETRACTED;
    }
}
