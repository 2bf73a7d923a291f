package org.dutyledger.notification;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.dutyledger.common.CachedCount;
import org.dutyledger.common.LedgerGauges;

/** Notifications nobody has read yet, across all people (a count only). */
@Startup
@ApplicationScoped
public class NotificationGauges implements LedgerGauges {

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry registry;

    private CachedCount unread;

    @PostConstruct
    void register() {
        unread = CachedCount.register(registry, "dutyledger.notifications.unread", null, "Notifications not yet read");
    }

    @Override
    @Transactional
    public void refresh() {
        unread.set(((Number) em.createNativeQuery("SELECT count(*) FROM notification WHERE read_at IS NULL")
                .getSingleResult()).longValue());
    }
}
