package org.dutyledger.integration.imports;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads cells the way office files really hold them: full-width digits and letters, stray spaces inside
 * codes, dates written five ways or stored as Excel serial numbers, numbers stored as text.
 */
public final class Cells {

    private static final Pattern YMD = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SERIAL = Pattern.compile("\\d{4,5}(\\.0+)?");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u3000\\uFEFF]+");
    /** Excel counts days from 1899-12-30 (its 1900 leap-year bug folded in). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Map<String, String> ALIASES = Map.of("工作人员", "STAFF", "在编人员", "STAFF");

    private Cells() {
    }

    /** Full-width to half-width (NFKC), then trimmed; null when empty. */
    public static String folded(String raw) {
        if (raw == null) {
            return null;
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
        return s.isEmpty() ? null : s;
    }

    /** A code: folded, and every space removed (「 DH - 001 」 → DH-001). */
    public static String code(String raw) {
        String s = folded(raw);
        return s == null ? null : emptyToNull(WHITESPACE.matcher(s).replaceAll(""));
    }

    /** Free text: trimmed, also of ideographic spaces; null when empty. */
    public static String text(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.replace('\u3000', ' ').replace('\uFEFF', ' ').strip();
        return s.isEmpty() ? null : s;
    }

    /** A day, or null when it cannot be read. */
    public static LocalDate date(String raw) {
        String s = folded(raw);
        if (s == null) {
            return null;
        }
        try {
            Matcher m = YMD.matcher(s);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = COMPACT.matcher(s);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            if (SERIAL.matcher(s).matches()) {
                long days = new BigDecimal(s).longValueExact();
                if (days > 0 && days < 2_958_466) {
                    return EXCEL_EPOCH.plusDays(days);
                }
            }
        } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** A normalized YYYY-MM-DD value back as a day; null when absent or not a valid day. */
    public static LocalDate iso(String value) {
        if (value == null || !value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** 是/否 and friends; null when it cannot be read. */
    public static Boolean bool(String raw) {
        String s = folded(raw);
        if (s == null) {
            return null;
        }
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "是", "y", "yes", "true", "1", "在职", "主要" -> true;
            case "否", "n", "no", "false", "0", "离职", "不在职" -> false;
            default -> null;
        };
    }

    /** A whole number (also "12.0" as Excel writes it), or null when it cannot be read. */
    public static Integer integer(String raw) {
        String s = code(raw);
        if (s == null) {
            return null;
        }
        try {
            return new BigDecimal(s).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** The API code of a Chinese label or of the code itself (any case), or null. */
    public static String choice(String raw, Map<String, String> labels) {
        String s = folded(raw);
        if (s == null) {
            return null;
        }
        String compact = WHITESPACE.matcher(s).replaceAll("");
        for (Map.Entry<String, String> e : labels.entrySet()) {
            if (e.getKey().equalsIgnoreCase(compact) || e.getValue().equals(compact) || e.getValue().equals(s)) {
                return e.getKey();
            }
        }
        String alias = ALIASES.get(compact);
        return alias != null && labels.containsKey(alias) ? alias : null;
    }

    /** Codes separated by 、 ; ； , ，(each one normalized as a code). */
    public static List<String> codes(String raw) {
        List<String> out = new ArrayList<>();
        if (raw == null) {
            return out;
        }
        for (String part : raw.split("[、;；,，\\n]")) {
            String c = code(part);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
