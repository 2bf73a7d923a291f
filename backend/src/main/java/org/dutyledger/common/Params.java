package org.dutyledger.common;

import java.util.Map;
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
            throw ProblemException.badRequest(name, FieldCode.REQUIRED);
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
                throw ProblemException.badRequest(name, FieldCode.NOT_A_WHOLE_NUMBER, Map.of("value", clip(raw)));
            }
            return value;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name, FieldCode.NOT_A_WHOLE_NUMBER, Map.of("value", clip(raw)));
        }
    }

    public static int intInRange(String name, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(exact(name, raw));
            if (value < min || value > max) {
                throw ProblemException.badRequest(name, FieldCode.OUT_OF_RANGE, Map.of("min", min, "max", max));
            }
            return value;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name, FieldCode.OUT_OF_RANGE, Map.of("min", min, "max", max));
        }
    }

    public static boolean bool(String name, String raw, boolean fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        return switch (exact(name, raw).toLowerCase()) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ProblemException.badRequest(name, FieldCode.NOT_A_BOOLEAN);
        };
    }

    public static Instant instant(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(exact(name, raw));
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, FieldCode.NOT_AN_INSTANT);
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
            throw ProblemException.badRequest(name, FieldCode.NOT_A_DATE, Map.of("value", clip(raw)));
        }
    }

    public static <E extends Enum<E>> E optEnum(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, exact(name, raw));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name, FieldCode.NOT_ONE_OF,
                    Map.of("allowed", String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
        }
    }

    /** The value itself, or 400 when it carries surrounding blanks or control characters. */
    static String exact(String name, String raw) {
        if (!raw.equals(raw.strip()) || raw.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw ProblemException.badRequest(name, FieldCode.SURROUNDING_BLANKS,
                    Map.of("value", clip(raw).replaceAll("\\p{Cntrl}", "\uFFFD")));
        }
        return raw;
    }

    static String clip(String raw) {
        return raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
    }
}
