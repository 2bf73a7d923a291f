package org.dutyledger.common;

import java.time.LocalDate;
import java.time.ZoneId;

/** "Today" for duties and channels is the calendar day of the organizations' own time zone, not the server's. */
public final class Today {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Today() {
    }

    public static LocalDate date() {
        return LocalDate.now(ZONE);
    }
}
