package org.dutyledger.common;

import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Times as people read them: in the organization's time zone (config `dutyledger.time-zone`, Asia/Shanghai by default),
 * not UTC. For files people open (CSV exports, file names); the verifiable forms (JSONL audit export, API) keep UTC.
 */
public final class LocalTimes {

    public static final String CONFIG_KEY = "dutyledger.time-zone";
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    /** 2026-12-03 18:07:52 +08:00: sorts as text, and the offset says which clock it is. */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");
    /** 2026-12-03_1807: a file name's date and time, without characters file systems refuse. */
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd_HHmm");

    private LocalTimes() {
    }

    /** The configured zone; an unknown zone id stops the service at startup ({@link TimeZoneCheck}). */
    public static ZoneId zone() {
        return ConfigProvider.getConfig().getOptionalValue(CONFIG_KEY, String.class).map(ZoneId::of).orElse(DEFAULT_ZONE);
    }

    public static String dateTime(Instant t, ZoneId zone) {
        return t == null ? null : DATE_TIME.format(t.atZone(zone));
    }

    public static String fileStamp(Instant t, ZoneId zone) {
        return FILE_STAMP.format(t.atZone(zone));
    }
}
