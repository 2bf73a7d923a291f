package org.dutyledger.security.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.dutyledger.common.Params;
import org.dutyledger.security.SecurityLog;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** The security log of refused writes, for administrators and auditors. */
@Path("/api/v1/security-events")
@Tag(name = "Audit trail")
@Produces(MediaType.APPLICATION_JSON)
public class SecurityEventResource {

    @Schema(name = "SecurityEvent")
    public record SecurityEventView(@Schema(required = true) long id, @Schema(required = true) Instant occurredAt,
                                    String subject, String username, @Schema(required = true) String method,
                                    @Schema(required = true) String path, @Schema(required = true) int status,
                                    String requestId,
                                    @Schema(description = "The client's address (X-Forwarded-For only from trusted proxies)") String clientAddress) {
    }

    @Schema(name = "SecurityEventPage")
    public record SecurityEventPage(@Schema(required = true) List<SecurityEventView> items,
                                    @Schema(required = true) long total, @Schema(required = true) int page,
                                    @Schema(required = true) int size,
                                    @Schema(required = true, description = "Unauthenticated writes to routes that do not exist, "
                                            + "answered 404 since this instance started: counted, not stored")
                                    long anonymousNotFoundSinceStart) {
    }

    @Inject
    EntityManager em;

    @Inject
    SecurityLog securityLog;

    @GET
    @RolesAllowed({"admin", "auditor"})
    @Operation(summary = "List refused writes (401, 403, 404, and scope refusals of any status), newest first")
    public SecurityEventPage list(@QueryParam("page") String page, @QueryParam("size") String size) {
        int p = Params.intInRange("page", page, 0, 0, 1_000_000);
        int s = Params.intInRange("size", size, 50, 1, 500);
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM security_event").getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, occurred_at, subject, username, method, path, status, request_id, client_address "
                        + "FROM security_event ORDER BY id DESC")
                .setFirstResult(p * s).setMaxResults(s).getResultList();
        List<SecurityEventView> items = rows.stream().map(r -> new SecurityEventView(((Number) r[0]).longValue(),
                toInstant(r[1]), (String) r[2], (String) r[3], (String) r[4], (String) r[5], ((Number) r[6]).intValue(),
                (String) r[7], (String) r[8])).toList();
        return new SecurityEventPage(items, total, p, s, securityLog.anonymousNotFound());
    }

    private static Instant toInstant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (o instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        return Instant.parse(o.toString());
    }
}
