package org.dutyledger.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.dutyledger.integration.jobs.LeasedJob;
import org.dutyledger.security.CurrentUser;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One requested inspection package on its way from QUEUED to DONE (or FAILED, CANCELLED); the built zip is stored apart.
 * The worker building it holds it by its lease columns ({@link LeasedJob}).
 */
@Entity
@Table(name = "inspection_packages")
public class InspectionPackage extends LeasedJob {

    public static final String QUEUED = "QUEUED";
    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";
    public static final String CANCELLED = "CANCELLED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organization_id", nullable = false)
    public long organizationId;

    @Column(name = "from_date", nullable = false)
    public LocalDate from;

    @Column(name = "to_date", nullable = false)
    public LocalDate to;

    public boolean subtree;

    @Column(nullable = false)
    public String parts;

    @Column(name = "progress_done")
    public int progressDone;

    @Column(name = "progress_total")
    public int progressTotal;

    @Column(name = "failure_code")
    public String failureCode;

    @Column(name = "failure_message")
    public String failureMessage;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "size_bytes")
    public Long size;

    @Column(name = "file_count")
    public Integer fileCount;

    @Column(name = "manifest_sha256")
    public String manifestSha256;

    @Column(name = "requested_by_subject")
    public String requestedBySubject;

    @Column(name = "requested_by_username", nullable = false)
    public String requestedByUsername;

    @Column(name = "requested_by_admin")
    public boolean requestedByAdmin;

    @Column(name = "requested_by_auditor")
    public boolean requestedByAuditor;

    @Column(name = "requested_by_person_id")
    public Long requestedByPersonId;

    @Column(name = "requested_by_name")
    public String requestedByName;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    public CurrentUser.StoredIdentity requester() {
        return new CurrentUser.StoredIdentity(requestedBySubject, requestedByUsername, requestedByAdmin, requestedByAuditor);
    }

    public List<PackagePart> partList() {
        return Arrays.stream(parts.split(",")).filter(s -> !s.isBlank()).map(PackagePart::valueOf).toList();
    }
}
