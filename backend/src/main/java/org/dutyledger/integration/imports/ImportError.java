package org.dutyledger.integration.imports;

/**
 * One problem of one row: `row` as the user sees it in the file (header = row 1; JSON: position in the
 * array from 1), `column` the Chinese header, `code` one of the codes below, `message` in Chinese.
 */
public record ImportError(int row, String column, String value, String code, String message) {

    public static final String REQUIRED = "required";
    public static final String INVALID_VALUE = "invalid-value";
    public static final String INVALID_DATE = "invalid-date";
    public static final String TOO_LONG = "too-long";
    public static final String UNKNOWN_REFERENCE = "unknown-reference";
    public static final String DUPLICATE = "duplicate";
    public static final String OUT_OF_SCOPE = "out-of-scope";
    public static final String CONFLICT = "conflict";
}
