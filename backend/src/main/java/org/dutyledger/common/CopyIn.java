package org.dutyledger.common;

import org.postgresql.PGConnection;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * PostgreSQL COPY of many rows into one table on the caller's connection (and so in its transaction): the
 * set-based writes of bulk paths. Values are Strings, numbers, booleans, Instants or null.
 */
public final class CopyIn {

    private CopyIn() {
    }

    public static void rows(Connection connection, String table, List<String> columns, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder csv = new StringBuilder(rows.size() * 128);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                field(csv, row[i]);
            }
            csv.append('\n');
        }
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT csv)";
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(csv.toString()));
        } catch (java.io.IOException e) {
            throw new SQLException("COPY into " + table + " failed", e);
        }
    }

    /** CSV as COPY reads it: an unquoted empty field is NULL, a quoted one the empty string. */
    private static void field(StringBuilder csv, Object value) {
        if (value == null) {
            return;
        }
        String text = value instanceof Instant t ? t.atOffset(ZoneOffset.UTC).toString() : value.toString();
        csv.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                csv.append('"');
            }
            csv.append(c);
        }
        csv.append('"');
    }
}
