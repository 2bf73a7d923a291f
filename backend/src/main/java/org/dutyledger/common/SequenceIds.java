package org.dutyledger.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Ids for rows written outside Hibernate, from the same sequences its entities use. Those sequences step by the
 * entities' allocationSize, and the optimizer Quarkus configures by default (pooled-lo, which this project keeps)
 * takes a value v as the block [v, v + size): taking blocks the same way means the two never hand out the same id.
 */
public final class SequenceIds {

    private SequenceIds() {
    }

    public static long[] next(Connection connection, String sequence, int count, int allocationSize) throws SQLException {
        long[] ids = new long[count];
        int n = 0;
        try (PreparedStatement ps = connection.prepareStatement("SELECT nextval(?::regclass) FROM generate_series(1, ?)")) {
            while (n < count) {
                ps.setString(1, sequence);
                ps.setInt(2, (count - n + allocationSize - 1) / allocationSize);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next() && n < count) {
                        long low = rs.getLong(1);
                        for (long id = low; id < low + allocationSize && n < count; id++) {
                            ids[n++] = id;
                        }
                    }
                }
            }
        }
        return ids;
    }
}
