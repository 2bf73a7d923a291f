package org.dutyledger.audit;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.dutyledger.common.CachedCount;
import org.dutyledger.common.LedgerGauges;

/** The chain head's sequence number: it moves with every audited write, on whichever instance made it. */
@Startup
@ApplicationScoped
public class AuditGauges implements LedgerGauges {

    @Inject
    EntityManager em;

    private CachedCount headSeq;

    @Inject
    public AuditGauges(MeterRegistry registry) {
        headSeq = CachedCount.register(registry, "dutyledger.audit.chain.head.seq", null,
                "Sequence number of the last event in the audit chain");
    }

    @Override
    @Transactional
    public void refresh() {
        Number seq = (Number) em.createNativeQuery("SELECT last_seq FROM audit_chain_head WHERE id = 1").getSingleResult();
        headSeq.set(seq.longValue());
    }
}
