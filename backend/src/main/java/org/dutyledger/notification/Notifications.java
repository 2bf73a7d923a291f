package org.dutyledger.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.SqlValues;
import org.dutyledger.outbox.Outbox;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * In-app notifications of a person; one per person, type and subject, so a job may safely run twice. Each one also
 * goes out as the webhook event {@value #EVENT_TYPE} in the same transaction, so an OA system can push it to phones.
 */
@ApplicationScoped
public class Notifications {

    /** The outbox event of every notification created. */
    public static final String EVENT_TYPE = "notification.created";

    static final int TITLE_MAX = 500;

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    /**
     * Returns false when this person already had this notification about this subject (then no event goes out).
     * `organizationId` is the organization the subject belongs to: webhook subscriptions of its subtree receive the event.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean notifyOnce(long personId, Long organizationId, String type, String subjectKey, String title, String link) {
        @SuppressWarnings("unchecked")
        List<Number> created = em.createNativeQuery("INSERT INTO notification (person_id, type, title, link, subject_key, created_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT ON CONSTRAINT notification_once DO NOTHING RETURNING id")
                .setParameter(1, personId).setParameter(2, type).setParameter(3, fitted(title)).setParameter(4, link)
                .setParameter(5, subjectKey).setParameter(6, Instant.now().atOffset(ZoneOffset.UTC)).getResultList();
        if (created.isEmpty()) {
            return false;
        }
        long id = created.get(0).longValue();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("notificationId", id);
        payload.put("personId", personId);
        payload.put("oaUserId", oaUserIdOf(personId));
        payload.put("type", type);
        payload.put("title", fitted(title));
        payload.put("link", link);
        outbox.add(EVENT_TYPE, organizationId, "notification", id, payload);
        return true;
    }

    /** A title fits its column (500 characters); a long comment quoted in it is cut. */
    static String fitted(String title) {
        return title.length() <= TITLE_MAX ? title : title.substring(0, TITLE_MAX - 1) + "…";
    }

    /** The person's user id in the OA system (the directory sync's external id), if they have one. */
    private String oaUserIdOf(long personId) {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("SELECT external_id FROM person WHERE id = ?1").setParameter(1, personId).getResultList();
        return ids.isEmpty() ? null : ids.get(0);
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
