package org.dutyledger.inspection.rectification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.dutyledger.audit.AuditTrail;
import org.dutyledger.audit.Changes;
import org.dutyledger.common.AttachmentTransfer;
import org.dutyledger.common.FieldCode;
import org.dutyledger.common.FileChecks;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.Texts;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.security.CurrentUser;
import org.dutyledger.security.OrgScope;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Evidence files of a progress update, uploaded and downloaded here only (the attachment endpoints' shared helper
 * can take this over in one place): the checks of {@link FileChecks}, stored with its SHA-256, audited.
 */
@ApplicationScoped
public class RectificationEvidence {

    @Inject
    EntityManager em;

    @Inject
    RectificationService rectifications;

    @Inject
    OrganizationRepository organizations;

    @Inject
    OrgScope scope;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    @Inject
    RectificationConfig config;

    @Transactional
    public RectificationViews.Attachment add(long rectificationId, long progressId, String fileName, String declaredType, byte[] content) {
        Rectification r = rectifications.get(rectificationId);
        Finding f = rectifications.finding(r);
        @SuppressWarnings("unchecked")
        List<Number> authors = em.createNativeQuery("SELECT coalesce(author_person_id, 0) FROM rectification_progress"
                + " WHERE id = ?1 AND rectification_id = ?2").setParameter(1, progressId).setParameter(2, r.id).getResultList();
        if (authors.isEmpty()) {
            throw ProblemException.notFound("Progress", progressId);
        }
        // Evidence goes with the update: its author, the responsible person or the target's staff add it.
        if (!Objects.equals(user.personId(), authors.get(0).longValue()) && !Objects.equals(user.personId(), r.responsiblePersonId)
                && !scope.canWrite(organizations.require(f.targetOrganizationId).path)) {
            throw RectificationProblems.notOwner("上传整改佐证材料");
        }
        if (r.status == RectificationStatus.VERIFIED) {
            throw RectificationProblems.transition(r.status, "attachment");
        }
        String name = Texts.clean(fileName);
        if (name == null || name.length() > 255) {
            throw ProblemException.invalid("file", FieldCode.FILE_NAME, Map.of("max", 255));
        }
        FileChecks.Inspected file = FileChecks.inspect(name, declaredType, content, config.attachments().maxSize().asLongValue());
        Instant now = Instant.now();
        long id = ((Number) em.createNativeQuery("INSERT INTO rectification_attachment (progress_id, file_name, media_type,"
                        + " size_bytes, sha256, content, uploaded_by_person_id, uploaded_by_name, uploaded_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id")
                .setParameter(1, progressId).setParameter(2, name).setParameter(3, file.mediaType()).setParameter(4, file.size())
                .setParameter(5, file.sha256()).setParameter(6, content).setParameter(7, user.personId())
                .setParameter(8, user.displayName()).setParameter(9, now.atOffset(ZoneOffset.UTC)).getSingleResult()).longValue();
        audit.record("rectification.attachment-added", RectificationService.ENTITY, r.id, f.targetOrganizationId, Changes.create()
                .put("progressId", null, progressId).put("attachment", null, name + " " + file.sha256()));
        return new RectificationViews.Attachment(id, name, file.mediaType(), file.size(), file.sha256(), now, user.displayName());
    }

    /** The stored file of a visible rectification's progress update; 404 otherwise. */
    @Transactional
    public AttachmentTransfer.StoredFile content(long rectificationId, long progressId, long attachmentId) {
        Rectification r = rectifications.get(rectificationId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT a.file_name, a.media_type, a.content, a.sha256"
                        + " FROM rectification_attachment a JOIN rectification_progress p ON p.id = a.progress_id"
                        + " WHERE a.id = ?1 AND p.id = ?2 AND p.rectification_id = ?3")
                .setParameter(1, attachmentId).setParameter(2, progressId).setParameter(3, r.id).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Attachment", attachmentId);
        }
        return AttachmentTransfer.StoredFile.of(rows.get(0));
    }
}
