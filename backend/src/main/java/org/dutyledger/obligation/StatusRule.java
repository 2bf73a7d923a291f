package org.dutyledger.obligation;

import java.time.LocalDate;

/**
 * The status of an obligation instance, the Java check and the SQL expression side by side. Waived wins; then met
 * (enough records that happened by the due date), met late (enough records, some after it); otherwise time decides:
 * UPCOMING, DUE inside the reminder window before the due date, OVERDUE after it, MISSED once the period has closed.
 * A period closes {@link #CLOSES_AFTER_DAYS} days after its due date (or its end, whichever is later): until then
 * an overdue instance can still be met late, and reminders and escalations run.
 */
public final class StatusRule {

    public static final int REMINDER_WINDOW_DAYS = 30;
    public static final int CLOSES_AFTER_DAYS = 30;

    private StatusRule() {
    }

    public static ObligationStatus of(boolean waived, int minCount, int metCount, int metOnTimeCount,
                                      LocalDate dueDate, LocalDate periodEnd, LocalDate today) {
        if (waived) {
            return ObligationStatus.WAIVED;
        }
        if (metOnTimeCount >= minCount) {
            return ObligationStatus.MET;
        }
        if (metCount >= minCount) {
            return ObligationStatus.MET_LATE;
        }
        if (today.isAfter(closesOn(dueDate, periodEnd))) {
            return ObligationStatus.MISSED;
        }
        if (today.isAfter(dueDate)) {
            return ObligationStatus.OVERDUE;
        }
        return today.isBefore(dueDate.minusDays(REMINDER_WINDOW_DAYS)) ? ObligationStatus.UPCOMING : ObligationStatus.DUE;
    }

    /** The last day an unmet instance is OVERDUE rather than MISSED. */
    public static LocalDate closesOn(LocalDate dueDate, LocalDate periodEnd) {
        return (dueDate.isAfter(periodEnd) ? dueDate : periodEnd).plusDays(CLOSES_AFTER_DAYS);
    }

    /** True when the period of the instance has closed on `today`: no instance is generated for it any more. */
    public static boolean closed(LocalDate dueDate, LocalDate periodEnd, LocalDate today) {
        return today.isAfter(closesOn(dueDate, periodEnd));
    }

    /** The same rule over the columns of obligation_instance `i`; `today` is a date expression (used several times). */
    public static String sql(String i, String today) {
        return "CASE WHEN " + i + ".waived_at IS NOT NULL THEN 'WAIVED'"
                + " WHEN " + i + ".met_on_time_count >= " + i + ".min_count THEN 'MET'"
                + " WHEN " + i + ".met_count >= " + i + ".min_count THEN 'MET_LATE'"
                + " WHEN " + today + " > greatest(" + i + ".due_date, " + i + ".period_end) + " + CLOSES_AFTER_DAYS + " THEN 'MISSED'"
                + " WHEN " + today + " > " + i + ".due_date THEN 'OVERDUE'"
                + " WHEN " + today + " < " + i + ".due_date - " + REMINDER_WINDOW_DAYS + " THEN 'UPCOMING'"
                + " ELSE 'DUE' END";
    }
}
