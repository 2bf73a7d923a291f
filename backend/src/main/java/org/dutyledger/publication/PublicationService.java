package org.dutyledger.publication;

import java.util.Map;
import org.dutyledger.common.FieldCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.dutyledger.audit.Changes;
import org.dutyledger.channel.Channel;
import org.dutyledger.channel.ChannelRepository;
import org.dutyledger.channel.ChannelStatus;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.Texts;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.security.CurrentUser;
import org.dutyledger.security.OrgScope;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Writing an item: every save that changes its content is a new revision with a new content hash. */
@ApplicationScoped
public class PublicationService {

    @Inject
    PublicationRepository publications;

    @Inject
    ChannelRepository channels;

    @Inject
    OrganizationRepository organizations;

    @Inject
    OrgScope scope;

    @Inject
    PublicationAccess access;

    @Inject
    CurrentUser user;

    @Inject
    ReviewRules rules;

    @Inject
    PublicationJournal journal;

    @Inject
    AttachmentInspector inspector;

    @Inject
    EntityManager em;

    public Publication get(long id) {
        Publication p = publications.require(id);
        access.requireVisible(p, organizations.require(p.organizationId));
        return p;
    }

    @Transactional
    public Publication create(PublicationRequests.Create req) {
        Channel channel = channels.findById(req.channelId());
        Organization org = channel == null ? null : organizations.require(channel.organizationId);
        if (org == null || !scope.canRead(org.path)) {
            throw ProblemException.unknownReference("channelId", "channel", req.channelId());
        }
        scope.requireWrite(org.path, "Channel", channel.id);
        if (channel.status == ChannelStatus.CLOSED) {
            throw ProblemException.invalid("channelId", FieldCode.CHANNEL_CLOSED, Map.of("channelId", channel.id));
        }
        long author = rules.requirePerson(user.personId());
        Publication p = new Publication();
        p.channelId = channel.id;
        p.organizationId = org.id;
        p.authorPersonId = author;
        p.title = title(req.title());
        p.summary = Texts.clean(req.summary());
        p.body = BodySanitizer.sanitize(req.body());
        p.plannedPublishAt = req.plannedPublishAt();
        p.status = PublicationStatus.DRAFT;
        p.contentHash = "";
        p.createdAt = p.updatedAt = Instant.now();
        publications.persist(p);
        saveRevision(p, author);
        journal.record(p, "created", null, null, null, Changes.create()
                .put("channelId", null, p.channelId).put("title", null, p.title).put("plannedPublishAt", null, p.plannedPublishAt));
        return p;
    }

    @Transactional
    public Publication update(long id, PublicationRequests.Update req) {
        Publication p = writable(id, req.version(), "edit");
        long editor = rules.requirePerson(user.personId());
        Changes changes = Changes.create().put("title", p.title, title(req.title()))
                .put("plannedPublishAt", p.plannedPublishAt, req.plannedPublishAt());
        p.title = title(req.title());
        p.summary = Texts.clean(req.summary());
        p.body = BodySanitizer.sanitize(req.body());
        p.plannedPublishAt = req.plannedPublishAt();
        p.updatedAt = Instant.now();
        contentSaved(p, editor, changes);
        return p;
    }

