package org.dutyledger.integration.imports;

import java.util.Map;
import org.dutyledger.common.FieldCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.dutyledger.common.ProblemException;
import org.dutyledger.integration.imports.read.Formats;
import org.dutyledger.security.CurrentUser;
import org.dutyledger.security.OrgScope;
import org.dutyledger.security.PersonLink;

import java.time.Instant;
import java.util.List;

/** Accepting uploads and answering about jobs; the work itself happens in ImportWorker. */
@ApplicationScoped
public class ImportJobs {

    @Inject
    EntityManager em;

    @Inject
    ImportKinds kinds;

    @Inject
    CurrentUser user;

    @Inject
    ImportRows rows;

    @Inject
    ImportWorker worker;

    @Inject
    PersonLink personLink;

    /** Stores the upload and queues its dry run. */
    @Transactional
    public ImportJob upload(String kindName, String fileName, String encoding, String contentType, byte[] body) {
        ImportKind kind = kinds.require("kind", kindName);
        requireWriter();
        if (fileName != null && fileName.length() > 255) {
            throw ProblemException.badRequest("fileName", FieldCode.TOO_LONG, Map.of("max", 255));
        }
        Formats.Detected detected = Formats.detect(body, contentType, encoding);
        CurrentUser.StoredIdentity who = user.capture();
        ImportJob job = new ImportJob();
        job.kind = kind.key();
        job.format = detected.format();
        job.encoding = detected.encoding();
        job.fileName = fileName == null || fileName.isBlank() ? null : fileName.strip();
        job.status = ImportJob.VALIDATING;
        job.createdBySubject = who.subject();
        job.createdByUsername = who.username();
        job.createdByAdmin = who.admin();
        job.createdByAuditor = who.auditor();
        job.createdAt = Instant.now();
        em.persist(job);
        em.flush();
        em.createNativeQuery("INSERT INTO import_upload (job_id, content) VALUES (?1, ?2)")
                .setParameter(1, job.id).setParameter(2, body).executeUpdate();
        worker.wakeAfterCommit();
        return job;
    }

    /** A job of the caller (admin: anyone's), else 404. */
    public ImportJob get(long id) {
        ImportJob job = em.find(ImportJob.class, id);
        if (job == null || !user.isAdmin() && !job.createdByUsername.equals(user.username())) {
            throw ProblemException.notFound("Import job", id);
        }
        return job;
    }

    public List<ImportJob> recent(int limit) {
        if (user.isAdmin()) {
            return em.createQuery("FROM ImportJob ORDER BY id DESC", ImportJob.class).setMaxResults(limit).getResultList();
        }
        return em.createQuery("FROM ImportJob WHERE createdByUsername = ?1 ORDER BY id DESC", ImportJob.class)
                .setParameter(1, user.username()).setMaxResults(limit).getResultList();
    }

    /** The uploaders' names by username, for lists that show people's names rather than logins (上传人). */
    public Map<String, String> uploaderNames(List<ImportJob> jobs) {
        return personLink.namesOf(jobs.stream().map(j -> j.createdByUsername).distinct().toList());
    }

    public long errorTotal(long id) {
        get(id);
        return rows.errorTotal(id);
    }

    public List<ImportError> errors(long id, int offset, int limit) {
        get(id);
        return rows.errors(id, offset, limit);
    }

    /** Queues the commit of a VALID job; 409 in any other status. */
    @Transactional
    public ImportJob commit(long id) {
        ImportJob job = get(id);
        requireWriter();
        int updated = em.createNativeQuery("""
                        UPDATE import_job SET status = 'COMMITTING', processed = 0, claimed_by = NULL, heartbeat_at = NULL,
                        finished_at = NULL, version = version + 1 WHERE id = ?1 AND status = 'VALID'""")
                .setParameter(1, id).executeUpdate();
        if (updated != 1) {
            throw ProblemException.conflict("导入任务 " + id + " 的状态是 " + job.status
                    + "；只有 VALID（试运行无错误）的任务才能提交", "Import job " + id + " is " + job.status
                    + "; only a VALID job (a dry run without errors) can be committed");
        }
        em.refresh(job);
        worker.wakeAfterCommit();
        return job;
    }

    /** Only those who may change something import: administrators and STAFF of some organization. */
    private void requireWriter() {
        boolean staff = user.memberships().stream().anyMatch(m -> OrgScope.STAFF.equals(m.role()));
        if (!user.isAdmin() && !staff) {
            throw user.isAuditor()
                    ? ProblemException.forbidden("审计员角色可查阅全部内容，但不能修改任何内容", "The auditor role reads everything and changes nothing")
                    : ProblemException.forbidden("只有管理员和组织的工作人员可以导入", "Only administrators and STAFF of an organization may import");
        }
    }
}
