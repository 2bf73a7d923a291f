package org.dutyledger.obligation;

/** How often an obligation recurs: monthly, quarterly, half-yearly, yearly. */
public enum PeriodKind {
    MONTH("每月"),
    QUARTER("每季度"),
    HALF("每半年"),
    YEAR("每年");

    public final String label;

    PeriodKind(String label) {
        this.label = label;
    }
}
