package org.dutyledger.integration.imports.read;

/** The file as a whole cannot be read (no header, a required column missing, broken JSON or xlsx). */
public class FileProblem extends RuntimeException {

    private final int row;
    private final String column;

    public FileProblem(int row, String column, String message) {
        super(message, null, false, false);
        this.row = row;
        this.column = column;
    }

    public int row() {
        return row;
    }

    public String column() {
        return column;
    }
}
