package org.dutyledger.integration.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One column of an import template: the Chinese header users see, the camelCase name JSON and scripts
 * may use instead, and how its cells are read and checked.
 */
public record ImportColumn(String field, String header, boolean required, int maxLength, Type type,
                           Map<String, String> values, String help, List<String> formerHeaders) {

    public ImportColumn {
        formerHeaders = List.copyOf(formerHeaders);
    }

    /** How a cell is normalized and checked. */
    public enum Type {
        /** An external code: full-width folded to half-width (NFKC), every space removed. */
        CODE,
        /** Free text, trimmed (full-width punctuation kept: it is part of Chinese names). */
        TEXT,
        /** Text with full-width letters and digits folded (NFKC) and trimmed, inner spaces kept (phone numbers). */
        FOLDED,
        /** One of `values` (Chinese label → API code); the API code is accepted too. */
        ENUM,
        /** A calendar day: 2026-03-01, 2026/3/1, 2026年3月1日, 20260301, an Excel date or its serial number. */
        DATE,
        /** 是/否 (also Y/N, true/false, 1/0). */
        BOOL,
        /** A whole number. */
        INT,
        /** Several codes separated by 、 ; ，or , */
        CODE_LIST
    }

    public static ImportColumn code(String field, String header, boolean required, int max, String help) {
        return new ImportColumn(field, header, required, max, Type.CODE, Map.of(), help, List.of());
    }

    public static ImportColumn text(String field, String header, boolean required, int max, String help) {
        return new ImportColumn(field, header, required, max, Type.TEXT, Map.of(), help, List.of());
    }

    public static ImportColumn folded(String field, String header, boolean required, int max, String help) {
        return new ImportColumn(field, header, required, max, Type.FOLDED, Map.of(), help, List.of());
    }

    public static ImportColumn date(String field, String header, boolean required, String help) {
        return new ImportColumn(field, header, required, 10, Type.DATE, Map.of(), help, List.of());
    }

    public static ImportColumn bool(String field, String header, String help) {
        return new ImportColumn(field, header, false, 5, Type.BOOL, Map.of(), help, List.of());
    }

    public static ImportColumn integer(String field, String header, String help) {
        return new ImportColumn(field, header, false, 12, Type.INT, Map.of(), help, List.of());
    }

    public static ImportColumn codes(String field, String header, int max, String help) {
        return new ImportColumn(field, header, false, max, Type.CODE_LIST, Map.of(), help, List.of());
    }

    /** An enum column; `labels` maps each API code to its Chinese label (aliases may follow as extra labels). */
    public static ImportColumn choice(String field, String header, boolean required, Map<String, String> labels, String help) {
        return new ImportColumn(field, header, required, 100, Type.ENUM, labels, help, List.of());
    }

    public static <E extends Enum<E>> Map<String, String> labels(E[] constants, java.util.function.Function<E, String> label) {
        Map<String, String> out = new LinkedHashMap<>();
        for (E e : constants) {
            out.put(e.name(), label.apply(e));
        }
        return out;
    }

    /**
     * The same column under a header it had before (e.g. 人员编号 before OA 用户编号): files made from an older
     * template still import. Templates and exports write only the current header.
     */
    public ImportColumn alsoReads(String... headers) {
        return new ImportColumn(field, header, required, maxLength, type, values, help, List.of(headers));
    }

    /** The header as a template shows it: required columns end with *. */
    public String templateHeader() {
        return required ? header + "*" : header;
    }
}