    @Transactional
    public Publication addAttachment(long id, Long version, String fileName, String declaredType, byte[] content) {
        Publication p = writable(id, version, "attach");
        long uploader = rules.requirePerson(user.personId());
        String name = Texts.clean(fileName);
        if (name == null || name.length() > 255) {
            throw ProblemException.invalid("file", FieldCode.TOO_LONG, Map.of("max", 255));
        }
        AttachmentInspector.Inspected file = inspector.inspect(name, declaredType, content);
        em.createNativeQuery("INSERT INTO publication_attachment (publication_id, file_name, media_type, size_bytes, sha256,"
                        + " content, uploaded_by_person_id, uploaded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, p.id).setParameter(2, name).setParameter(3, file.mediaType()).setParameter(4, file.size())
                .setParameter(5, file.sha256()).setParameter(6, content).setParameter(7, uploader)
                .setParameter(8, Instant.now().atOffset(ZoneOffset.UTC)).executeUpdate();
        p.updatedAt = Instant.now();
        contentSaved(p, uploader, Changes.create().put("attachmentAdded", null, name + " " + file.sha256()));
        return p;
    }

    @Transactional
    public Publication removeAttachment(long id, long attachmentId, Long version) {
        Publication p = writable(id, version, "attach");
        long editor = rules.requirePerson(user.personId());
        int removed = em.createNativeQuery("UPDATE publication_attachment SET removed_at = ?3 WHERE id = ?1"
                        + " AND publication_id = ?2 AND removed_at IS NULL")
                .setParameter(1, attachmentId).setParameter(2, p.id).setParameter(3, Instant.now().atOffset(ZoneOffset.UTC))
                .executeUpdate();
        if (removed == 0) {
            throw ProblemException.notFound("Attachment", attachmentId);
        }
        p.updatedAt = Instant.now();
        contentSaved(p, editor, Changes.create().put("attachmentRemoved", attachmentId, null));
        return p;
    }

    /** A changed content after any review step voids the round: the reviewers saw something else. */
    private void contentSaved(Publication p, long personId, Changes changes) {
        PublicationStatus from = p.status;
        if (!saveRevision(p, personId)) {
            journal.record(p, "rescheduled", from, null, null, changes);
            return;
        }
        if (from == PublicationStatus.IN_REVIEW || from == PublicationStatus.APPROVED) {
            int voided = em.createNativeQuery("UPDATE publication_review SET voided_at = ?3 WHERE publication_id = ?1"
                            + " AND submission = ?2 AND voided_at IS NULL AND decision = 'APPROVED'")
                    .setParameter(1, p.id).setParameter(2, p.submission).setParameter(3, Instant.now().atOffset(ZoneOffset.UTC))
                    .executeUpdate();
            changes.put("approvalsVoided", null, (long) voided);
            PublicationWorkflow.backToDraft(p);
        }
        journal.record(p, "revised", from, null, null, changes);
    }

    /** Writes the next revision unless the content is unchanged; true when it wrote one. */
    boolean saveRevision(Publication p, long personId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, file_name, media_type, size_bytes, sha256 FROM publication_attachment"
                + " WHERE publication_id = ?1 AND removed_at IS NULL ORDER BY id").setParameter(1, p.id).getResultList();
        List<PublicationRevision.AttachmentRef> files = rows.stream().map(r -> new PublicationRevision.AttachmentRef(
                ((Number) r[0]).longValue(), (String) r[1], (String) r[2], ((Number) r[3]).longValue(), ((String) r[4]).trim())).toList();
        String hash = ContentHash.of(p.title, p.summary, p.body, files.stream().map(PublicationRevision.AttachmentRef::sha256).toList());
        if (hash.equals(p.contentHash)) {
            return false;
        }
        PublicationRevision r = new PublicationRevision();
        r.publicationId = p.id;
        r.number = p.revisionNumber + 1;
        r.title = p.title;
        r.summary = p.summary;
        r.body = p.body;
        r.attachments = files;
        r.contentHash = hash;
        r.authorPersonId = personId;
        r.createdAt = Instant.now();
        em.persist(r);
        p.revisionNumber = r.number;
        p.contentHash = hash;
        return true;
    }

    private Publication writable(long id, Long version, String action) {
        Publication p = publications.requireLocked(id);
        access.requireWrite(p, organizations.require(p.organizationId));
        PublicationWorkflow.checkVersion(p, version);
        PublicationWorkflow.requireAllowed(p, action);
        return p;
    }

    private static String title(String raw) {
        String t = Texts.clean(raw);
        if (t == null) {
            throw ProblemException.invalid("title", FieldCode.REQUIRED);
        }
        return t;
    }
}
