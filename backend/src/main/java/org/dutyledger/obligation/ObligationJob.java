package org.dutyledger.obligation;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.dutyledger.common.Today;
import org.jboss.logging.Logger;

/**
 * Generates the current and next periods' instances and lets statuses follow the date, at start and then every
 * `dutyledger.obligations.generate-every` (off in tests, which call {@link InstanceGenerator#generateAll} themselves).
 * Several instances of the service may run it at once: the unique key and a lock per rule series keep it exact.
 */
@ApplicationScoped
public class ObligationJob {

    private static final Logger LOG = Logger.getLogger(ObligationJob.class);

    @Inject
    InstanceGenerator generator;

    @Inject
    ObligationConfig config;

    void atStart(@Observes StartupEvent start) {
        if (!"off".equalsIgnoreCase(config.generateEvery())) {
            tick();
        }
    }

    @Scheduled(every = "${dutyledger.obligations.generate-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        int created = generator.generateAll(Today.date());
        if (created > 0) {
            LOG.infof("Generated %d obligation instance(s)", created);
        }
    }
}
