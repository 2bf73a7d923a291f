package org.dutyledger.obligation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Column values of native query rows, whatever JDBC type the driver handed back. */
final class Rows {

    private Rows() {
    }

    static long l(Object v) {
        return ((Number) v).longValue();
    }

    static Long optL(Object v) {
        return v == null ? null : ((Number) v).longValue();
    }

    static int i(Object v) {
        return ((Number) v).intValue();
    }

    static LocalDate date(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof LocalDate d) {
            return d;
        }
        return ((java.sql.Date) v).toLocalDate();
    }

    static Instant instant(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Instant i) {
            return i;
        }
        if (v instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) v).toInstant();
    }
}
