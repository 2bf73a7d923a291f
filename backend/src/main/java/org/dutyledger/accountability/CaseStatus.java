package org.dutyledger.accountability;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Set;

/**
 * The state machine of a case: DRAFT → UNDER_REVIEW → DECIDED → FILED_UPWARD → CLOSED (a decided case may also close
 * without being filed upward). What each status allows is said here once.
 */
@Schema(name = "AccountabilityCaseStatus")
public enum CaseStatus {
    DRAFT("草稿"),
    UNDER_REVIEW("审议中"),
    DECIDED("已决定"),
    FILED_UPWARD("已报上级"),
    CLOSED("已结案");

    public final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    /** The statuses each one may go to. */
    public Set<CaseStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(UNDER_REVIEW);
            case UNDER_REVIEW -> Set.of(DECIDED);
            case DECIDED -> Set.of(FILED_UPWARD, CLOSED);
            case FILED_UPWARD -> Set.of(CLOSED);
            case CLOSED -> Set.of();
        };
    }

    /** Links, facts and the proposal change only in a draft. */
    public boolean editable() {
        return this == DRAFT;
    }

    /** Lines may be edited (with a reason) and statements added until the decision. */
    public boolean beforeDecision() {
        return this == DRAFT || this == UNDER_REVIEW;
    }
}
