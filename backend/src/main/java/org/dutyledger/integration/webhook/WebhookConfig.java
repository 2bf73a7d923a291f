package org.dutyledger.integration.webhook;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

@ConfigMapping(prefix = "dutyledger.webhooks")
public interface WebhookConfig {

    /** Period of the fan-out and delivery job, or "off". */
    String deliverEvery();

    int maxAttempts();

    Duration backoff();

    Duration timeout();

    Duration claimLease();

    Duration rotationGrace();

    boolean allowLocalHttp();

    /** Delivered and given-up deliveries, and outbox events without deliveries, are deleted after this long. */
    Duration retention();

    /** Period of the cleanup job, or "off". */
    String cleanupEvery();

    /** Rows deleted per statement (and transaction) by the cleanup job. */
    @io.smallrye.config.WithDefault("500")
    int cleanupBatch();
}
