package org.dutyledger.obligation;

import jakarta.persistence.EntityManager;

import java.util.List;

/**
 * Deletes obligation instances nothing counts toward, with the reminders already sent for them. The reminder job
 * claims instances FOR UPDATE SKIP LOCKED and records a reminder in the same transaction: the instances are locked
 * first, so a reminder committed while we waited is seen and deleted too (deleting the reminders before holding the
 * lock missed one the job was about to commit, and the instance's delete then failed on the foreign key).
 */
final class InstanceRemoval {

    private InstanceRemoval() {
    }

    /** Removes the instances with these ids, locking them in id order; returns how many were deleted. */
    static int remove(EntityManager em, List<?> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        Long[] idArray = ids.stream().map(id -> ((Number) id).longValue()).sorted().toArray(Long[]::new);
        em.createNativeQuery("SELECT id FROM obligation_instance WHERE id = ANY(?1) ORDER BY id FOR UPDATE")
                .setParameter(1, idArray).getResultList();
        em.createNativeQuery("DELETE FROM obligation_reminder_sent WHERE instance_id = ANY(?1)").setParameter(1, idArray).executeUpdate();
        return em.createNativeQuery("DELETE FROM obligation_instance WHERE id = ANY(?1)").setParameter(1, idArray).executeUpdate();
    }
}
