package org.dutyledger.common;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.concurrent.atomic.AtomicLong;

/** A gauge whose value was last read by a {@link LedgerGauges} refresh: scraping it costs no query. Only counts, never data. */
public final class CachedCount {

    private final AtomicLong value = new AtomicLong();

    private CachedCount() {
    }

    /** Registers the gauge; {@code tags} are name/value pairs. */
    public static CachedCount register(MeterRegistry registry, String name, String baseUnit, String description, String... tags) {
        CachedCount count = new CachedCount();
        Gauge.builder(name, count.value, AtomicLong::get).description(description).baseUnit(baseUnit).tags(tags)
                .strongReference(true).register(registry);
        return count;
    }

    public void set(long v) {
        value.set(v);
    }
}
