package org.dutyledger.accountability.rest;

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
import org.dutyledger.accountability.AccountabilityCase;
import org.dutyledger.accountability.AccountabilityQueries;
import org.dutyledger.accountability.AccountabilityRequests;
import org.dutyledger.accountability.AccountabilityService;
import org.dutyledger.accountability.AccountabilityViews;
import org.dutyledger.accountability.CaseStatus;
import org.dutyledger.common.Params;
import org.dutyledger.common.VersionedAction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

@Path("/api/v1/accountability-cases")
@Authenticated
@Tag(name = "Accountability")
@Produces(MediaType.APPLICATION_JSON)
public class AccountabilityCaseResource {

    @Inject
    AccountabilityService service;

    @Inject
    AccountabilityQueries queries;

    @GET
    @Operation(summary = "Cases the caller sees (filers of the filing organization or above, admins, auditors; named persons see their own line), newest first")
    public AccountabilityViews.CasePage list(@QueryParam("filingOrganizationId") String filingOrganizationId,
                                             @QueryParam("subjectOrganizationId") String subjectOrganizationId,
                                             @Parameter(schema = @Schema(implementation = CaseStatus.class)) @QueryParam("status") String status,
                                             @Parameter(description = "0-based page, default 0") @QueryParam("page") String page,
                                             @Parameter(description = "1 to 500, default 50") @QueryParam("size") String size) {
        return queries.list(Params.optLong("filingOrganizationId", filingOrganizationId),
                Params.optLong("subjectOrganizationId", subjectOrganizationId), Params.optEnum("status", status, CaseStatus.class),
                Params.intInRange("page", page, 0, 0, 1_000_000), Params.intInRange("size", size, 50, 1, 500));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "File a case (DRAFT) with the proposal computed from the ledger on the incident date")
    @APIResponse(responseCode = "201", description = "Filed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountabilityViews.Case.class)))
    public Response file(@Valid @NotNull AccountabilityRequests.FileCase request) {
        AccountabilityCase c = service.file(request);
        return Response.created(URI.create("/api/v1/accountability-cases/" + c.id)).entity(view(c.id)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One case; a named person gets their own line only (ownLineOnly)")
    public AccountabilityViews.Case get(@PathParam("id") String id) {
        return view(Params.id("id", id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a DRAFT's facts and links; the proposal is computed again")
    public AccountabilityViews.Case edit(@PathParam("id") String id, @Valid @NotNull AccountabilityRequests.EditCase request) {
        return view(service.edit(Params.id("id", id), request).id);
    }

    @POST
    @Path("/{id}/recompute")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Compute a DRAFT's proposal again from the ledger as it stands")
    public AccountabilityViews.Case recompute(@PathParam("id") String id, @Valid @NotNull VersionedAction request) {
        return view(service.recompute(Params.id("id", id), request).id);
    }

    @PUT
    @Path("/{id}/lines/{lineId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a proposed line with a reason (DRAFT or UNDER_REVIEW); an exemption needs a record on file")
    public AccountabilityViews.Case editLine(@PathParam("id") String id, @PathParam("lineId") String lineId,
                                             @Valid @NotNull AccountabilityRequests.EditLine request) {
        return view(service.editLine(Params.id("id", id), Params.id("lineId", lineId), request).id);
    }

    @POST
    @Path("/{id}/lines/{lineId}/statement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The named person's statement (申辩), before the decision; a new one replaces the last")
    public AccountabilityViews.Case statement(@PathParam("id") String id, @PathParam("lineId") String lineId,
                                              @Valid @NotNull AccountabilityRequests.Statement request) {
        long caseId = Params.id("id", id);
        service.statement(caseId, Params.id("lineId", lineId), request);
        return view(caseId);
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "DRAFT → UNDER_REVIEW; the named persons are told they may add a statement")
    public AccountabilityViews.Case submit(@PathParam("id") String id, @Valid @NotNull VersionedAction request) {
        return view(service.submit(Params.id("id", id), request).id);
    }

    @POST
    @Path("/{id}/decide")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "UNDER_REVIEW → DECIDED: every line's responsibility and outcome, the basis document")
    public AccountabilityViews.Case decide(@PathParam("id") String id, @Valid @NotNull AccountabilityRequests.Decide request) {
        return view(service.decide(Params.id("id", id), request).id);
    }

    @POST
    @Path("/{id}/file-upward")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "DECIDED → FILED_UPWARD: reported to the filing organization's parent, whose filers are told")
    public AccountabilityViews.Case fileUpward(@PathParam("id") String id, @Valid @NotNull VersionedAction request) {
        return view(service.fileUpward(Params.id("id", id), request).id);
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "DECIDED or FILED_UPWARD → CLOSED")
    public AccountabilityViews.Case close(@PathParam("id") String id, @Valid @NotNull VersionedAction request) {
        return view(service.close(Params.id("id", id), request).id);
    }

    private AccountabilityViews.Case view(long id) {
        AccountabilityService.Seen seen = service.get(id);
        return queries.view(seen.c(), seen.sight());
    }
}
