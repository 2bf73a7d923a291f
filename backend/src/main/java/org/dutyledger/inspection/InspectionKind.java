package org.dutyledger.inspection;

/** What kind of inspection an organization runs over its subtree. */
public enum InspectionKind {
    ANNUAL_ASSESSMENT("年度考核"),
    SPECIAL("专项督查"),
    RANDOM("随机抽查"),
    CROSS("交叉检查"),
    SELF("自查");

    public final String label;

    InspectionKind(String label) {
        this.label = label;
    }
}
