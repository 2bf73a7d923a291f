package org.dutyledger.report;

import org.dutyledger.common.FieldCode;
import org.dutyledger.common.ProblemException;
import org.dutyledger.obligation.Periods;

import java.time.LocalDate;
import java.util.Map;

/**
 * The period of a work report and its deadline in one place: the key must be of the kind's period (2026-H1 for
 * SEMIANNUAL, 2026 otherwise), the report is due on the period's last day ("6月和12月底前"), and a report submitted
 * on a later day is late — on the due day itself it is on time.
 */
public final class WorkReportPeriods {

    private WorkReportPeriods() {
    }

    /** The period named by {@code raw} for the kind; a key of another kind is a 400 naming the field. */
    public static Periods.Period parse(String field, WorkReportKind kind, String raw) {
        Periods.Period p = Periods.parse(field, raw);
        if (p.kind() != kind.period) {
            throw ProblemException.badRequest(field, FieldCode.PERIOD_NOT_OF_KIND,
                    Map.of("kind", kind.name(), "example", kind.period == org.dutyledger.obligation.PeriodKind.HALF ? "2026-H1" : "2026"));
        }
        return p;
    }

    public static LocalDate dueOn(Periods.Period p) {
        return Periods.dueDate(p, null);
    }

    public static boolean late(LocalDate dueOn, LocalDate submittedOn) {
        return submittedOn.isAfter(dueOn);
    }

    /** 2026年上半年, 2026年下半年, 2026年度: the period as a title says it. */
    public static String words(Periods.Period p) {
        String year = p.start().getYear() + "年";
        return switch (p.kind()) {
            case HALF -> year + (p.start().getMonthValue() == 1 ? "上半年" : "下半年");
            case YEAR -> year + "度";
            default -> p.key();
        };
    }
}
