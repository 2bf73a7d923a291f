package org.dutyledger.report;

/** DRAFT → SIGNED_OFF → SUBMITTED → ACKNOWLEDGED, or RETURNED → (edited, signed off again) → SUBMITTED. */
public enum WorkReportStatus {
    DRAFT("草稿"),
    SIGNED_OFF("已签发"),
    SUBMITTED("已报送"),
    ACKNOWLEDGED("已确认"),
    RETURNED("已退回");

    public final String label;

    WorkReportStatus(String label) {
        this.label = label;
    }

    /** Whether its content may still change: a draft, or a report the recipient sent back. */
    public boolean editable() {
        return this == DRAFT || this == SIGNED_OFF || this == RETURNED;
    }
}
