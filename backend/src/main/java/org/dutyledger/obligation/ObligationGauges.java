package org.dutyledger.obligation;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.dutyledger.common.CachedCount;
import org.dutyledger.common.LedgerGauges;

/** Obligation instances past their due date and not met (status OVERDUE, as the generation job keeps it). */
@Startup
@ApplicationScoped
public class ObligationGauges implements LedgerGauges {

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry registry;

    private CachedCount overdue;

    @PostConstruct
    void register() {
        overdue = CachedCount.register(registry, "dutyledger.obligations.overdue", null, "Obligation instances overdue");
    }

    @Override
    @Transactional
    public void refresh() {
        overdue.set(((Number) em.createNativeQuery("SELECT count(*) FROM obligation_instance WHERE status = ?1")
                .setParameter(1, ObligationStatus.OVERDUE.name()).getSingleResult()).longValue());
    }
}
