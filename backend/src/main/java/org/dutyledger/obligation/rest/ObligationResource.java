package org.dutyledger.obligation.rest;

import org.dutyledger.common.FieldCode;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.dutyledger.common.Params;
import org.dutyledger.common.ProblemException;
import org.dutyledger.obligation.ObligationQueries;
import org.dutyledger.obligation.ObligationRequests;
import org.dutyledger.obligation.ObligationService;
import org.dutyledger.obligation.ObligationStatus;
import org.dutyledger.obligation.ObligationViews;
import org.dutyledger.obligation.Periods;
import org.dutyledger.organization.OrganizationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/obligations")
@Authenticated
@Tag(name = "Obligations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ObligationResource {

    @Inject
    ObligationQueries queries;

    @Inject
    ObligationService service;

    @Inject
    OrganizationService organizations;

    @GET
    @Operation(summary = "Obligation instances of a subtree in the caller's scope, soonest due first")
    public ObligationViews.InstancePage list(
            @Parameter(description = "Organization id: instances of its whole subtree") @QueryParam("under") String under,
            @Parameter(description = "Period key (2026-07, 2026-Q3, 2026-H1, 2026): instances whose period lies within it")
            @QueryParam("period") String period,
            @QueryParam("status") String status,
            @Parameter(description = "0-based page, default 0") @QueryParam("page") String page,
            @Parameter(description = "1 to 500, default 50") @QueryParam("size") String size) {
        Long underId = Params.optLong("under", under);
        return queries.instances(new ObligationQueries.InstanceFilter(underId == null ? null : organizations.get(underId),
                        period == null || period.isEmpty() ? null : Periods.parse("period", period),
                        Params.optEnum("status", status, ObligationStatus.class)),
                Params.intInRange("page", page, 0, 0, 1_000_000), Params.intInRange("size", size, 50, 1, 500));
    }

    @GET
    @Path("/calendar")
    @Operation(summary = "An organization's instances of one year (its calendar)")
    public List<ObligationViews.Instance> calendar(@QueryParam("organizationId") String organizationId,
                                                   @Parameter(description = "e.g. 2026") @QueryParam("year") String year) {
        Long orgId = Params.optLong("organizationId", organizationId);
        int y = Params.intInRange("year", year, 0, 2000, 2100);
        if (orgId == null) {
            throw ProblemException.badRequest("organizationId", FieldCode.REQUIRED);
        }
        if (y == 0) {
            throw ProblemException.badRequest("year", FieldCode.REQUIRED);
        }
        return queries.calendar(organizations.get(orgId), y);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One instance with its fulfilment records")
    public ObligationViews.InstanceDetail get(@PathParam("id") String id) {
        long instanceId = queries.requireVisible(Params.id("id", id)).id();
        return ObligationViews.InstanceDetail.of(queries.instance(instanceId), queries.fulfilmentsOf(instanceId));
    }

    @POST
    @Path("/{id}/waive")
    @Operation(summary = "Waive an instance, with a reason (the issuing level only; never the obligated organization: self-waiver)")
    public ObligationViews.InstanceDetail waive(@PathParam("id") String id, @Valid @NotNull ObligationRequests.Waive request) {
        long instanceId = service.waive(Params.id("id", id), request);
        return ObligationViews.InstanceDetail.of(queries.instance(instanceId), queries.fulfilmentsOf(instanceId));
    }
}
