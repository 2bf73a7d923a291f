package org.dutyledger.report;

import org.dutyledger.obligation.PeriodKind;

/** What a work report is: the half-yearly 专题汇报, the annual report, or the principal leader's 述职. */
public enum WorkReportKind {
    SEMIANNUAL("意识形态工作专题汇报", PeriodKind.HALF),
    ANNUAL("意识形态工作年度报告", PeriodKind.YEAR),
    DUTY_REPORT("落实意识形态工作责任制述职报告", PeriodKind.YEAR);

    /** The words of a default title, after the organization and the period. */
    public final String label;

    /** The kind of period it covers: SEMIANNUAL reports a half (2026-H1), the others a year (2026). */
    public final PeriodKind period;

    WorkReportKind(String label, PeriodKind period) {
        this.label = label;
        this.period = period;
    }
}
