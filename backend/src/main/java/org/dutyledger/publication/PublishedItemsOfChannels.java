package org.dutyledger.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.channel.PublishedItems;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The channel register's count of items online, answered from the publication table. */
@ApplicationScoped
public class PublishedItemsOfChannels implements PublishedItems {

    @Inject
    EntityManager em;

    @Override
    public Map<Long, Long> countsOf(Collection<Long> channelIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT channel_id, count(*) FROM publication WHERE channel_id = ANY(?1)"
                        + " AND status = 'PUBLISHED' GROUP BY channel_id")
                .setParameter(1, channelIds.toArray(Long[]::new)).getResultList();
        Map<Long, Long> out = new HashMap<>();
        rows.forEach(r -> out.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return out;
    }
}
