package org.dutyledger.common;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

/**
 * The language of error messages: the request's {@code Accept-Language} decides between Chinese (zh-CN, the default
 * when the header is absent or names neither) and English. Read where a message is written, so that a field error
 * thrown deep in a service already speaks the caller's language.
 */
public enum Language {
    ZH_CN, EN;

    /** The first of zh and en by the header's preference (q-values), zh-CN when it names neither. */
    public static Language of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ZH_CN;
        }
        return Arrays.stream(acceptLanguage.split(","))
                .map(Range::parse)
                .filter(r -> r.q > 0)
                .sorted(Comparator.comparingDouble((Range r) -> r.q).reversed())
                .map(r -> r.tag.startsWith("en") ? EN : r.tag.startsWith("zh") ? ZH_CN : null)
                .filter(l -> l != null)
                .findFirst().orElse(ZH_CN);
    }

    /** The language of the HTTP request being handled, zh-CN outside a request (jobs, schedulers). */
    public static Language current() {
        if (Arc.container() == null || !Arc.container().requestContext().isActive()) {
            return ZH_CN;
        }
        try (InstanceHandle<CurrentVertxRequest> request = Arc.container().instance(CurrentVertxRequest.class)) {
            RoutingContext routing = request.isAvailable() ? request.get().getCurrent() : null;
            return routing == null ? ZH_CN : of(routing.request().getHeader("Accept-Language"));
        }
    }

    /** The text in this language: {@code zh} or {@code en}. */
    public String pick(String zh, String en) {
        return this == EN ? en : zh;
    }

    private record Range(String tag, double q) {
        static Range parse(String part) {
            String[] bits = part.trim().split(";");
            double q = 1;
            for (int i = 1; i < bits.length; i++) {
                String b = bits[i].trim();
                if (b.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(b.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            return new Range(bits[0].trim().toLowerCase(Locale.ROOT), q);
        }
    }
}
