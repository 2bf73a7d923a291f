package org.dutyledger.accountability.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.dutyledger.accountability.AccountabilityQueries;
import org.dutyledger.accountability.AccountabilityViews;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/me/accountability-lines")
@Authenticated
@Tag(name = "Accountability")
public class MyAccountabilityLinesResource {

    @Inject
    AccountabilityQueries queries;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The caller's own lines in accountability cases, newest case first")
    public List<AccountabilityViews.MyLine> mine() {
        return queries.mine();
    }
}
