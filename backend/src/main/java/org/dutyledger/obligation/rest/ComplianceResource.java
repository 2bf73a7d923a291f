package org.dutyledger.obligation.rest;

import org.dutyledger.common.FieldCode;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.dutyledger.common.Params;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.Xlsx;
import org.dutyledger.obligation.Compliance;
import org.dutyledger.obligation.ObligationViews;
import org.dutyledger.obligation.Periods;
import org.dutyledger.organization.OrganizationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/compliance")
@Authenticated
@Tag(name = "Obligations")
public class ComplianceResource {

    @Inject
    Compliance compliance;

    @Inject
    OrganizationService organizations;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Compliance roll-up: per child of `under` (its subtree) and rule, the instances by status for a period")
    public ObligationViews.Compliance get(
            @Parameter(description = "Organization id", required = true) @QueryParam("under") String under,
            @Parameter(description = "Period key (2026-07, 2026-Q3, 2026-H1, 2026)", required = true) @QueryParam("period") String period,
            @Parameter(description = "Only rows with overdue or missed instances") @QueryParam("onlyProblems") String onlyProblems) {
        // Every parameter's form first, then what is missing: a bad value is named even when another is absent.
        Long underId = Params.optLong("under", under);
        Periods.Period p = optPeriod(period);
        boolean problems = Params.bool("onlyProblems", onlyProblems, false);
        return compliance.of(organizations.get(required(underId)), required(p), problems);
    }

    @GET
    @Path("/export")
    @Produces(Xlsx.MEDIA_TYPE)
    @Operation(summary = "The compliance table as an Excel file (Chinese headers)")
    @APIResponse(responseCode = "200", description = "The xlsx file",
            content = @Content(mediaType = Xlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@QueryParam("under") String under, @QueryParam("period") String period) {
        Long underId = Params.optLong("under", under);
        Periods.Period p = optPeriod(period);
        return compliance.export(organizations.get(required(underId)), required(p));
    }

    private static Periods.Period optPeriod(String raw) {
        return raw == null || raw.isEmpty() ? null : Periods.parse("period", raw);
    }

    private static long required(Long under) {
        if (under == null) {
            throw ProblemException.badRequest("under", FieldCode.REQUIRED);
        }
        return under;
    }

    private static Periods.Period required(Periods.Period period) {
        if (period == null) {
            throw ProblemException.badRequest("period", FieldCode.REQUIRED);
        }
        return period;
    }
}
