package org.dutyledger.report.major;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The time limits at their boundaries: the deadline itself is in time, a second after it is not. */
class MajorMatterDeadlinesTest {

    static final Instant LEARNED = Instant.parse("2026-06-30T02:00:00Z");

    @Test
    void reportedExactlyAtTheDeadlineIsNotLateASecondAfterIs() {
        Instant deadline = MajorMatterDeadlines.reportDeadline(LEARNED, 24);
        assertThat(deadline).isEqualTo(Instant.parse("2026-07-01T02:00:00Z"));
        assertThat(MajorMatterDeadlines.late(deadline.minusSeconds(1), deadline)).isFalse();
        assertThat(MajorMatterDeadlines.late(deadline, deadline)).isFalse();
        assertThat(MajorMatterDeadlines.late(deadline.plusSeconds(1), deadline)).isTrue();
    }

    @Test
    void anAcknowledgementIsOverdueOnlyAfterItsDeadline() {
        MajorMatter m = new MajorMatter();
        m.status = MajorMatterStatus.REPORTED;
        m.ackDeadline = MajorMatterDeadlines.ackDeadline(LEARNED, 4);
        assertThat(m.ackDeadline).isEqualTo(LEARNED.plus(Duration.ofHours(4)));
        assertThat(MajorMatterDeadlines.ackOverdue(m, m.ackDeadline)).isFalse();
        assertThat(MajorMatterDeadlines.ackOverdue(m, m.ackDeadline.plusSeconds(1))).isTrue();
        m.status = MajorMatterStatus.ACKNOWLEDGED;
        m.acknowledgedAt = m.ackDeadline;
        assertThat(MajorMatterDeadlines.ackOverdue(m, m.ackDeadline.plus(Duration.ofDays(1)))).as("acknowledged in time").isFalse();
        m.acknowledgedAt = m.ackDeadline.plusSeconds(1);
        assertThat(MajorMatterDeadlines.ackOverdue(m, m.ackDeadline.plus(Duration.ofDays(1)))).as("acknowledged late").isTrue();
    }
}
