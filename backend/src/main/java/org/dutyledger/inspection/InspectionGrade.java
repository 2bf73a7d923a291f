package org.dutyledger.inspection;

/** The grade bands of an assessment, best first. */
public enum InspectionGrade {
    EXCELLENT("优秀"),
    GOOD("良好"),
    FAIR("一般"),
    POOR("较差");

    public final String label;

    InspectionGrade(String label) {
        this.label = label;
    }
}
