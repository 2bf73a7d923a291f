package org.dutyledger.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.SqlValues;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** In-app notifications of a person; one per person, type and subject, so a job may safely run twice. */
@ApplicationScoped
public class Notifications {

    @Inject
    EntityManager em;

    /** Returns false when this person already had this notification about this subject. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean notifyOnce(long personId, String type, String subjectKey, String title, String link) {
        return em.createNativeQuery("INSERT INTO notification (person_id, type, title, link, subject_key, created_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT ON CONSTRAINT notification_once DO NOTHING")
                .setParameter(1, personId).setParameter(2, type).setParameter(3, title).setParameter(4, link)
                .setParameter(5, subjectKey).setParameter(6, Instant.now().atOffset(ZoneOffset.UTC)).executeUpdate() == 1;
    }

    public List<NotificationView> of(long personId, boolean unreadOnly, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, type, title, link, created_at, read_at FROM notification"
                        + " WHERE person_id = ?1" + (unreadOnly ? " AND read_at IS NULL" : "") + " ORDER BY created_at DESC, id DESC")
                .setParameter(1, personId).setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new NotificationView(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], SqlValues.instant(r[4]), SqlValues.instant(r[5]))).toList();
    }

    public long unread(long personId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM notification WHERE person_id = ?1 AND read_at IS NULL")
                .setParameter(1, personId).getSingleResult()).longValue();
    }

    /** Marks one of the person's own notifications read; someone else's does not exist for them. */
    @Transactional
    public NotificationView markRead(long personId, long id) {
        int changed = em.createNativeQuery("UPDATE notification SET read_at = coalesce(read_at, ?3) WHERE id = ?1 AND person_id = ?2")
                .setParameter(1, id).setParameter(2, personId).setParameter(3, Instant.now().atOffset(ZoneOffset.UTC))
                .executeUpdate();
        if (changed == 0) {
            throw ProblemException.notFound("Notification", id);
        }
        return of(personId, false, 10_000).stream().filter(n -> n.id() == id).findFirst().orElseThrow();
    }
}
