package org.dutyledger.report.major.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.dutyledger.common.Params;
import org.dutyledger.report.major.MajorMatterLimits;
import org.dutyledger.report.major.MajorMatterRequests;
import org.dutyledger.report.major.MajorMatterViews;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/major-matters/limits/{organizationId}")
@Authenticated
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
public class MajorMatterLimitsResource {

    @Inject
    MajorMatterLimits limits;

    @GET
    @Operation(summary = "The organization's limits as a recipient of major matters (defaults 24 h to report, 4 h to acknowledge)")
    public MajorMatterViews.Limits get(@PathParam("organizationId") String organizationId) {
        return limits.get(Params.id("organizationId", organizationId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the organization's limits (staff of the organization; version 0 while the defaults apply)")
    public MajorMatterViews.Limits set(@PathParam("organizationId") String organizationId,
                                       @Valid @NotNull MajorMatterRequests.Limits request) {
        return limits.set(Params.id("organizationId", organizationId), request);
    }
}
