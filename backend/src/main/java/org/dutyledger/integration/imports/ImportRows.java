package org.dutyledger.integration.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.common.CopyIn;
import org.hibernate.Session;

import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The staged rows of a job (import_row): written in JDBC batches, read back in pages by row number. */
@ApplicationScoped
public class ImportRows {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> VALUES = new TypeReference<>() {
    };
    private static final TypeReference<List<Map<String, String>>> ERRORS = new TypeReference<>() {
    };

    @Inject
    EntityManager em;

    /** Stores a page of rows with their errors (COPY: the dry run of a large file writes every row); needs a transaction. */
    public void insert(long jobId, List<ImportRow> rows) {
        List<Object[]> data = new ArrayList<>(rows.size());
        for (ImportRow r : rows) {
            data.add(new Object[]{jobId, r.rowNo, json(r.values), r.errors.isEmpty() ? null : errorsJson(r.errors)});
        }
        em.unwrap(Session.class).doWork(c -> CopyIn.rows(c, "import_row", List.of("job_id", "row_no", "data", "errors"), data));
    }

    public void deleteAll(long jobId) {
        em.createNativeQuery("DELETE FROM import_row WHERE job_id = ?1").setParameter(1, jobId).executeUpdate();
    }

    /** Records errors on a row (a file-level problem has row 0 or 1 and no data). */
    public void putErrors(long jobId, int rowNo, List<ImportError> errors) {
        em.createNativeQuery("""
                        INSERT INTO import_row (job_id, row_no, data, errors) VALUES (?1, ?2, '{}'::jsonb, CAST(?3 AS jsonb))
                        ON CONFLICT (job_id, row_no) DO UPDATE SET errors = EXCLUDED.errors""")
                .setParameter(1, jobId).setParameter(2, rowNo).setParameter(3, errorsJson(errors)).executeUpdate();
    }

    /** The next rows after `afterRowNo`, in file order. */
    public List<ImportRow> page(ImportKind kind, long jobId, int afterRowNo, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT row_no, CAST(data AS text) FROM import_row WHERE job_id = ?1 AND row_no > ?2
                        AND data <> '{}'::jsonb ORDER BY row_no LIMIT ?3""")
                .setParameter(1, jobId).setParameter(2, afterRowNo).setParameter(3, limit).getResultList();
        List<ImportRow> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new ImportRow(kind, ((Number) r[0]).intValue(), values((String) r[1])));
        }
        return out;
    }

    public long errorTotal(long jobId) {
        return ((Number) em.createNativeQuery("""
                        SELECT coalesce(sum(jsonb_array_length(errors)), 0) FROM import_row
                        WHERE job_id = ?1 AND errors IS NOT NULL""")
                .setParameter(1, jobId).getSingleResult()).longValue();
    }

    /** Errors in row order, paged over the flattened list. */
    public List<ImportError> errors(long jobId, int offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT r.row_no, e.value ->> 'column', e.value ->> 'value', e.value ->> 'code', e.value ->> 'message'
                        FROM import_row r, jsonb_array_elements(r.errors) WITH ORDINALITY AS e(value, n)
                        WHERE r.job_id = ?1 AND r.errors IS NOT NULL
                        ORDER BY r.row_no, e.n OFFSET ?2 LIMIT ?3""")
                .setParameter(1, jobId).setParameter(2, offset).setParameter(3, limit).getResultList();
        return rows.stream().map(r -> new ImportError(((Number) r[0]).intValue(), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4])).toList();
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String errorsJson(List<ImportError> errors) {
        List<Map<String, String>> out = new ArrayList<>();
        for (ImportError e : errors) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("column", e.column());
            m.put("value", e.value());
            m.put("code", e.code());
            m.put("message", e.message());
            out.add(m);
        }
        return json(out);
    }

    static Map<String, String> values(String json) {
        try {
            return JSON.readValue(json, VALUES);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Map<String, String>> errorMaps(String json) {
        try {
            return json == null ? List.of() : JSON.readValue(json, ERRORS);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads rows with plain JDBC on a connection of its own (used while streaming a download). */
    static void scan(java.sql.Connection c, long jobId, RowVisitor visitor) throws java.sql.SQLException {
        int after = -1;
        while (true) {
            int seen = 0;
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT row_no, CAST(data AS text), CAST(errors AS text) FROM import_row
                    WHERE job_id = ? AND row_no > ? AND data <> '{}'::jsonb ORDER BY row_no LIMIT 1000""")) {
                ps.setLong(1, jobId);
                ps.setInt(2, after);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        seen++;
                        after = rs.getInt(1);
                        visitor.visit(after, values(rs.getString(2)), errorMaps(rs.getString(3)));
                    }
                }
            }
            if (seen < 1000) {
                return;
            }
        }
    }

    interface RowVisitor {
        void visit(int rowNo, Map<String, String> values, List<Map<String, String>> errors);
    }
}
