package org.dutyledger.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.dutyledger.audit.AuditTrail;
import org.dutyledger.audit.Changes;
import org.dutyledger.notification.Notifications;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The end of a build, each in one transaction: DONE stores the zip, marks the job and writes the package.built event
 * (with the manifest's SHA-256, so the audit chain vouches for the package) and the requester's notification; FAILED
 * says why. Neither happens when the job is no longer this worker's (cancelled, or taken over).
 */
@ApplicationScoped
public class PackageCompletion {

    @Inject
    EntityManager em;

    @Inject
    PackageStore store;

    @Inject
    AuditTrail audit;

    @Inject
    Notifications notifications;

    /** Storing a large zip takes a while: the transaction may run up to an hour. */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW)
    @io.quarkus.narayana.jta.runtime.TransactionConfiguration(timeout = 3600)
    public void done(long id, String workerId, PackageBuilder.Built built, Instant expiresAt) {
        int updated = em.createNativeQuery("""
                        UPDATE inspection_packages SET status = 'DONE', progress_done = progress_total, finished_at = now(),
                        expires_at = ?3, size_bytes = ?4, file_count = ?5, manifest_sha256 = ?6, claimed_by = NULL,
                        failure_code = NULL, failure_message = NULL, version = version + 1
                        WHERE id = ?1 AND claimed_by = ?2 AND status = 'RUNNING'""")
                .setParameter(1, id).setParameter(2, workerId).setParameter(3, expiresAt.atOffset(ZoneOffset.UTC))
                .setParameter(4, built.size()).setParameter(5, built.fileCount()).setParameter(6, built.manifestSha256())
                .executeUpdate();
        if (updated != 1) {
            throw new PackageWorker.Stopped();
        }
        store.put(id, built.zip());
        InspectionPackage p = em.find(InspectionPackage.class, id);
        em.refresh(p);
        audit.record("package.built", PackageWorker.ENTITY_TYPE, id, p.organizationId, Changes.create()
                .put("manifestSha256", null, built.manifestSha256())
                .put("files", null, (long) built.fileCount())
                .put("size", null, built.size())
                .put("from", null, p.from.toString())
                .put("to", null, p.to.toString())
                .put("subtree", null, p.subtree));
        if (p.requestedByPersonId != null) {
            notifications.notifyOnce(p.requestedByPersonId, p.organizationId, "package.built", "inspection-package:" + id
                    + ":built:" + built.manifestSha256(), "迎检材料包已生成：" + p.fileName, "/inspection-packages/" + id);
        }
    }

    @Transactional(value = Transactional.TxType.REQUIRES_NEW)
    public void failed(long id, String workerId, Exception cause) {
        int updated = em.createNativeQuery("""
                        UPDATE inspection_packages SET status = 'FAILED', finished_at = now(), claimed_by = NULL,
                        failure_code = 'build-failed', failure_message = ?3, version = version + 1
                        WHERE id = ?1 AND claimed_by = ?2 AND status = 'RUNNING'""")
                .setParameter(1, id).setParameter(2, workerId)
                .setParameter(3, "生成时出错，请查看服务日志（" + cause.getClass().getSimpleName() + "）").executeUpdate();
        if (updated != 1) {
            return;
        }
        InspectionPackage p = em.find(InspectionPackage.class, id);
        em.refresh(p);
        audit.record("package.failed", PackageWorker.ENTITY_TYPE, id, p.organizationId, Changes.create()
                .put("status", InspectionPackage.RUNNING, InspectionPackage.FAILED));
        if (p.requestedByPersonId != null) {
            notifications.notifyOnce(p.requestedByPersonId, p.organizationId, "package.failed", "inspection-package:" + id
                    + ":failed:" + p.version, "迎检材料包生成失败：" + p.fileName, "/inspection-packages/" + id);
        }
    }
}
