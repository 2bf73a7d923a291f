package org.dutyledger.common;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Puts the request id (set by {@link RequestIdFilter}), the caller's username and the route template into the
 * logging MDC, so every log line of a request carries them (the JSON log prints them as fields). Only after the
 * route is matched are both known; the user is read from what authentication has already established, never
 * triggering it (authentication is lazy, so an anonymous route logs no user).
 */
public class RequestLogContext {

    public static final String REQUEST_ID = "requestId";
    public static final String USER = "user";
    public static final String ROUTE = "route";

    /** One DEBUG line per request: method, route, status (off by default; switched on by log category). */
    private static final Logger LOG = Logger.getLogger(RequestLogContext.class);

    @Inject
    CurrentVertxRequest vertxRequest;

    @ServerRequestFilter
    public void enter(ContainerRequestContext request, ResourceInfo resource) {
        // Keys are set or removed every time: a worker thread may still hold the previous request's values.
        put(ROUTE, request.getMethod() + " " + template(resource));
        put(USER, username());
    }

    @ServerResponseFilter
    public void leave(ContainerRequestContext request, ContainerResponseContext response) {
        if (LOG.isDebugEnabled()) {
            LOG.debugf("%s → %d", MDC.get(ROUTE) != null ? MDC.get(ROUTE) : request.getMethod(), response.getStatus());
        }
    }

    private String username() {
        RoutingContext routing = vertxRequest.getCurrent();
        if (routing != null && routing.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()) {
            return user.getSecurityIdentity().getPrincipal().getName();
        }
        return null;
    }

    /** The path as declared (`/api/v1/organizations/{id}`), never the raw URI with its ids. */
    static String template(ResourceInfo resource) {
        if (resource == null || resource.getResourceClass() == null) {
            return "?";
        }
        Path type = resource.getResourceClass().getAnnotation(Path.class);
        Path method = resource.getResourceMethod() == null ? null : resource.getResourceMethod().getAnnotation(Path.class);
        String joined = (type == null ? "" : type.value()) + "/" + (method == null ? "" : method.value());
        String template = joined.replaceAll("/+", "/");
        return template.length() > 1 && template.endsWith("/") ? template.substring(0, template.length() - 1) : template;
    }

    private static void put(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }
}
