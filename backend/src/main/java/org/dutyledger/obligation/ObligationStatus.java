package org.dutyledger.obligation;

/** Where an instance stands; computed by {@link StatusRule}, never set by hand (except WAIVED, by the issuer). */
public enum ObligationStatus {
    UPCOMING("未到期"),
    DUE("待完成"),
    OVERDUE("已逾期"),
    MET("已完成"),
    MET_LATE("逾期完成"),
    WAIVED("已豁免"),
    MISSED("未完成");

    public final String label;

    ObligationStatus(String label) {
        this.label = label;
    }

    /** Statuses that time can still change (the job recomputes them). */
    public static final java.util.List<ObligationStatus> OPEN = java.util.List.of(UPCOMING, DUE, OVERDUE);
}
