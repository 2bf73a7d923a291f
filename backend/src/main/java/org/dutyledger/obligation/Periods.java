package org.dutyledger.obligation;

import java.util.Map;
import org.dutyledger.common.FieldCode;
import org.dutyledger.common.ProblemException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Period arithmetic in one place: keys (MONTH `2026-07`, QUARTER `2026-Q3`, HALF `2026-H1`, YEAR `2026`), first and
 * last day, and the due date. A rule's due day `MM-DD` names a day inside the period's last month range (HALF with
 * 06-30 / 12-31 takes the day in the half that contains that month; null = the period's last day); 02-29 falls back to
 * 02-28 outside leap years.
 */
public final class Periods {

    private static final Pattern KEY = Pattern.compile("(\\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])|H([12])))?");
    private static final Pattern MONTH_DAY = Pattern.compile("(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])");

    private Periods() {
    }

    /** One period of one kind. */
    public record Period(PeriodKind kind, String key, LocalDate start, LocalDate end) {

        public Period next() {
            return containing(kind, end.plusDays(1));
        }

        public Period previous() {
            return containing(kind, start.minusDays(1));
        }

        public boolean within(Period outer) {
            return !start.isBefore(outer.start) && !end.isAfter(outer.end);
        }
    }

    /** The period of this kind containing the day. */
    public static Period containing(PeriodKind kind, LocalDate day) {
        int y = day.getYear();
        return switch (kind) {
            case MONTH -> of(kind, y, day.getMonthValue(), day.getMonthValue());
            case QUARTER -> {
                int q = (day.getMonthValue() - 1) / 3;
                yield of(kind, y, q * 3 + 1, q * 3 + 3);
            }
            case HALF -> day.getMonthValue() <= 6 ? of(kind, y, 1, 6) : of(kind, y, 7, 12);
            case YEAR -> of(kind, y, 1, 12);
        };
    }

    private static Period of(PeriodKind kind, int year, int firstMonth, int lastMonth) {
        LocalDate start = LocalDate.of(year, firstMonth, 1);
        LocalDate end = YearMonth.of(year, lastMonth).atEndOfMonth();
        String key = switch (kind) {
            case MONTH -> "%04d-%02d".formatted(year, firstMonth);
            case QUARTER -> "%04d-Q%d".formatted(year, (firstMonth - 1) / 3 + 1);
            case HALF -> "%04d-H%d".formatted(year, firstMonth == 1 ? 1 : 2);
            case YEAR -> "%04d".formatted(year);
        };
        return new Period(kind, key, start, end);
    }

    /** Parses a key strictly; a bad key is a 400 naming the field. */
    public static Period parse(String field, String raw) {
        Matcher m = raw == null ? null : KEY.matcher(raw);
        if (m == null || !m.matches()) {
            throw ProblemException.badRequest(field, FieldCode.NOT_A_PERIOD);
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 2000 || year > 2100) {
            throw ProblemException.badRequest(field, FieldCode.OUT_OF_RANGE, Map.of("min", 2000, "max", 2100));
        }
        if (m.group(2) != null) {
            return containing(PeriodKind.MONTH, LocalDate.of(year, Integer.parseInt(m.group(2)), 1));
        }
        if (m.group(3) != null) {
            return containing(PeriodKind.QUARTER, LocalDate.of(year, (Integer.parseInt(m.group(3)) - 1) * 3 + 1, 1));
        }
        if (m.group(4) != null) {
            return containing(PeriodKind.HALF, LocalDate.of(year, m.group(4).equals("1") ? 1 : 7, 1));
        }
        return containing(PeriodKind.YEAR, LocalDate.of(year, 1, 1));
    }

    /** Checks a due day `MM-DD` against the period kind; null stays null (= end of period). */
    public static String checkDueMonthDay(String field, String raw, PeriodKind kind) {
        if (raw == null) {
            return null;
        }
        Matcher m = MONTH_DAY.matcher(raw);
        if (!m.matches()) {
            throw ProblemException.invalid(field, FieldCode.NOT_A_MONTH_DAY);
        }
        int month = Integer.parseInt(m.group(1));
        int day = Integer.parseInt(m.group(2));
        if (day > YearMonth.of(2024, month).lengthOfMonth()) {
            throw ProblemException.invalid(field, FieldCode.NOT_A_MONTH_DAY);
        }
        if (kind == PeriodKind.MONTH) {
            throw ProblemException.invalid(field, FieldCode.MONTHLY_DUE_AT_END);
        }
        return raw;
    }

    /**
     * The due date of a period: the period's last day, or the rule's MM-DD placed in the period. QUARTER and HALF
     * rules repeat the month's place in the period (06-30 for HALF is the 6th month of each half). A month's last day
     * (06-30, 12-31, 02-28) means "end of that month", so 06-30 for HALF is due 06-30 and 12-31; 02-28/02-29 is the
     * end of February in every year (02-29 in leap years). A day after the period's end is clamped to the end.
     */
    public static LocalDate dueDate(Period p, String dueMonthDay) {
        if (dueMonthDay == null) {
            return p.end();
        }
        int month = Integer.parseInt(dueMonthDay.substring(0, 2));
        int day = Integer.parseInt(dueMonthDay.substring(3));
        int monthInPeriod = switch (p.kind()) {
            case MONTH -> p.start().getMonthValue();
            case QUARTER -> p.start().getMonthValue() + (month - 1) % 3;
            case HALF -> p.start().getMonthValue() + (month - 1) % 6;
            case YEAR -> month;
        };
        YearMonth ym = YearMonth.of(p.start().getYear(), monthInPeriod);
        boolean endOfMonth = day >= YearMonth.of(2023, month).lengthOfMonth();
        LocalDate due = endOfMonth ? ym.atEndOfMonth() : ym.atDay(Math.min(day, ym.lengthOfMonth()));
        return due.isAfter(p.end()) ? p.end() : due;
    }
}
