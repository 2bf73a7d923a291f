package org.dutyledger.publication;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.dutyledger.audit.AuditTrail;
import org.dutyledger.audit.Changes;
import org.dutyledger.security.CurrentUser;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes what a transition leaves behind, in the transition's own transaction: the item's timeline row,
 * the audit event and, for what other systems care about, an outbox event.
 */
@ApplicationScoped
public class PublicationJournal {

    static final String ENTITY = "publication";
    private static final Set<String> EMITTED = Set.of("submitted", "approved", "rejected", "published", "retracted");

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser user;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Publication p, String action, PublicationStatus from, Integer step, String comment, Changes changes) {
        boolean person = Arc.container().requestContext().isActive() && !user.isAnonymous() && !user.isSystem();
        Long actor = person ? user.personId() : null;
        String username = person ? user.username() : AuditTrail.SYSTEM;
        Instant now = Instant.now();
        em.createNativeQuery("""
                        INSERT INTO publication_transition (publication_id, action, from_status, to_status, submission, step,
                            revision_number, content_hash, actor_person_id, actor_username, comment, occurred_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)""")
                .setParameter(1, p.id).setParameter(2, action).setParameter(3, from == null ? null : from.name())
                .setParameter(4, p.status.name()).setParameter(5, p.submission).setParameter(6, step)
                .setParameter(7, p.revisionNumber).setParameter(8, p.contentHash).setParameter(9, actor)
                .setParameter(10, username).setParameter(11, comment).setParameter(12, now.atOffset(ZoneOffset.UTC))
                .executeUpdate();
        // The audit trail writes the outbox event; the review transitions carry what a connector needs.
        audit.record("publication." + action, ENTITY, p.id, p.organizationId, changes
                .put("status", from, p.status)
                .put("revision", null, p.revisionNumber + " " + p.contentHash),
                EMITTED.contains(action) ? payload(p, action, step, comment, actor, now) : Map.of());
    }

    private static Map<String, Object> payload(Publication p, String action, Integer step, String comment, Long actor, Instant at) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("publicationId", p.id);
        m.put("channelId", p.channelId);
        m.put("organizationId", p.organizationId);
        m.put("status", p.status.name());
        m.put("revisionNumber", p.revisionNumber);
        m.put("contentHash", p.contentHash);
        m.put("step", step);
        m.put("actorPersonId", actor);
        m.put("comment", comment);
        m.put("occurredAt", at.toString());
        if ("published".equals(action)) {
            // The connector posts exactly the reviewed content.
            m.put("title", p.title);
            m.put("summary", p.summary);
            m.put("body", p.body);
            m.put("attachmentsPath", "/api/v1/publications/" + p.id + "/attachments");
        }
        return m;
    }
}
