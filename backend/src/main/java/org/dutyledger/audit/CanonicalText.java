package org.dutyledger.audit;

/**
 * The canonical form ({@link AuditCanonicalForm}) written straight from the text of a stored event, without a
 * JSON tree: the verifier's fast path. It produces exactly what {@link AuditCanonicalForm#json} produces
 * (Jackson, keys sorted by {@link String#compareTo}, its string escapes), and gives up (returns false) on
 * anything whose Jackson form it does not reproduce by construction — fractions and exponents, whose
 * re-serialization goes through a double — so the caller falls back to the Jackson path for those.
 * Not thread-safe: one instance per verification.
 */
final class CanonicalText {

    private final StringBuilder out = new StringBuilder(1024);
    private String in;
    private int pos;
    private final StringBuilder decoded = new StringBuilder(64);

    /**
     * prevHash + canonical JSON of one event, or null when the fast path does not apply.
     * {@code occurredAt} is already in the canonical time format; {@code changes} is PostgreSQL's jsonb text.
     */
    String hashInput(long seq, String occurredAt, String actorSubject, String actorUsername, Long actorPersonId,
                     String action, String entityType, String entityId, Long organizationId, String requestId,
                     String changes, String prevHash) {
        if (changes == null) {
            return null;
        }
        StringBuilder b = out;
        b.setLength(0);
        b.append(prevHash);
        b.append("{\"action\":");
        string(action);
        b.append(",\"actorPersonId\":");
        number(actorPersonId);
        b.append(",\"actorSubject\":");
        string(actorSubject);
        b.append(",\"actorUsername\":");
        string(actorUsername);
        b.append(",\"changes\":");
        in = changes;
        pos = 0;
        if (!value() || skipSpace() != changes.length()) {
            return null;
        }
        b.append(",\"entityId\":");
        string(entityId);
        b.append(",\"entityType\":");
        string(entityType);
        b.append(",\"occurredAt\":");
        string(occurredAt);
        b.append(",\"organizationId\":");
        number(organizationId);
        b.append(",\"prevHash\":");
        string(prevHash);
        b.append(",\"requestId\":");
        string(requestId);
        b.append(",\"seq\":").append(seq).append('}');
        return b.toString();
    }

    private void number(Long n) {
        if (n == null) {
            out.append("null");
        } else {
            out.append(n.longValue());
        }
    }

