package org.dutyledger.common;

import jakarta.enterprise.context.RequestScoped;

/** The id of the current request, carried into audit and security events. */
@RequestScoped
public class RequestContext {

    private String requestId;

    public String requestId() {
        return requestId;
    }

    public void requestId(String requestId) {
        this.requestId = requestId;
    }
}
