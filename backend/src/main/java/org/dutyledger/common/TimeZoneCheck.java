package org.dutyledger.common;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

/** A mistyped `dutyledger.time-zone` stops the service at startup instead of failing the first export. */
@Startup
@ApplicationScoped
public class TimeZoneCheck {

    @PostConstruct
    void check() {
        try {
            LocalTimes.zone();
        } catch (java.time.DateTimeException e) {
            throw new IllegalStateException(LocalTimes.CONFIG_KEY + " is not a time zone id such as Asia/Shanghai: " + e.getMessage(), e);
        }
    }
}
