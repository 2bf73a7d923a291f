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
}
