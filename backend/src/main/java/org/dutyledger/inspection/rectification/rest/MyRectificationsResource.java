package org.dutyledger.inspection.rectification.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.dutyledger.inspection.rectification.RectificationQueries;
import org.dutyledger.inspection.rectification.RectificationViews;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me/rectifications")
@Authenticated
@Tag(name = "Inspections")
public class MyRectificationsResource {

    @Inject
    RectificationQueries queries;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rectifications the caller is responsible for (not yet closed, soonest due first) and those waiting for their verification")
    public RectificationViews.Mine mine() {
        return queries.mine();
    }
}
