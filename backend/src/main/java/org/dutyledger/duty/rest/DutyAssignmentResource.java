package org.dutyledger.duty.rest;

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
import jakarta.ws.rs.core.Response;
import org.dutyledger.common.Params;
import org.dutyledger.common.Xlsx;
import org.dutyledger.duty.DutyListExport;
import org.dutyledger.duty.DutyAssignment;
import org.dutyledger.duty.DutyQueries;
import org.dutyledger.duty.DutyRole;
import org.dutyledger.duty.DutyService;
import org.dutyledger.organization.OrganizationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import org.dutyledger.duty.DutyAssignmentPage;
import org.dutyledger.duty.DutyAssignmentView;
import org.dutyledger.duty.DutyRequests;

@Path("/api/v1/duty-assignments")
@Authenticated
@Tag(name = "Duties")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DutyAssignmentResource {

    @Inject
    DutyService service;

    @Inject
    DutyQueries queries;

    @Inject
    OrganizationService organizations;

    @GET
    @Operation(summary = "List duty assignments in the caller's scope; `at` keeps those held on that day")
    public DutyAssignmentPage list(
            @Parameter(description = "Person id") @QueryParam("person") String person,
            @Parameter(description = "Organization id (that organization only)") @QueryParam("organization") String organization,
            @Parameter(description = "Organization id: its whole subtree") @QueryParam("under") String under,
            @QueryParam("role") String role,
            @Parameter(description = "YYYY-MM-DD: held on that day; absent: the whole history") @QueryParam("at") String at,
            @Parameter(description = "0-based page, default 0") @QueryParam("page") String page,
            @Parameter(description = "1 to 500, default 50") @QueryParam("size") String size) {
        return queries.list(filter(person, organization, under, role, at), Params.intInRange("page", page, 0, 0, 1_000_000),
                Params.intInRange("size", size, 50, 1, 500));
    }

    @GET
    @Path("/export.xlsx")
    @Produces(Xlsx.MEDIA_TYPE)
    @Operation(summary = "The filtered assignments (e.g. ?person= for one person's duties) as an Excel file, at most 10,000 rows")
    @APIResponse(responseCode = "200", description = "The xlsx file",
            content = @Content(mediaType = Xlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@QueryParam("person") String person, @QueryParam("organization") String organization,
                           @QueryParam("under") String under, @QueryParam("role") String role, @QueryParam("at") String at) {
        return DutyListExport.of(queries.list(filter(person, organization, under, role, at), 0, 10_000).items());
    }

    @POST
    @Operation(summary = "Assign a duty: person, role, organization, period, basis (and scope or channel)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DutyAssignmentView.class)))
    public Response assign(@Valid @NotNull DutyRequests.Assign request) {
        DutyAssignment a = service.assign(request);
        return Response.created(URI.create("/api/v1/duty-assignments/" + a.id)).entity(queries.view(a)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one duty assignment")
    public DutyAssignmentView get(@PathParam("id") String id) {
        return queries.view(service.get(Params.id("id", id)));
    }

    @POST
    @Path("/{id}/end")
    @Operation(summary = "End a duty: its last day (inclusive) and an optional reason")
    public DutyAssignmentView end(@PathParam("id") String id, @Valid @NotNull DutyRequests.End request) {
        return queries.view(service.end(Params.id("id", id), request));
    }

    private DutyQueries.ListFilter filter(String person, String organization, String under, String role, String at) {
        Long orgId = Params.optLong("organization", organization);
        Long underId = Params.optLong("under", under);
        return new DutyQueries.ListFilter(Params.optLong("person", person),
                orgId == null ? null : organizations.get(orgId), underId == null ? null : organizations.get(underId),
                Params.optEnum("role", role, DutyRole.class), Params.date("at", at));
    }

    @POST
    @Path("/{id}/correct")
    @Operation(summary = "Correct a mistaken entry with a reason; audited with before and after")
    public DutyAssignmentView correct(@PathParam("id") String id, @Valid @NotNull DutyRequests.Correct request) {
        return queries.view(service.correct(Params.id("id", id), request));
    }
}
