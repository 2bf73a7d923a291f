package org.dutyledger.inspection.rectification;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The overdue rule and its ladder, day by day around each boundary, and which statuses can be overdue at all. */
class RectificationOverdueTest {

    static final LocalDate DUE = LocalDate.of(2026, 6, 30);

    @Test
    void theLadderClimbsTheDayAfterDueThenAtSevenAndFifteenDays() {
        RectificationStatus s = RectificationStatus.IN_PROGRESS;
        assertThat(RectificationOverdue.level(s, DUE, DUE.minusDays(1))).isZero();
        assertThat(RectificationOverdue.level(s, DUE, DUE)).isZero();
        assertThat(RectificationOverdue.level(s, DUE, DUE.plusDays(1))).isEqualTo(1);
        assertThat(RectificationOverdue.level(s, DUE, DUE.plusDays(6))).isEqualTo(1);
        assertThat(RectificationOverdue.level(s, DUE, DUE.plusDays(7))).isEqualTo(2);
        assertThat(RectificationOverdue.level(s, DUE, DUE.plusDays(14))).isEqualTo(2);
        assertThat(RectificationOverdue.level(s, DUE, DUE.plusDays(15))).isEqualTo(3);
        assertThat(RectificationOverdue.level(s, DUE, DUE.plusDays(400))).isEqualTo(3);
    }

    @Test
    void onlyWorkTheTargetStillOwesIsOverdue() {
        LocalDate late = DUE.plusDays(3);
        assertThat(RectificationOverdue.overdue(RectificationStatus.OPEN, DUE, late)).isTrue();
        assertThat(RectificationOverdue.overdue(RectificationStatus.IN_PROGRESS, DUE, late)).isTrue();
        assertThat(RectificationOverdue.overdue(RectificationStatus.REJECTED, DUE, late)).isTrue();
        assertThat(RectificationOverdue.overdue(RectificationStatus.SUBMITTED, DUE, late)).as("waits on the raising organization").isFalse();
        assertThat(RectificationOverdue.overdue(RectificationStatus.VERIFIED, DUE, late)).isFalse();
        assertThat(RectificationOverdue.overdue(RectificationStatus.MONITORING, DUE, late)).isFalse();
        assertThat(RectificationOverdue.overdue(RectificationStatus.MONITORING, null, late)).isFalse();
    }
}
