package org.dutyledger.inspection.rectification;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When a rectification is overdue and how far up it has gone: the due day is the last day allowed, so it is overdue
 * from the next day on while the target still owes the work (OPEN, IN_PROGRESS, REJECTED; a SUBMITTED item waits on
 * the raising organization, not on the target). Level 1 (the responsible person and the target's 联络员) from the
 * first day past due, level 2 (the target's 第一责任人) from {@link #LEVEL_2_DAYS} days past due, level 3 (the raising
 * organization's 第一责任人 and 联络员) from {@link #LEVEL_3_DAYS}. The Java and SQL below say the same.
 */
public final class RectificationOverdue {

    static final int LEVEL_2_DAYS = 7;
    static final int LEVEL_3_DAYS = 15;

    private RectificationOverdue() {
    }

    public static boolean overdue(RectificationStatus status, LocalDate dueOn, LocalDate today) {
        return status.owed() && dueOn != null && today.isAfter(dueOn);
    }

    /** The level an item due on `dueOn` has reached on `today` (0 when not overdue). */
    public static int level(RectificationStatus status, LocalDate dueOn, LocalDate today) {
        if (!overdue(status, dueOn, today)) {
            return 0;
        }
        long days = ChronoUnit.DAYS.between(dueOn, today);
        return days >= LEVEL_3_DAYS ? 3 : days >= LEVEL_2_DAYS ? 2 : 1;
    }

    /** SQL: rectification `r` is overdue on `today` (a date expression). */
    static String sql(String r, String today) {
        return r + ".status IN ('OPEN', 'IN_PROGRESS', 'REJECTED') AND " + r + ".due_on < " + today;
    }

    /** SQL: the level `r` has reached on `today`, for an overdue `r`. */
    static String levelSql(String r, String today) {
        String days = "(" + today + " - " + r + ".due_on)";
        return "CASE WHEN " + days + " >= " + LEVEL_3_DAYS + " THEN 3 WHEN " + days + " >= " + LEVEL_2_DAYS + " THEN 2 ELSE 1 END";
    }
}
