package org.dutyledger.report.major;

import java.time.Duration;
import java.time.Instant;

/**
 * The time limits of a major matter in one place: the report is due `reportHours` after the matter was learned (late
 * when reported after that instant, not at it) and the current recipient acknowledges within `ackHours` of receiving
 * it. The SQL fragment is what the acknowledgement job claims by.
 */
public final class MajorMatterDeadlines {

    public static final int DEFAULT_REPORT_HOURS = 24;
    public static final int DEFAULT_ACK_HOURS = 4;

    private MajorMatterDeadlines() {
    }

    public static Instant reportDeadline(Instant learnedAt, int reportHours) {
        return learnedAt.plus(Duration.ofHours(reportHours));
    }

    public static Instant ackDeadline(Instant received, int ackHours) {
        return received.plus(Duration.ofHours(ackHours));
    }

    /** Reported exactly at the deadline is in time; a second after it is late. */
    public static boolean late(Instant reportedAt, Instant reportDeadline) {
        return reportedAt.isAfter(reportDeadline);
    }

    /** Whether the current recipient is (or was) past its deadline to acknowledge, as of `now`. */
    public static boolean ackOverdue(MajorMatter m, Instant now) {
        if (m.status == MajorMatterStatus.REPORTED) {
            return now.isAfter(m.ackDeadline);
        }
        return m.acknowledgedAt != null && m.acknowledgedAt.isAfter(m.ackDeadline);
    }

    /** SQL: matter `m` waits for acknowledgement past its deadline as of `now` and nobody was told yet. */
    public static String ackOverdueUntold(String m, String now) {
        return m + ".status = 'REPORTED' AND " + m + ".ack_deadline < " + now + " AND " + m + ".ack_overdue_notified_at IS NULL";
    }
}
