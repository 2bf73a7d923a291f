package org.dutyledger.obligation.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.dutyledger.common.Params;
import org.dutyledger.obligation.ObligationQueries;
import org.dutyledger.obligation.ObligationRequests;
import org.dutyledger.obligation.ObligationRule;
import org.dutyledger.obligation.ObligationRuleService;
import org.dutyledger.obligation.ObligationViews;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

@Path("/api/v1/obligation-rules")
@Authenticated
@Tag(name = "Obligations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ObligationRuleResource {

    @Inject
    ObligationRuleService service;

    @Inject
    ObligationQueries queries;

    @GET
    @Operation(summary = "Obligation rules issued in or above the caller's scope")
    public ObligationViews.RulePage list(
            @Parameter(description = "Only rules issued by this organization") @QueryParam("issuer") String issuer,
            @Parameter(description = "Also retired and superseded versions (default false)") @QueryParam("includeRetired") String includeRetired,
            @Parameter(description = "0-based page, default 0") @QueryParam("page") String page,
            @Parameter(description = "1 to 500, default 50") @QueryParam("size") String size) {
        Long issuerId = Params.optLong("issuer", issuer);
        return queries.rules(issuerId == null ? null : service.visibleIssuer(issuerId), Params.bool("includeRetired", includeRetired, false),
                Params.intInRange("page", page, 0, 0, 1_000_000), Params.intInRange("size", size, 50, 1, 500));
    }

    @POST
    @Operation(summary = "Issue a rule for the issuer's subtree (staff of the issuing organization or admin)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObligationViews.Rule.class)))
    public Response create(@Valid @NotNull ObligationRequests.Rule request) {
        ObligationRule rule = service.create(request);
        return Response.created(URI.create("/api/v1/obligation-rules/" + rule.id)).entity(queries.ruleView(rule)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One rule version")
    public ObligationViews.Rule get(@PathParam("id") String id) {
        return queries.ruleView(service.get(Params.id("id", id)));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change a rule from the next period on: the current version ends with the current period and "
            + "the answer is the new version (changed in place while no period of it has begun)")
    public ObligationViews.Rule update(@PathParam("id") String id, @Valid @NotNull ObligationRequests.Rule request) {
        return queries.ruleView(service.update(Params.id("id", id), request));
    }

    @POST
    @Path("/{id}/retire")
    @Operation(summary = "Retire a rule: no more instances; those not yet counted toward are removed")
    public ObligationViews.Rule retire(@PathParam("id") String id, @Valid @NotNull ObligationRequests.Retire request) {
        return queries.ruleView(service.retire(Params.id("id", id), request));
    }
}
