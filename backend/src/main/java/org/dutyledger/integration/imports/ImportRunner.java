package org.dutyledger.integration.imports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.common.BatchItemException;
import org.dutyledger.common.Problem;
import org.dutyledger.common.ProblemException;
import org.dutyledger.integration.imports.read.FileProblem;
import org.dutyledger.integration.imports.read.Formats;
import org.dutyledger.integration.imports.read.SourceReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The two phases of a job. Dry run: stream the file, check each page of rows, stage them with their errors
 * (nothing reaches the ledger). Commit: replay the staged rows through the domain services in ONE
 * transaction, so the import is all or nothing; progress goes out in short transactions of its own.
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);
    static final int PAGE = 500;
    /** Rows per page when new rows are written together: fewer, larger COPYs. */
    static final int BULK_PAGE = 2_000;
    /** Rows between flush/clear of the persistence context during the commit (memory stays flat). */
    static final int CLEAR_EVERY = 200;

    @Inject
    EntityManager em;

    @Inject
    ImportRows rows;

    @Inject
    ImportKinds kinds;

    @ConfigProperty(name = "dutyledger.imports.commit-timeout", defaultValue = "PT2H")
    Duration commitTimeout;

    private ImportKind kindOf(ImportJob job) {
        ImportKind kind = kinds.of(job.kind);
        if (kind == null) {
            throw new IllegalStateException("no import kind " + job.kind);
        }
        return kind;
    }

    /** Validates every row; ends VALID or INVALID. */
    public void dryRun(long jobId, String worker) {
        ImportJob job = QuarkusTransaction.requiringNew().call(() -> {
            rows.deleteAll(jobId);
            em.createNativeQuery("UPDATE import_job SET processed = 0, total = 0, error_count = 0, created_count = 0, "
                    + "updated_count = 0, unchanged_count = 0, message = NULL WHERE id = ?1").setParameter(1, jobId).executeUpdate();
            return em.find(ImportJob.class, jobId);
        });
        ImportKind kind = kindOf(job);
        RowHandler handler = kind;
        byte[] content = QuarkusTransaction.requiringNew().call(() -> (byte[]) em.createNativeQuery(
                "SELECT content FROM import_upload WHERE job_id = ?1").setParameter(1, jobId).getSingleResult());
        SourceReader reader = SourceReader.of(job.format, new Formats.Detected(job.format, job.encoding).charset());
        Counts counts = new Counts();
        try {
            int[] total = {0};
            reader.read(content, kind, r -> total[0]++);
            progress(jobId, worker, 0, total[0], 0);
            ImportState state = new ImportState(jobId);
            List<ImportRow> page = new ArrayList<>();
            reader.read(content, kind, raw -> {
                page.add(RowChecks.normalize(kind, raw));
                if (page.size() == PAGE) {
                    validatePage(handler, page, state, counts, worker, total[0]);
                }
            });
            if (!page.isEmpty()) {
                validatePage(handler, page, state, counts, worker, total[0]);
            }
            finish(jobId, worker, counts.errors > 0 ? ImportJob.INVALID : ImportJob.VALID, counts, null);
        } catch (FileProblem e) {
            QuarkusTransaction.requiringNew().run(() -> rows.putErrors(jobId, e.row(),
                    List.of(new ImportError(e.row(), e.column(), null, ImportError.INVALID_VALUE, e.getMessage()))));
            counts.errors++;
            finish(jobId, worker, ImportJob.INVALID, counts, e.getMessage());
        }
    }

    private void validatePage(RowHandler handler, List<ImportRow> page, ImportState state, Counts counts, String worker, int total) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (ImportRow r : page) {
                String key = handler.rowKey(r);
                if (key != null) {
                    Integer first = state.firstRowOfKey.putIfAbsent(key, r.rowNo);
                    if (first != null) {
                        r.error(handler.keyField(), ImportError.DUPLICATE, "与第 " + first + " 行重复");
                    }
                }
            }
            List<Outcome> outcomes = handler.validate(page, state);
            for (int i = 0; i < page.size(); i++) {
                ImportRow r = page.get(i);
                counts.processed++;
                if (!r.ok()) {
                    counts.errors += r.errors.size();
                } else {
                    counts.add(outcomes.get(i));
                }
            }
            rows.insert(state.jobId, page);
            em.createNativeQuery("UPDATE import_job SET processed = ?1, total = ?2, error_count = ?3, heartbeat_at = now() "
                            + "WHERE id = ?4 AND claimed_by = ?5")
                    .setParameter(1, counts.processed).setParameter(2, total).setParameter(3, counts.errors)
                    .setParameter(4, state.jobId).setParameter(5, worker).executeUpdate();
        });
        page.clear();
    }

    /** Writes every staged row in one transaction; ends COMMITTED, or FAILED with nothing written. */
    public void commit(long jobId, String worker) {
        ImportJob job = QuarkusTransaction.requiringNew().call(() -> em.find(ImportJob.class, jobId));
        ImportKind kind = kindOf(job);
        RowHandler handler = kind;
        int total = job.total;
        progress(jobId, worker, 0, total, job.errorCount);
        Counts counts = new Counts();
        ImportRow[] failed = new ImportRow[1];
        try {
            QuarkusTransaction.requiringNew().timeout((int) commitTimeout.toSeconds()).run(() -> {
                ImportState state = new ImportState(jobId);
                int after = -1;
                while (true) {
                    List<ImportRow> page = rows.page(kind, jobId, after, handler instanceof BulkCreates ? BULK_PAGE : PAGE);
                    if (handler instanceof BulkCreates bulk) {
                        commitPage(handler, bulk, page, state, counts, failed);
                        em.flush();
                        em.clear();
                        // a progress write is a transaction (and a disk flush) of its own: one per page of 2,000 rows
                        progress(jobId, worker, counts.processed, total, 0);
                    } else {
                        for (ImportRow r : page) {
                            failed[0] = r;
                            counts.add(handler.commit(r, state));
                            counts.processed++;
                            if (counts.processed % CLEAR_EVERY == 0) {
                                em.flush();
                                em.clear();
                                progress(jobId, worker, counts.processed, total, 0);
                            }
                        }
                    }
                    if (!page.isEmpty()) {
                        after = page.get(page.size() - 1).rowNo;
                    }
                    if (page.isEmpty()) {
                        break;
                    }
                }
                failed[0] = null;
                int updated = em.createNativeQuery("""
                                UPDATE import_job SET status = 'COMMITTED', processed = ?1, created_count = ?2, updated_count = ?3,
                                unchanged_count = ?4, error_count = 0, finished_at = now(), claimed_by = NULL, version = version + 1
                                WHERE id = ?5 AND claimed_by = ?6""")
                        .setParameter(1, counts.processed).setParameter(2, counts.created).setParameter(3, counts.updated)
                        .setParameter(4, counts.unchanged).setParameter(5, jobId).setParameter(6, worker).executeUpdate();
                if (updated != 1) {
                    throw new IllegalStateException("import job " + jobId + " was taken over by another worker");
                }
            });
        } catch (RuntimeException e) {
            ImportRow row = failed[0];
            String message;
            List<ImportError> errors = new ArrayList<>();
            if (row != null) {
                errors.addAll(rowErrors(row, e));
                message = "第 " + row.rowNo + " 行写入失败，整个导入已撤销：" + errors.get(0).message();
            } else {
                message = "导入失败，整个导入已撤销";
            }
            if (!(e instanceof ProblemException)) {
                LOG.warnf(e, "import job %d failed at commit", jobId);
            }
            QuarkusTransaction.requiringNew().run(() -> {
                if (row != null) {
                    rows.putErrors(jobId, row.rowNo, errors);
                }
                em.createNativeQuery("""
                                UPDATE import_job SET status = 'FAILED', message = ?1, error_count = ?2, created_count = 0,
                                updated_count = 0, unchanged_count = 0, finished_at = now(), claimed_by = NULL, version = version + 1
                                WHERE id = ?3 AND claimed_by = ?4""")
                        .setParameter(1, clip(message)).setParameter(2, errors.size()).setParameter(3, jobId)
                        .setParameter(4, worker).executeUpdate();
            });
        }
    }

    /**
     * One page in file order: runs of new rows are created together, a row that changes what exists is written on
     * its own after the new rows above it (it may refer to them).
     */
    private void commitPage(RowHandler handler, BulkCreates bulk, List<ImportRow> page, ImportState state, Counts counts,
                            ImportRow[] failed) {
        Set<String> existing = bulk.existingKeys(page);
        List<ImportRow> fresh = new ArrayList<>();
        for (ImportRow r : page) {
            String key = handler.rowKey(r);
            if (key == null || !existing.contains(key)) {
                fresh.add(r);
                continue;
            }
            createAll(bulk, fresh, counts, failed);
            failed[0] = r;
            counts.add(handler.commit(r, state));
            counts.processed++;
        }
        createAll(bulk, fresh, counts, failed);
    }

    private static void createAll(BulkCreates bulk, List<ImportRow> fresh, Counts counts, ImportRow[] failed) {
        if (fresh.isEmpty()) {
            return;
        }
        failed[0] = null;
        try {
            bulk.createAll(fresh);
        } catch (BatchItemException e) {
            failed[0] = fresh.get(e.index());
            throw e.problem();
        }
        counts.created += fresh.size();
        counts.processed += fresh.size();
        fresh.clear();
    }

    /** The service's answer, as row errors on the columns it names. */
    private static List<ImportError> rowErrors(ImportRow row, RuntimeException e) {
        List<ImportError> out = new ArrayList<>();
        if (e instanceof ProblemException p) {
            if (p.errors() != null) {
                for (Problem.FieldError f : p.errors()) {
                    out.add(new ImportError(row.rowNo, header(row.kind(), f.field()), null, code(p), f.message()));
                }
            }
            if (out.isEmpty()) {
                out.add(new ImportError(row.rowNo, "", null, code(p), p.getMessage()));
            }
        } else {
            out.add(new ImportError(row.rowNo, "", null, ImportError.CONFLICT, "写入时出错：" + e.getClass().getSimpleName()));
        }
        return out;
    }

    private static String code(ProblemException p) {
        return switch (p.status()) {
            case 403 -> ImportError.OUT_OF_SCOPE;
            case 404 -> ImportError.UNKNOWN_REFERENCE;
            case 409 -> ImportError.CONFLICT;
            default -> ImportError.INVALID_VALUE;
        };
    }

    private static String header(ImportKind kind, String field) {
        for (ImportColumn c : kind.columns()) {
            if (field != null && field.startsWith(c.field())) {
                return c.header();
            }
        }
        return field == null ? "" : field;
    }

    private void progress(long jobId, String worker, int processed, int total, int errors) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "UPDATE import_job SET processed = ?1, total = ?2, heartbeat_at = now() WHERE id = ?3 AND claimed_by = ?4")
                .setParameter(1, processed).setParameter(2, total).setParameter(3, jobId).setParameter(4, worker).executeUpdate());
    }

    private void finish(long jobId, String worker, String status, Counts counts, String message) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        UPDATE import_job SET status = ?1, processed = ?2, error_count = ?3, created_count = ?4, updated_count = ?5,
                        unchanged_count = ?6, message = ?7, finished_at = now(), claimed_by = NULL, version = version + 1
                        WHERE id = ?8 AND claimed_by = ?9""")
                .setParameter(1, status).setParameter(2, counts.processed).setParameter(3, counts.errors)
                .setParameter(4, counts.created).setParameter(5, counts.updated).setParameter(6, counts.unchanged)
                .setParameter(7, message == null ? null : clip(message)).setParameter(8, jobId).setParameter(9, worker)
                .executeUpdate());
    }

    private static String clip(String s) {
        return s.length() > 2000 ? s.substring(0, 2000) : s;
    }

    static final class Counts {
        int processed;
        int errors;
        int created;
        int updated;
        int unchanged;

        void add(Outcome o) {
            switch (o) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }
    }
}
