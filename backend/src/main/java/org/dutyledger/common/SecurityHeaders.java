package org.dutyledger.common;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;

/**
 * Response headers against sniffing, framing, leaking referrers and injected script, on every response of the
 * service: the web app's documents get the Content-Security-Policy, the API's answers are never stored by a cache.
 * deploy/nginx.conf sends the same ones in docker-compose; the e2e spec security-headers.spec.ts checks both.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** The policy of the web app's pages; KEYCLOAK stands for the identity provider's origin. */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            // Ant Design writes its styles at run time (CSS-in-JS) into <style> elements and style attributes.
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            // The token endpoint (code exchange, refresh) and, if the refresh token is gone, a silent-renew iframe.
            "connect-src 'self' KEYCLOAK",
            "frame-src KEYCLOAK",
            "frame-ancestors 'none'",
            "form-action 'self'",
            "base-uri 'self'",
            "object-src 'none'");

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    @ConfigProperty(name = "dutyledger.web.oidc-authority")
    String authority;

    void install(@Observes Router router) {
        String csp = CONTENT_SECURITY_POLICY.replace("KEYCLOAK", origin(authority));
        // Before every other route, so that responses made by the OIDC layer (401) and by the SPA handler get them too.
        router.route().order(Integer.MIN_VALUE + 100).handler(rc -> {
            String path = rc.normalizedPath();
            boolean api = path.startsWith("/api/");
            boolean page = !api && !path.startsWith("/q/");
            rc.addHeadersEndHandler(v -> {
                MultiMap h = rc.response().headers();
                h.set("X-Content-Type-Options", "nosniff");
                h.set("Referrer-Policy", "same-origin");
                if (api) {
                    h.set("Cache-Control", "no-store");
                } else if (page) {
                    h.set("Content-Security-Policy", csp);
                    h.set("Permissions-Policy", PERMISSIONS_POLICY);
                    h.set("X-Frame-Options", "DENY");
                }
            });
            rc.next();
        });
    }

    /** scheme://host[:port] of the OIDC issuer URL. */
    static String origin(String url) {
        URI uri = URI.create(url.trim());
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("dutyledger.web.oidc-authority must be an absolute URL: " + url);
        }
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
