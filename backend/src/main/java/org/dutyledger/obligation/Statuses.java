package org.dutyledger.obligation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.dutyledger.common.Today;

import java.util.Collection;

/** Recounts instances from the records that count toward them and stores the status {@link StatusRule} gives. */
@ApplicationScoped
public class Statuses {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void recount(Collection<Long> instanceIds) {
        if (instanceIds.isEmpty()) {
            return;
        }
        Long[] ids = instanceIds.stream().distinct().toArray(Long[]::new);
        em.flush();
        em.createNativeQuery("""
                        UPDATE obligation_instance i SET
                          met_count = (SELECT count(*) FROM fulfilment_record_instance l WHERE l.instance_id = i.id),
                          met_on_time_count = (SELECT count(*) FROM fulfilment_record_instance l
                                               JOIN fulfilment_record f ON f.id = l.record_id
                                               WHERE l.instance_id = i.id AND f.happened_on <= i.due_date),
                          version = version + 1, updated_at = now()
                        WHERE i.id = ANY(?1)""").setParameter(1, ids).executeUpdate();
        em.createNativeQuery("UPDATE obligation_instance i SET status = " + StatusRule.sql("i", "CAST(?2 AS date)")
                + " WHERE i.id = ANY(?1)").setParameter(1, ids).setParameter(2, Today.date()).executeUpdate();
    }
}
