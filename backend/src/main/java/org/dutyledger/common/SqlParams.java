package org.dutyledger.common;

import jakarta.persistence.Query;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Parameters of a SQL text built piece by piece, bindable to JDBC (`?`) or to a JPA native query (`?N`). */
public final class SqlParams {

    private final List<Object> values = new ArrayList<>();
    private final boolean jdbc;

    private SqlParams(boolean jdbc) {
        this.jdbc = jdbc;
    }

    public static SqlParams forJdbc() {
        return new SqlParams(true);
    }

    public static SqlParams forJpa() {
        return new SqlParams(false);
    }

    /** Adds a value and returns its placeholder. */
    public String bind(Object value) {
        values.add(value);
        return jdbc ? "?" : "?" + values.size();
    }

    public void applyTo(PreparedStatement ps) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            ps.setObject(i + 1, values.get(i));
        }
    }

    public Query applyTo(Query q) {
        for (int i = 0; i < values.size(); i++) {
            q.setParameter(i + 1, values.get(i));
        }
        return q;
    }
}
