package org.dutyledger.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The Java values of a native query's columns, whichever JDBC type the driver chose: one place for the casts that
 * typed rows (records built from {@code Object[]}) need.
 */
public final class SqlValues {

    private SqlValues() {
    }

    public static long toLong(Object v) {
        return ((Number) v).longValue();
    }

    public static Long toLongOrNull(Object v) {
        return v == null ? null : ((Number) v).longValue();
    }

    public static int toInt(Object v) {
        return ((Number) v).intValue();
    }

    public static Instant instant(Object v) {
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

    public static LocalDate date(Object v) {
        if (v == null) {
            return null;
        }
        return v instanceof LocalDate d ? d : ((java.sql.Date) v).toLocalDate();
    }
}
