package org.dutyledger.report.major.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.dutyledger.report.major.MajorMatterQueries;
import org.dutyledger.report.major.MajorMatterViews;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me/major-matters")
@Authenticated
@Tag(name = "Reports")
public class MyMajorMattersResource {

    @Inject
    MajorMatterQueries queries;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Major matters waiting for the caller's acknowledgement (soonest deadline first) and the other open ones of or to the caller's organizations")
    public MajorMatterViews.Mine mine() {
        return queries.mine();
    }
}
