package org.dutyledger.report;

import jakarta.enterprise.context.ApplicationScoped;
import org.dutyledger.common.Today;

import java.time.LocalDate;

/**
 * "Today" for work reports (the sign-off day, the submission day against the due day): {@link Today} unless a test has
 * set a day, so deadlines and hand-overs can be checked on the exact days they turn.
 */
@ApplicationScoped
public class WorkReportClock {

    private volatile LocalDate fixed;

    public LocalDate today() {
        LocalDate f = fixed;
        return f != null ? f : Today.date();
    }

    /** For tests only: the day to act on, or null to follow the calendar again. */
    public void setToday(LocalDate day) {
        this.fixed = day;
    }
}
