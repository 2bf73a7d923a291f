package org.dutyledger.common;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The one rule for characters in stored text: no C0 control character (U+0000–U+001F) and no DEL (U+007F) in any
 * text field of any write — except tab, line feed and carriage return in the multi-line fields named in
 * {@link #MULTI_LINE_FIELDS}. JSON bodies apply it while they are read ({@code JsonStrictness}, 422 naming the
 * field), directory-sync items item by item ({@code SyncItems}, an item error), import cells row by row
 * ({@code RowChecks}, {@code invalid-value}).
 */
public final class TextRules {

    /**
     * Fields typed into a text area (or pasted from a document) that may hold tab and line breaks, by their name in
     * the API and in import files: publication body (HTML, sanitized) and summary, descriptions (channels, webhook
     * subscriptions), review comments, reasons (end, correct and retract a duty or publication, close a channel,
     * recode an organization), a channel's close reason, the list of codes an import cell may hold one per line, and a
     * major matter's actions taken, follow-up text (also a fulfilment decision's text), forward note and conclusion.
     */
    public static final Set<String> MULTI_LINE_FIELDS = Set.of(
            "body", "summary", "description", "comment", "reason", "closeReason", "scopeOrganizationCodes",
            "actionsTaken", "conclusion", "text", "note",
            // the three sections of a work report (rich text)
            "progress", "problems", "plans",
            // a rectification's measures (整改措施)
            "measures");


    private TextRules() {
    }

    /** Whether {@code field} (its last name, as in {@code members[2].postText}) may hold tab and line breaks. */
    public static boolean multiLine(String field) {
        if (field == null) {
            return false;
        }
        String name = field.substring(field.lastIndexOf('.') + 1);
        int bracket = name.indexOf('[');
        return MULTI_LINE_FIELDS.contains(bracket < 0 ? name : name.substring(0, bracket));
    }

    /** The first character {@code value} may not hold in {@code field}, or -1 when it is acceptable. */
    public static int forbiddenIn(String field, String value) {
        if (value == null) {
            return -1;
        }
        boolean multiLine = multiLine(field);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 || c == 0x7f) && !(multiLine && (c == '\t' || c == '\n' || c == '\r'))) {
                return c;
            }
        }
        return -1;
    }

    /** Why a value of {@code field} is refused. */
    public static FieldCode code(String field) {
        return multiLine(field) ? FieldCode.CONTROL_CHARACTER_MULTI_LINE : FieldCode.CONTROL_CHARACTER;
    }

    /** The Chinese message for a refused import cell. */
    public static String messageZh(String header, String field) {
        return "「" + header + "」含有控制字符" + (multiLine(field) ? "（只允许制表符和换行）" : "") + "，请删除后重新上传";
    }

    /** {@code value} with each control character replaced by U+FFFD, to quote a refused value. */
    public static String visible(String value) {
        return value == null ? null : value.replaceAll("[\\x00-\\x1F\\x7F]", "\uFFFD");
    }

    /** 422 naming the field when {@code value} breaks the rule. */
    public static void require(String field, String value) {
        if (forbiddenIn(field, value) >= 0) {
            throw ProblemException.invalid(field, code(field));
        }
    }

    /**
     * Every text of a request record (its string components, strings in lists, nested records), as field errors
     * named by their path ({@code departments[0].code}); empty when all are acceptable.
     */
    public static List<Problem.FieldError> violations(Object record) {
        List<Problem.FieldError> out = new ArrayList<>();
        collect("", record, out);
        return out;
    }

    private static void collect(String path, Object value, List<Problem.FieldError> out) {
        if (value instanceof String s) {
            if (forbiddenIn(path, s) >= 0) {
                out.add(Problem.FieldError.of(path, code(path)));
            }
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                collect(path + "[" + i++ + "]", item, out);
            }
        } else if (value instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    collect(path.isEmpty() ? c.getName() : path + "." + c.getName(), c.getAccessor().invoke(r), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + c, e);
                }
            }
        }
    }
}
