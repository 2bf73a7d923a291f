package org.dutyledger.common;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** "Today" for duties and channels is the calendar day of the organizations' own time zone, not the server's. */
public final class Today {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final Clock SYSTEM = Clock.system(ZONE);

    private static volatile Clock clock = SYSTEM;

    private Today() {
    }

    public static LocalDate date() {
        return LocalDate.now(clock);
    }

    /**
     * Makes {@link #date()} answer `day` until the returned handle is closed. Only for tests that must hold whatever
     * today is (the demo data on a month end, in a leap year); production code never calls it.
     */
    public static Pretence pretend(LocalDate day) {
        clock = Clock.fixed(day.atStartOfDay(ZONE).toInstant(), ZONE);
        return () -> clock = SYSTEM;
    }

    /** Restores the real day when closed. */
    @FunctionalInterface
    public interface Pretence extends AutoCloseable {
        @Override
        void close();
    }
}
