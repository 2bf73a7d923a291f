package org.dutyledger.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;

/** Refuses query parameters holding NUL or other control characters, which no field of ours accepts. */
public class ControlCharacterFilter {

    @ServerRequestFilter
    public void refuseControlCharacters(ContainerRequestContext request) {
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        for (Map.Entry<String, List<String>> param : query.entrySet()) {
            for (String value : param.getValue()) {
                if (value != null && value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                    throw ProblemException.badRequest(param.getKey(), FieldCode.CONTROL_CHARACTER);
                }
            }
        }
    }
}
