package org.dutyledger.report.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.dutyledger.report.WorkReportQueries;
import org.dutyledger.report.WorkReportViews;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me/work-reports")
@Authenticated
@Tag(name = "Work reports")
public class MyWorkReportsResource {

    @Inject
    WorkReportQueries queries;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Work reports waiting for the caller: to sign off (as 第一责任人 today), to acknowledge (as the recipient's staff), returned to the caller's organizations")
    public WorkReportViews.Mine mine() {
        return queries.mine();
    }
}
