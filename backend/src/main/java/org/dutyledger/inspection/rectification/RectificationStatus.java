package org.dutyledger.inspection.rectification;

/**
 * OPEN → IN_PROGRESS (first progress) → SUBMITTED → VERIFIED, or back to IN_PROGRESS when the raising organization
 * rejects it; a long-term (长期坚持) item goes to MONITORING instead of VERIFIED and back to IN_PROGRESS at each check
 * date. REJECTED is accepted where IN_PROGRESS is (a rejection answers IN_PROGRESS, with the comment kept).
 */
public enum RectificationStatus {
    OPEN("待整改"), IN_PROGRESS("整改中"), SUBMITTED("已提交待验收"), VERIFIED("已销号"), REJECTED("验收未通过"),
    MONITORING("长期坚持");

    public final String label;

    RectificationStatus(String label) {
        this.label = label;
    }

    /** Work the target still owes: these can be overdue, take progress and ask for more time. */
    public boolean owed() {
        return this == OPEN || this == IN_PROGRESS || this == REJECTED;
    }
}
