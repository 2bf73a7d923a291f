package org.dutyledger.audit.rest;

import java.util.Map;
import org.dutyledger.common.FieldCode;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.dutyledger.common.Downloads;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.dutyledger.audit.AuditEventPage;
import org.dutyledger.audit.AuditService;
import org.dutyledger.audit.VerificationResult;
import org.dutyledger.common.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail: read, verify, export. Nothing here writes, and nothing anywhere deletes. */
@Path("/api/v1/audit-events")
@Authenticated
@Tag(name = "Audit trail")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditService audit;

    @GET
    @Operation(summary = "List audit events, newest first, within the caller's scope")
    public AuditEventPage list(
            @QueryParam("entityType") String entityType,
            @QueryParam("entityId") String entityId,
            @Parameter(description = "Organization id: events of its whole subtree") @QueryParam("organization") String organization,
            @Parameter(description = "Actor username") @QueryParam("actor") String actor,
            @Parameter(description = "Action, or a prefix ending in .* such as organization.*") @QueryParam("action") String action,
            @Parameter(description = "ISO-8601 instant, inclusive") @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 instant, exclusive") @QueryParam("to") String to,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "1 to 500, default 50") @QueryParam("limit") String limit) {
        return audit.list(audit.filter(entityType, entityId, organization, actor, action, from, to, cursor),
                Params.intInRange("limit", limit, 50, 1, 500));
    }

    @GET
    @Path("/verify")
    @RolesAllowed({"admin", "auditor"})
    @Operation(summary = "Recompute the hash chain and report the first broken event, if any (admin and auditor)",
            description = "fromSeq and toSeq (default: the whole chain) must lie between 1 and the head, fromSeq <= toSeq (else 400). "
                    + "One verification at a time per instance: a second one gets 429 with Retry-After.")
    @APIResponse(responseCode = "200", description = "The outcome",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VerificationResult.class)))
    @APIResponse(responseCode = "429", description = "Another verification is running; retry after Retry-After seconds",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = org.dutyledger.common.Problem.class)))
    public VerificationResult verify(@Parameter(description = "First event, default 1") @QueryParam("fromSeq") String fromSeq,
                                     @Parameter(description = "Last event, default the head") @QueryParam("toSeq") String toSeq) {
        return audit.verify(Params.optLong("fromSeq", fromSeq), Params.optLong("toSeq", toSeq));
    }

    @GET
    @Path("/export")
    @Produces({"application/x-ndjson", "text/csv"})
    @Operation(summary = "Export the filtered events with their hashes (jsonl or csv), oldest first")
    @APIResponse(responseCode = "200", description = "The export file",
            content = {@Content(mediaType = "application/x-ndjson", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    public Response export(
            @Parameter(description = "jsonl (default) or csv") @QueryParam("format") String format,
            @QueryParam("entityType") String entityType,
            @QueryParam("entityId") String entityId,
            @QueryParam("organization") String organization,
            @QueryParam("actor") String actor,
            @QueryParam("action") String action,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        String f = format == null || format.isBlank() ? "jsonl" : format.trim().toLowerCase();
        if (!f.equals("jsonl") && !f.equals("csv")) {
            throw org.dutyledger.common.ProblemException.badRequest("format", FieldCode.NOT_ONE_OF, Map.of("allowed", "jsonl, csv"));
        }
        StreamingOutput body = audit.export(audit.filter(entityType, entityId, organization, actor, action, from, to, null), f);
        return Response.ok(body)
                .type(f.equals("csv") ? "text/csv; charset=UTF-8" : "application/x-ndjson; charset=UTF-8")
                .header("Content-Disposition", f.equals("csv") ? Downloads.attachment("审计日志", "audit-log", "csv")
                        : "attachment; filename=\"audit-events.jsonl\"")
                .build();
    }
}
