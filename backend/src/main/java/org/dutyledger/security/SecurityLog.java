package org.dutyledger.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.common.RequestContext;
import org.jboss.logging.Logger;

import java.util.Set;

/**
 * The security log: refused writes (401, 403, 404 on a non-read method), kept apart from the audit
 * chain because the change they attempted never happened. Written in its own transaction.
 */
@ApplicationScoped
public class SecurityLog {

    private static final Logger LOG = Logger.getLogger(SecurityLog.class);
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    EntityManager em;

    @Inject
    io.quarkus.security.identity.SecurityIdentity identity;

    @Inject
    RequestContext requestContext;

    public void refused(String method, String path, int status) {
        if (READS.contains(method)) {
            return;
        }
        String username = null;
        String subject = null;
        String requestId = null;
        try {
            if (!identity.isAnonymous()) {
                username = identity.getPrincipal().getName();
                if (identity.getPrincipal() instanceof org.eclipse.microprofile.jwt.JsonWebToken jwt) {
                    subject = jwt.getSubject();
                }
            }
            requestId = requestContext.requestId();
        } catch (RuntimeException e) {
            // No active request context or identity: log what we know.
        }
        String u = username;
        String s = subject;
        String r = requestId;
        Runnable write = () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "INSERT INTO security_event (subject, username, method, path, status, request_id) "
                                + "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, s).setParameter(2, u).setParameter(3, method)
                .setParameter(4, path.length() > 2000 ? path.substring(0, 2000) : path)
                .setParameter(5, status).setParameter(6, r).executeUpdate());
        if (Context.isOnEventLoopThread()) {
            Infrastructure.getDefaultWorkerPool().execute(() -> safely(write));
        } else {
            safely(write);
        }
    }

    private static void safely(Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            LOG.warn("Could not write the security log", e);
        }
    }
}
