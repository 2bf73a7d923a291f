package org.dutyledger.security;

import org.dutyledger.common.RefusalLog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.common.RequestContext;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The security log: refused writes (401, 403, 404 on a non-read method) and every refusal that is a decision of
 * the organization scope whatever its status (a 422 naming an organization the caller may not see), kept apart
 * from the audit chain because the change they attempted never happened. Written in its own transaction, with the
 * caller as authenticated (also on routes that do not exist) and the client's address. Anonymous requests to
 * routes that do not exist are not stored, only counted ({@link #anonymousNotFound()}): anyone can send those,
 * as many as they like, so storing them would let anyone fill the table.
 */
@ApplicationScoped
public class SecurityLog implements RefusalLog {

    /** Statuses of refused writes that are logged for any request. */
    public static final Set<Integer> LOGGED_STATUSES = Set.of(401, 403, 404);
    /** Stored paths are cut to this many characters (the column holds 2,000; nobody needs more to see the target). */
    public static final int MAX_PATH = 300;

    private static final Logger LOG = Logger.getLogger(SecurityLog.class);
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    EntityManager em;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    CurrentVertxRequest vertxRequest;

    @Inject
    RequestContext requestContext;

    @Inject
    SecurityConfig config;

    private ClientAddress clientAddress;
    private final AtomicLong anonymousNotFound = new AtomicLong();

    @PostConstruct
    void init() {
        clientAddress = new ClientAddress(config.trustedProxies().orElse(List.of()));
    }

    /** Unauthenticated requests answered 404 on a write method since this instance started (not stored). */
    public long anonymousNotFound() {
        return anonymousNotFound.get();
    }

    @Override
    public boolean logs(int status) {
        return LOGGED_STATUSES.contains(status);
    }

    @Override
    public void refused(String method, String path, int status) {
        if (READS.contains(method)) {
            return;
        }
        String requestId = null;
        String client = null;
        try {
            requestId = requestContext.requestId();
        } catch (RuntimeException e) {
            // No active request context: log what we know.
        }
        RoutingContext routing = vertxRequest.getCurrent();
        if (routing != null) {
            HttpServerRequest request = routing.request();
            String peer = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
            client = clientAddress.of(peer, request.getHeader("X-Forwarded-For"));
        }
        String stored = path.length() > MAX_PATH ? path.substring(0, MAX_PATH - 1) + "…" : path;
        String r = requestId;
        String c = client;
        // The identity as the token says, even where nothing asked for it (a route that does not exist).
        identities.getDeferredIdentity().subscribe().with(
                identity -> store(identity, method, stored, status, r, c),
                failure -> store(null, method, stored, status, r, c));
    }

    private void store(SecurityIdentity identity, String method, String path, int status, String requestId, String client) {
        boolean anonymous = identity == null || identity.isAnonymous();
        if (anonymous && status == 404) {
            anonymousNotFound.incrementAndGet();
            return;
        }
        String username = anonymous ? null : identity.getPrincipal().getName();
        String subject = !anonymous && identity.getPrincipal() instanceof org.eclipse.microprofile.jwt.JsonWebToken jwt
                ? jwt.getSubject() : null;
        Runnable write = () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "INSERT INTO security_event (subject, username, method, path, status, request_id, client_address) "
                                + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, subject).setParameter(2, username).setParameter(3, method)
                .setParameter(4, path).setParameter(5, status).setParameter(6, requestId)
                .setParameter(7, client == null || client.length() > 64 ? null : client).executeUpdate());
        if (io.vertx.core.Context.isOnEventLoopThread()) {
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
