package org.dutyledger.integration.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.dutyledger.integration.jobs.LeasedJob;
import org.dutyledger.security.CurrentUser;

import java.time.Instant;

/**
 * One uploaded file on its way through dry run and commit; the worker that holds it keeps a heartbeat (the lease columns:
 * {@link LeasedJob}).
 */
@Entity
@Table(name = "import_job")
public class ImportJob extends LeasedJob {

    public static final String VALIDATING = "VALIDATING";
    public static final String VALID = "VALID";
    public static final String INVALID = "INVALID";
    public static final String COMMITTING = "COMMITTING";
    public static final String COMMITTED = "COMMITTED";
    public static final String FAILED = "FAILED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String format;

    @Column(name = "file_name")
    public String fileName;

    public String encoding;

    public int total;
    public int processed;

    @Column(name = "error_count")
    public int errorCount;

    @Column(name = "created_count")
    public int createdCount;

    @Column(name = "updated_count")
    public int updatedCount;

    @Column(name = "unchanged_count")
    public int unchangedCount;

    public String message;

    @Column(name = "created_by_subject")
    public String createdBySubject;

    @Column(name = "created_by_username", nullable = false)
    public String createdByUsername;

    @Column(name = "created_by_admin")
    public boolean createdByAdmin;

    @Column(name = "created_by_auditor")
    public boolean createdByAuditor;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public CurrentUser.StoredIdentity uploader() {
        return new CurrentUser.StoredIdentity(createdBySubject, createdByUsername, createdByAdmin, createdByAuditor);
    }
}
