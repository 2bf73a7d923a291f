package org.dutyledger.publication.rest;

import java.util.Map;
import org.dutyledger.common.FieldCode;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.dutyledger.common.Params;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.Today;
import org.dutyledger.organization.OrganizationService;
import org.dutyledger.publication.PublicationStatistics;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import org.dutyledger.publication.PublicationViews;

@Path("/api/v1/publication-statistics")
@Authenticated
@Tag(name = "Publications")
@Produces(MediaType.APPLICATION_JSON)
public class PublicationStatisticsResource {

    @Inject
    PublicationStatistics statistics;

    @Inject
    OrganizationService organizations;

    @GET
    @Operation(summary = "Per channel and month of a subtree: published, rejected, retracted; median and p90 review hours")
    public PublicationViews.Statistics of(@Parameter(description = "Organization id (required)") @QueryParam("under") String under,
                                          @Parameter(description = "First day, default one year ago") @QueryParam("from") String from,
                                          @Parameter(description = "Last day, default today") @QueryParam("to") String to) {
        LocalDate last = Params.date("to", to) == null ? Today.date() : Params.date("to", to);
        LocalDate first = Params.date("from", from) == null ? last.minusYears(1).plusDays(1) : Params.date("from", from);
        if (first.isAfter(last)) {
            throw ProblemException.badRequest("from", FieldCode.AFTER_END, Map.of("end", "to"));
        }
        return statistics.of(organizations.get(Params.id("under", under)), first, last);
    }
}
