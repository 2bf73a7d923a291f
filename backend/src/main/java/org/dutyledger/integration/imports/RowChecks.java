package org.dutyledger.integration.imports;

import org.dutyledger.common.TextRules;
import org.dutyledger.integration.imports.read.RawRow;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks a row passes on its own, from the column definitions: required, no control characters
 * ({@link TextRules}; surrounding blanks and line breaks are trimmed first), allowed values, dates, length.
 * Values come out normalized (enum → API code, date → YYYY-MM-DD, 是/否 → true/false); a value that
 * fails keeps its text so the error can quote it.
 */
final class RowChecks {

    private RowChecks() {
    }

    static ImportRow normalize(ImportKind kind, RawRow raw) {
        Map<String, String> values = new LinkedHashMap<>();
        ImportRow row = new ImportRow(kind, raw.rowNo(), values);
        for (ImportColumn c : kind.columns()) {
            if (!raw.cells().containsKey(c.field())) {
                if (c.required()) {
                    values.put(c.field(), null);
                    row.error(c.field(), ImportError.REQUIRED, "「" + c.header() + "」必填");
                }
                continue;
            }
            String rawValue = raw.cells().get(c.field());
            String text = Cells.text(rawValue);
            if (text == null) {
                values.put(c.field(), null);
                if (c.required()) {
                    row.error(c.field(), ImportError.REQUIRED, "「" + c.header() + "」必填");
                }
                continue;
            }
            if (TextRules.forbiddenIn(c.field(), text) >= 0) {
                // Shown with U+FFFD in their place: the staged row and the annotated sheet cannot hold every control.
                values.put(c.field(), TextRules.visible(text));
                row.error(c.field(), ImportError.INVALID_VALUE, TextRules.messageZh(c.header(), c.field()));
                continue;
            }
            String value = switch (c.type()) {
                case CODE -> Cells.code(text);
                case TEXT -> text;
                case FOLDED -> Cells.folded(text);
                case ENUM -> Cells.choice(text, c.values());
                case DATE -> {
                    LocalDate d = Cells.date(text);
                    yield d == null ? null : d.toString();
                }
                case BOOL -> {
                    Boolean b = Cells.bool(text);
                    yield b == null ? null : b.toString();
                }
                case INT -> {
                    Integer i = Cells.integer(text);
                    yield i == null || Math.abs(i) > 1_000_000 ? null : i.toString();
                }
                case CODE_LIST -> {
                    List<String> codes = Cells.codes(text);
                    yield codes.isEmpty() ? null : String.join("、", codes);
                }
            };
            if (value == null) {
                values.put(c.field(), text);
                switch (c.type()) {
                    case ENUM -> row.error(c.field(), ImportError.INVALID_VALUE,
                            "「" + text + "」不是有效的" + c.header() + "，可填：" + String.join("、", c.values().values()));
                    case DATE -> row.error(c.field(), ImportError.INVALID_DATE,
                            "无法识别的日期「" + text + "」，请填写如 2026-03-01、2026/3/1 或 2026年3月1日");
                    case BOOL -> row.error(c.field(), ImportError.INVALID_VALUE, "「" + c.header() + "」请填写 是 或 否");
                    case INT -> row.error(c.field(), ImportError.INVALID_VALUE, "「" + c.header() + "」应为 -1000000 到 1000000 之间的整数");
                    default -> row.error(c.field(), ImportError.REQUIRED, "「" + c.header() + "」必填");
                }
                continue;
            }
            values.put(c.field(), value);
            if (value.length() > c.maxLength()) {
                row.error(c.field(), ImportError.TOO_LONG, "「" + c.header() + "」最长 " + c.maxLength() + " 个字符，此处有 " + value.length() + " 个");
            }
        }
        return row;
    }
}
