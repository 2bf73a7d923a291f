package org.dutyledger.integration.export;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.SqlParams;
import org.dutyledger.integration.imports.ImportColumn;
import org.dutyledger.integration.imports.ImportKind;
import org.dutyledger.integration.imports.Sheets;
import org.dutyledger.security.OrgScope;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The export of a kind in its import template's columns (the kind writes the query, see {@link KindExport}). The
 * query is fixed during the request (the caller's scope), then streamed from a cursor while the file is written.
 */
@ApplicationScoped
public class Exports {

    /** A query for one kind, its parameters bound; each result column is one template column, in order. */
    public record Query(ImportKind kind, String sql, SqlParams params) {
    }

    /** Receives the exported rows in the words of the template (Chinese labels, 是/否). */
    public interface RowSink {
        void row(List<String> values) throws java.io.IOException;
    }

    @Inject
    OrgScope scope;

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    /** What the caller may see of a kind, optionally only the subtree of `underId`. */
    public Query query(ImportKind kind, Long underId) {
        String underPath = underId == null ? null : readablePath(underId);
        ExportScope rows = new ExportScope(scope, SqlParams.forJdbc(), underPath);
        return new Query(kind, kind.exportSql(rows), rows.params());
    }

    private String readablePath(long organizationId) {
        List<?> paths = em.createNativeQuery("SELECT path FROM organization WHERE id = ?1")
                .setParameter(1, organizationId).getResultList();
        if (paths.isEmpty() || !scope.canRead((String) paths.get(0))) {
            throw ProblemException.notFound("Organization", organizationId);
        }
        return (String) paths.get(0);
    }

    /** Runs the query on a connection of its own, reading through a cursor (1,000 rows at a time). */
    public void stream(Query q, RowSink sink) throws java.io.IOException {
        List<ImportColumn> columns = q.kind().columns();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(q.sql())) {
                ps.setFetchSize(1000);
                q.params().applyTo(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        List<String> values = new ArrayList<>(columns.size());
                        for (int i = 0; i < columns.size(); i++) {
                            String v = rs.getString(i + 1);
                            values.add(v == null ? "" : Sheets.display(columns.get(i), v));
                        }
                        sink.row(values);
                    }
                }
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new java.io.IOException(e);
        }
    }
}
