package org.dutyledger.common;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.UUID;

/** Takes the caller's X-Request-Id (or makes one) and echoes it, so an audit event can be traced to its request. */
public class RequestIdFilter {

    static final String HEADER = "X-Request-Id";

    @Inject
    RequestContext context;

    @ServerRequestFilter(preMatching = true)
    public void assign(ContainerRequestContext request) {
        String given = request.getHeaderString(HEADER);
        boolean usable = given != null && given.matches("[A-Za-z0-9._:-]{1,100}");
        context.requestId(usable ? given : UUID.randomUUID().toString());
        MDC.put(RequestLogContext.REQUEST_ID, context.requestId());
    }

    @ServerResponseFilter
    public void echo(ContainerResponseContext response) {
        if (context.requestId() != null) {
            response.getHeaders().putSingle(HEADER, context.requestId());
        }
    }
}
