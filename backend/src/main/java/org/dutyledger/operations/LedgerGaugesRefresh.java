package org.dutyledger.operations;

import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.dutyledger.common.LedgerGauges;
import org.jboss.logging.Logger;

/**
 * Refreshes every capability's gauges on a schedule, so that a Prometheus scrape (every few seconds, from several
 * scrapers) never queries the database. Each instance refreshes its own copy; the counts are the same on all.
 */
@Startup
@ApplicationScoped
public class LedgerGaugesRefresh {

    private static final Logger LOG = Logger.getLogger(LedgerGaugesRefresh.class);

    @Inject
    @Any
    Instance<LedgerGauges> gauges;

    @Scheduled(every = "${dutyledger.metrics.refresh-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refresh() {
        for (LedgerGauges g : gauges) {
            try {
                g.refresh();
            } catch (RuntimeException e) {
                // One capability's failing query (a lost connection) must not stop the others' counts.
                LOG.warnf("ledger gauges %s not refreshed: %s", g.getClass().getSimpleName(), e.getMessage());
            }
        }
    }
}
