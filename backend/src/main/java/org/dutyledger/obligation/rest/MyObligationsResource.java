package org.dutyledger.obligation.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.dutyledger.obligation.ObligationQueries;
import org.dutyledger.obligation.ObligationViews;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/me/obligations")
@Authenticated
@Tag(name = "Obligations")
public class MyObligationsResource {

    @Inject
    ObligationQueries queries;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What the caller's organizations owe (and the caller as a duty holder): open ones and those due in the last three months, soonest first")
    public List<ObligationViews.Instance> mine() {
        return queries.mine();
    }
}
