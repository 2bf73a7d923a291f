package org.dutyledger.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dutyledger.common.SqlParams;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Reads the audit chain with plain JDBC: pages for the API, cursors for exports and verification. */
@ApplicationScoped
public class AuditReader {

    static final String COLUMNS = "e.seq, e.occurred_at, e.actor_subject, e.actor_username, e.actor_person_id, e.action, "
            + "e.entity_type, e.entity_id, e.organization_id, e.request_id, e.changes::text, e.prev_hash, e.hash";

    @Inject
    AgroalDataSource dataSource;

    public List<AuditRecord> page(AuditFilter filter, String scopeCondition, SqlParams params, boolean everything, int limit) {
        // The page's seqs first, then its rows: the inner walk can be index-only on (seq, occurred_at,
        // organization_id), so a time window far behind the head costs index pages, not heap reads (V7).
        String sql = "SELECT " + COLUMNS + " FROM audit_event e WHERE e.seq IN (SELECT e.seq FROM audit_event e"
                + filter.where(params, scopeCondition, everything) + " ORDER BY e.seq DESC LIMIT " + limit + ")"
                + " ORDER BY e.seq DESC";
        List<AuditRecord> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            params.applyTo(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("audit query failed", e);
        }
        return out;
    }

    /** Streams the matching events oldest first through a server-side cursor. */
    public void stream(String sql, SqlParams params, Consumer<AuditRecord> sink) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setFetchSize(5000);
                params.applyTo(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(read(rs));
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("audit stream failed", e);
        }
    }

    /** A consumer of result rows that may throw, for readers that take the columns themselves. */
    @FunctionalInterface
    public interface RowSink {
        /** Takes the current row; false stops the stream. */
        boolean accept(ResultSet rs) throws SQLException;
    }

    /**
     * Streams raw rows through a forward-only server-side cursor (autocommit off, large fetch size): the
     * verifier reads the columns itself instead of building an {@link AuditRecord} per row.
     */
    public void streamRows(String sql, SqlParams params, int fetchSize, RowSink sink) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                ps.setFetchSize(fetchSize);
                params.applyTo(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next() && sink.accept(rs)) {
                        // the sink reads the row
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("audit stream failed", e);
        }
    }

    public String prevHashOf(long seq) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT hash FROM audit_event WHERE seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1).trim() : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long headSeq() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT last_seq FROM audit_chain_head WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static AuditRecord read(ResultSet rs) throws SQLException {
        return new AuditRecord(
                rs.getLong(1),
                rs.getObject(2, OffsetDateTime.class).toInstant(),
                rs.getString(3),
                rs.getString(4),
                (Long) rs.getObject(5, Long.class),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                (Long) rs.getObject(9, Long.class),
                rs.getString(10),
                AuditCanonicalForm.parseChanges(rs.getString(11)),
                rs.getString(12).trim(),
                rs.getString(13).trim());
    }
}