    /** A string as Jackson writes it: only '"', '\\' and control characters escaped. */
    private void string(CharSequence s) {
        if (s == null) {
            out.append("null");
            return;
        }
        StringBuilder b = out;
        b.append('"');
        int n = s.length();
        int clean = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                b.append(s, clean, i);
                escape(c);
                clean = i + 1;
            }
        }
        b.append(s, clean, n).append('"');
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private void escape(char c) {
        StringBuilder b = out;
        switch (c) {
            case '"' -> b.append("\\\"");
            case '\\' -> b.append("\\\\");
            case '\b' -> b.append("\\b");
            case '\t' -> b.append("\\t");
            case '\n' -> b.append("\\n");
            case '\f' -> b.append("\\f");
            case '\r' -> b.append("\\r");
            default -> b.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
        }
    }

    private int skipSpace() {
        String s = in;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c != ' ' && c != '\n' && c != '\t' && c != '\r') {
                break;
            }
            pos++;
        }
        return pos;
    }

    /** Copies one JSON value from the input to the output in canonical form; false if not on the fast path. */
    private boolean value() {
        if (skipSpace() >= in.length()) {
            return false;
        }
        char c = in.charAt(pos);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"': {
                if (plainString()) {
                    return true;
                }
                String s = stringToken();
                if (s == null) {
                    return false;
                }
                string(s);
                return true;
            }
            case 't':
                return literal("true");
            case 'f':
                return literal("false");
            case 'n':
                return literal("null");
            default:
                return integer();
        }
    }

    private boolean literal(String word) {
        if (!in.startsWith(word, pos)) {
            return false;
        }
        out.append(word);
        pos += word.length();
        return true;
    }

    /** Integers only: they print back digit for digit (int, long or BigInteger). Anything else: not fast. */
    private boolean integer() {
        String s = in;
        int start = pos;
        if (pos < s.length() && s.charAt(pos) == '-') {
            pos++;
        }
        int digits = pos;
        while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
            pos++;
        }
        int n = pos - digits;
        if (n == 0 || (n > 1 && s.charAt(digits) == '0') || (n == 1 && s.charAt(digits) == '0' && digits > start)) {
            return false; // empty, leading zero, or -0
        }
        if (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '.' || c == 'e' || c == 'E') {
                return false;
            }
        }
        out.append(s, start, pos);
        return true;
    }

    private boolean array() {
        pos++; // '['
        out.append('[');
        if (skipSpace() < in.length() && in.charAt(pos) == ']') {
            pos++;
            out.append(']');
            return true;
        }
        while (true) {
            if (!value()) {
                return false;
            }
            if (skipSpace() >= in.length()) {
                return false;
            }
            char c = in.charAt(pos++);
            if (c == ']') {
                out.append(']');
                return true;
            }
            if (c != ',') {
                return false;
            }
            out.append(',');
        }
    }

    /**
     * Writes the members as they come, remembering where each starts; if their keys are out of order
     * (PostgreSQL keeps shorter keys first), rewrites the object's members sorted by key.
     */
    private boolean object() {
        pos++; // '{'
        StringBuilder b = out;
        b.append('{');
        if (skipSpace() < in.length() && in.charAt(pos) == '}') {
            pos++;
            b.append('}');
            return true;
        }
        String[] keys = new String[8];
        int[] starts = new int[9];
        int count = 0;
        boolean sorted = true;
        while (true) {
            if (skipSpace() >= in.length() || in.charAt(pos) != '"') {
                return false;
            }
            String key = stringToken();
            if (key == null || skipSpace() >= in.length() || in.charAt(pos) != ':') {
                return false;
            }
            pos++;
            if (count == keys.length) {
                keys = java.util.Arrays.copyOf(keys, count * 2);
                starts = java.util.Arrays.copyOf(starts, count * 2 + 1);
            }
            if (count > 0 && keys[count - 1].compareTo(key) > 0) {
                sorted = false;
            }
            keys[count] = key;
            starts[count++] = b.length();
            string(key);
            b.append(':');
            if (!value()) {
                return false;
            }
            if (skipSpace() >= in.length()) {
                return false;
            }
            char c = in.charAt(pos++);
            if (c == '}') {
                break;
            }
            if (c != ',') {
                return false;
            }
            b.append(',');
        }
        starts[count] = b.length() + 1; // as if followed by a comma
        if (!sorted) {
            reorder(keys, starts, count);
        }
        b.append('}');
        return true;
    }

    private void reorder(String[] keys, int[] starts, int count) {
        StringBuilder b = out;
        int begin = starts[0];
        String members = b.substring(begin);
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> keys[x].compareTo(keys[y]));
        b.setLength(begin);
        for (int i = 0; i < count; i++) {
            int m = order[i];
            if (i > 0) {
                b.append(',');
            }
            // each member's text runs up to the comma before the next member (or the end)
            b.append(members, starts[m] - begin, starts[m + 1] - begin - 1);
        }
    }

    /** A string without escapes is already in Jackson's form: copied as it is. */
    private boolean plainString() {
        String s = in;
        for (int i = pos + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                out.append(s, pos, i + 1);
                pos = i + 1;
                return true;
            }
            if (c == '\\' || c < 0x20) {
                return false;
            }
        }
        return false;
    }

    /** Reads a JSON string token at pos and returns its decoded text, or null if malformed. */
    private String stringToken() {
        String s = in;
        int start = ++pos;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '"') {
                return s.substring(start, pos++);
            }
            if (c == '\\') {
                return escapedString(start);
            }
            pos++;
        }
        return null;
    }

    private String escapedString(int start) {
        String s = in;
        StringBuilder d = decoded;
        d.setLength(0);
        d.append(s, start, pos);
        while (pos < s.length()) {
            char c = s.charAt(pos++);
            if (c == '"') {
                return d.toString();
            }
            if (c != '\\') {
                d.append(c);
                continue;
            }
            if (pos >= s.length()) {
                return null;
            }
            char e = s.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> d.append(e);
                case 'b' -> d.append('\b');
                case 'f' -> d.append('\f');
                case 'n' -> d.append('\n');
                case 'r' -> d.append('\r');
                case 't' -> d.append('\t');
                case 'u' -> {
                    if (pos + 4 > s.length()) {
                        return null;
                    }
                    int v = 0;
                    for (int i = 0; i < 4; i++) {
                        int h = Character.digit(s.charAt(pos++), 16);
                        if (h < 0) {
                            return null;
                        }
                        v = v * 16 + h;
                    }
                    d.append((char) v);
                }
                default -> {
                    return null;
                }
            }
        }
        return null;
    }
}
