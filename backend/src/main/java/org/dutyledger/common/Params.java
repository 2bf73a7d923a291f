package org.dutyledger.common;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Parses path and query parameters so that a bad value is a 400 naming the parameter, not a 404 or 500. Values are
 * taken exactly as sent: surrounding blanks or control characters ({@code /organizations/1%00}) are refused, never
 * trimmed away.
 */
public final class Params {

    private Params() {
    }

    public static long id(String name, String raw) {
        Long value = optLong(name, raw);
        if (value == null) {
            throw ProblemException.badRequest(name, "is required");
        }
        return value;
    }

    public static Long optLong(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(exact(name, raw));
            if (value <= 0) {
                throw ProblemException.badRequest(name, "must be a positive whole number, got '" + raw + "'");
            }
            return value;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name, "must be a positive whole number, got '" + clip(raw) + "'");
        }
    }

    public static int intInRange(String name, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(exact(name, raw));
            if (value < min || value > max) {
                throw ProblemException.badRequest(name, "must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name, "must be a whole number between " + min + " and " + max);
        }
    }

    public static boolean bool(String name, String raw, boolean fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        return switch (exact(name, raw).toLowerCase()) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ProblemException.badRequest(name, "must be true or false");
        };
    }

    public static Instant instant(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(exact(name, raw));
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, "must be an ISO-8601 instant such as 2026-01-31T16:00:00Z");
        }
    }

    /** A calendar date as YYYY-MM-DD, or null when absent. */
    public static java.time.LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(exact(name, raw));
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, "must be a date as YYYY-MM-DD, got '" + clip(raw) + "'");
        }
    }

    public static <E extends Enum<E>> E optEnum(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, exact(name, raw));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /** The value itself, or 400 when it carries surrounding blanks or control characters. */
    static String exact(String name, String raw) {
        if (!raw.equals(raw.strip()) || raw.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw ProblemException.badRequest(name, "must not contain surrounding blanks or control characters, got '"
                    + clip(raw).replaceAll("\\p{Cntrl}", "\uFFFD") + "'");
        }
        return raw;
    }

    static String clip(String raw) {
        return raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
    }
}
