package org.dutyledger.integration.export;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.SqlParams;
import org.dutyledger.duty.DutyLedgerRows;
import org.dutyledger.integration.imports.ImportColumn;
import org.dutyledger.integration.imports.ImportKind;
import org.dutyledger.integration.imports.Sheets;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.security.OrgScope;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The export of a kind in its import template's columns, so that an exported file can be edited and imported
 * again (unchanged rows stay unchanged). The query is fixed during the request (the caller's scope), then
 * streamed from a cursor while the file is written.
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
    OrganizationRepository organizations;

    @Inject
    AgroalDataSource dataSource;

    /** What the caller may see of a kind, optionally only the subtree of `underId`. */
    public Query query(ImportKind kind, Long underId) {
        SqlParams p = SqlParams.forJdbc();
        String under = "";
        if (underId != null) {
            Organization org = organizations.findById(underId);
            if (org == null || !scope.canRead(org.path)) {
                throw ProblemException.notFound("Organization", underId);
            }
            under = " AND o.path LIKE " + p.bind(org.path + "%");
        }
        String sql = switch (kind) {
            case ORGANIZATIONS -> """
                    SELECT o.code, o.name, o.short_name, o.type, pa.code, o.sort_order::text
                    FROM organization o LEFT JOIN organization pa ON pa.id = o.parent_id
                    WHERE o.active AND %s%s ORDER BY o.path""".formatted(scope.readCondition("o.path", p), under);
            case PEOPLE -> """
                    SELECT pe.external_id, pe.name, pe.post, pe.phone, pe.email, pe.username, pe.active::text,
                      (SELECT po.code FROM membership pm JOIN organization po ON po.id = pm.organization_id
                        WHERE pm.person_id = pe.id AND pm.is_primary LIMIT 1)
                    FROM person pe WHERE %s ORDER BY pe.external_id NULLS LAST, pe.id""".formatted(
                    underId == null && scope.readsEverything() ? "TRUE"
                            : "EXISTS (SELECT 1 FROM membership m JOIN organization o ON o.id = m.organization_id "
                            + "WHERE m.person_id = pe.id AND " + scope.readCondition("o.path", p) + under + ")");
            case MEMBERSHIPS -> """
                    SELECT pe.external_id, o.code, m.role, m.is_primary::text
                    FROM membership m JOIN person pe ON pe.id = m.person_id JOIN organization o ON o.id = m.organization_id
                    WHERE %s%s ORDER BY o.path, pe.external_id NULLS LAST, pe.id""".formatted(scope.readCondition("o.path", p), under);
            case DUTY_ASSIGNMENTS -> DutyLedgerRows.exportSql(scope.readCondition("o.path", p) + under);
            case CHANNELS -> """
                    SELECT o.code, c.type, c.name, c.url, c.account_id, c.status, c.launched_on::text, c.closed_on::text,
                      c.close_reason, c.description
                    FROM channel c JOIN organization o ON o.id = c.organization_id
                    WHERE %s%s ORDER BY o.path, c.type, c.name, c.id""".formatted(scope.readCondition("o.path", p), under);
        };
        return new Query(kind, sql, p);
    }

    /** Runs the query on a connection of its own, reading through a cursor (1,000 rows at a time). */
    public void stream(Query q, RowSink sink) throws java.io.IOException {
        List<ImportColumn> columns = q.kind().columns;
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
