package org.dutyledger.duty.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.dutyledger.duty.DutyQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.dutyledger.duty.DutyViews;

@Path("/api/v1/me/duties")
@Authenticated
@Tag(name = "Duties")
@Produces(MediaType.APPLICATION_JSON)
public class MyDutiesResource {

    @Inject
    DutyQueries queries;

    @GET
    @Operation(summary = "The caller's duties held today: roles, supervised scopes and administered channels")
    public DutyViews.MyDuties myDuties() {
        return queries.myDuties();
    }
}
