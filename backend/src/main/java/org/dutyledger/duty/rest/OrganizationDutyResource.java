package org.dutyledger.duty.rest;

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
import org.dutyledger.common.Today;
import org.dutyledger.duty.DutyAssignment;
import org.dutyledger.duty.DutyCandidates;
import org.dutyledger.duty.DutyQueries;
import org.dutyledger.duty.DutyService;
import org.dutyledger.organization.OrganizationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.dutyledger.duty.DutyAssignmentView;
import org.dutyledger.duty.DutyViews;
import org.dutyledger.duty.DutyRequests;

/** The duties of one organization: timeline, point in time, hand-over and settings. */
@Path("/api/v1/organizations/{id}")
@Authenticated
@Tag(name = "Duties")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationDutyResource {

    @Inject
    DutyService service;

    @Inject
    DutyQueries queries;

    @Inject
    OrganizationService organizations;

    @Inject
    DutyCandidates candidates;

    @GET
    @Path("/duty-assignments")
    @Operation(summary = "The full duty timeline of the organization: every assignment, ended and corrected ones included")
    public DutyViews.Timeline timeline(@PathParam("id") String id) {
        return queries.timeline(organizations.get(Params.id("id", id)));
    }

    @GET
    @Path("/responsibility")
    @Operation(summary = "Who held each role on a day (default today), with the covering 一岗双责 holders above")
    public DutyViews.Responsibility responsibility(@PathParam("id") String id,
                                                   @Parameter(description = "YYYY-MM-DD, default today") @QueryParam("at") String at) {
        LocalDate day = Params.date("at", at);
        return queries.responsibility(organizations.get(Params.id("id", id)), day == null ? Today.date() : day);
    }

    @POST
    @Path("/handover")
    @Operation(summary = "Hand a role over: the current holder(s) end the day before the effective date, the new one starts")
    @APIResponse(responseCode = "201", description = "Handed over; Location is the new assignment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DutyViews.Handover.class)))
    public Response handOver(@PathParam("id") String id, @Valid @NotNull DutyRequests.Handover request) {
        List<DutyAssignment> changed = service.handOver(Params.id("id", id), request);
        DutyAssignment started = changed.get(changed.size() - 1);
        List<DutyAssignmentView> views = queries.views(changed);
        var body = new DutyViews.Handover(views.subList(0, views.size() - 1), views.get(views.size() - 1));
        return Response.created(URI.create("/api/v1/duty-assignments/" + started.id)).entity(body).build();
    }

    @GET
    @Path("/duty-candidates/{personId}")
    @Operation(summary = "Whether a person is in the organization's line: the vacancy the matrix would show if they held one of its duties")
    public DutyViews.Candidate candidate(@PathParam("id") String id, @PathParam("personId") String personId) {
        return candidates.of(organizations.get(Params.id("id", id)), Params.id("personId", personId));
    }

    @GET
    @Path("/duty-settings")
    @Operation(summary = "The organization's duty settings")
    public DutyViews.Settings settings(@PathParam("id") String id) {
        long orgId = Params.id("id", id);
        return new DutyViews.Settings(orgId, service.settings(orgId));
    }

    @PUT
    @Path("/duty-settings")
    @Operation(summary = "Allow several DIRECT_RESPONSIBLE at once, or only one")
    public DutyViews.Settings changeSettings(@PathParam("id") String id, @Valid @NotNull DutyRequests.Settings request) {
        long orgId = Params.id("id", id);
        return new DutyViews.Settings(orgId, service.changeSettings(orgId, request));
    }
}
