package org.dutyledger.obligation;

import org.dutyledger.common.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Period keys, bounds and due dates, leap years included. */
class PeriodsTest {

    @Test
    void keysParseAndFormatForEveryKind() {
        assertThat(Periods.parse("period", "2026-07")).isEqualTo(new Periods.Period(PeriodKind.MONTH, "2026-07",
                LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31)));
        assertThat(Periods.parse("period", "2026-Q3")).isEqualTo(new Periods.Period(PeriodKind.QUARTER, "2026-Q3",
                LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
        assertThat(Periods.parse("period", "2026-H1")).isEqualTo(new Periods.Period(PeriodKind.HALF, "2026-H1",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)));
        assertThat(Periods.parse("period", "2026")).isEqualTo(new Periods.Period(PeriodKind.YEAR, "2026",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        assertThat(Periods.containing(PeriodKind.QUARTER, LocalDate.of(2026, 12, 3)).key()).isEqualTo("2026-Q4");
        assertThat(Periods.containing(PeriodKind.QUARTER, LocalDate.of(2026, 12, 3)).next().key()).isEqualTo("2027-Q1");
        assertThat(Periods.containing(PeriodKind.MONTH, LocalDate.of(2026, 1, 3)).previous().key()).isEqualTo("2025-12");
        assertThat(Periods.containing(PeriodKind.HALF, LocalDate.of(2026, 7, 1)).key()).isEqualTo("2026-H2");
    }

    @Test
    void badKeysAreRefusedNamingTheField() {
        for (String bad : new String[]{"2026-13", "2026-Q5", "2026-H3", "26", "2026-q1", " 2026", "2026-7", "1999", "2026-00"}) {
            assertThatThrownBy(() -> Periods.parse("period", bad)).as(bad).isInstanceOf(ProblemException.class)
                    .satisfies(e -> assertThat(((ProblemException) e).errors().get(0).field()).isEqualTo("period"));
        }
    }

    @Test
    void halfYearReportsAreDueAtTheEndOfJuneAndDecember() {
        Periods.Period h1 = Periods.parse("p", "2026-H1");
        assertThat(Periods.dueDate(h1, "06-30")).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(Periods.dueDate(h1.next(), "06-30")).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Periods.dueDate(h1.next(), "12-31")).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Periods.dueDate(h1, "12-31")).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(Periods.dueDate(h1, null)).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(Periods.dueDate(h1, "06-15")).isEqualTo(LocalDate.of(2026, 6, 15));
    }

    @Test
    void februaryTheTwentyNinthExistsOnlyInLeapYears() {
        assertThat(Periods.dueDate(Periods.parse("p", "2028"), "02-29")).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(Periods.dueDate(Periods.parse("p", "2026"), "02-29")).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(Periods.dueDate(Periods.parse("p", "2028"), "02-28")).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(Periods.parse("p", "2028-02").end()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(Periods.parse("p", "2100-02").end()).isEqualTo(LocalDate.of(2100, 2, 28));
        assertThat(Periods.checkDueMonthDay("dueMonthDay", "02-29", PeriodKind.YEAR)).isEqualTo("02-29");
        assertThatThrownBy(() -> Periods.checkDueMonthDay("dueMonthDay", "02-30", PeriodKind.YEAR)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> Periods.checkDueMonthDay("dueMonthDay", "6-30", PeriodKind.YEAR)).isInstanceOf(ProblemException.class);
    }

    @Test
    void quarterlyDueDaysRepeatTheMonthsPlaceInTheQuarter() {
        Periods.Period q1 = Periods.parse("p", "2026-Q1");
        assertThat(Periods.dueDate(q1, "03-25")).isEqualTo(LocalDate.of(2026, 3, 25));
        assertThat(Periods.dueDate(q1.next(), "03-25")).isEqualTo(LocalDate.of(2026, 6, 25));
        assertThat(Periods.dueDate(q1.next().next(), "03-31")).isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void aRuleStartingMidPeriodOwesThePeriodWhenItStartsByTheDueDate() {
        ObligationRule rule = new ObligationRule();
        rule.period = PeriodKind.QUARTER;
        rule.validFrom = LocalDate.of(2026, 8, 15);
        assertThat(rule.owes(Periods.parse("p", "2026-Q3"))).isTrue();
        assertThat(rule.owes(Periods.parse("p", "2026-Q2"))).isFalse();
        rule.dueMonthDay = "03-10";
        assertThat(rule.owes(Periods.parse("p", "2026-Q3"))).as("due 09-10, starts 08-15").isTrue();
        rule.dueMonthDay = "01-10";
        assertThat(rule.owes(Periods.parse("p", "2026-Q3"))).as("due 07-10, before the start").isFalse();
        rule.validTo = LocalDate.of(2026, 9, 30);
        assertThat(rule.owes(Periods.parse("p", "2026-Q4"))).isFalse();
    }

    @Test
    void statusFollowsRecordsAndTime() {
        LocalDate due = LocalDate.of(2026, 6, 30);
        LocalDate end = due;
        assertThat(StatusRule.of(false, 1, 0, 0, due, end, LocalDate.of(2026, 5, 1))).isEqualTo(ObligationStatus.UPCOMING);
        assertThat(StatusRule.of(false, 1, 0, 0, due, end, LocalDate.of(2026, 5, 31))).isEqualTo(ObligationStatus.DUE);
        assertThat(StatusRule.of(false, 1, 0, 0, due, end, LocalDate.of(2026, 6, 30))).isEqualTo(ObligationStatus.DUE);
        assertThat(StatusRule.of(false, 1, 0, 0, due, end, LocalDate.of(2026, 7, 1))).isEqualTo(ObligationStatus.OVERDUE);
        assertThat(StatusRule.of(false, 1, 0, 0, due, end, LocalDate.of(2026, 7, 30))).isEqualTo(ObligationStatus.OVERDUE);
        assertThat(StatusRule.of(false, 1, 0, 0, due, end, LocalDate.of(2026, 7, 31))).isEqualTo(ObligationStatus.MISSED);
        assertThat(StatusRule.of(false, 2, 1, 1, due, end, LocalDate.of(2026, 5, 1))).isEqualTo(ObligationStatus.UPCOMING);
        assertThat(StatusRule.of(false, 2, 2, 2, due, end, LocalDate.of(2026, 5, 1))).isEqualTo(ObligationStatus.MET);
        assertThat(StatusRule.of(false, 2, 2, 1, due, end, LocalDate.of(2026, 7, 5))).isEqualTo(ObligationStatus.MET_LATE);
        assertThat(StatusRule.of(true, 2, 0, 0, due, end, LocalDate.of(2026, 9, 5))).isEqualTo(ObligationStatus.WAIVED);
    }
}
