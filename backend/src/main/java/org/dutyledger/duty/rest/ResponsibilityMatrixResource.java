package org.dutyledger.duty.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.dutyledger.common.Params;
import org.dutyledger.common.Today;
import org.dutyledger.common.Xlsx;
import org.dutyledger.duty.MatrixExport;
import org.dutyledger.duty.ResponsibilityMatrix;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dutyledger.duty.MatrixViews;

@Path("/api/v1")
@Authenticated
@Tag(name = "Duties")
@Produces(MediaType.APPLICATION_JSON)
public class ResponsibilityMatrixResource {

    @Inject
    ResponsibilityMatrix matrix;

    @Inject
    OrganizationService organizations;

    @GET
    @Path("/responsibility-matrix")
    @Operation(summary = "Rows: the active organizations of a subtree, a page at a time; columns: the roles; "
            + "cells: holders on the day; with vacancies, and the counts of the whole subtree")
    public MatrixViews.Matrix matrix(
            @Parameter(description = "Organization id, required", required = true) @QueryParam("under") String under,
            @Parameter(description = "YYYY-MM-DD, default today") @QueryParam("at") String at,
            @Parameter(description = "Only rows with a vacancy (default false)") @QueryParam("onlyProblems") String onlyProblems,
            @Parameter(description = "Index of the first row, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "Rows per page, 1 to " + MAX_ROWS + ", default " + DEFAULT_ROWS) @QueryParam("limit") String limit) {
        return matrix.page(root(under), day(at), Params.bool("onlyProblems", onlyProblems, false),
                Params.intInRange("offset", offset, 0, 0, Integer.MAX_VALUE),
                Params.intInRange("limit", limit, DEFAULT_ROWS, 1, MAX_ROWS));
    }

    /** What the web app shows at once; a whole 10,000-organization matrix is for the Excel export. */
    static final int DEFAULT_ROWS = 100;
    static final int MAX_ROWS = 10_000;

    @GET
    @Path("/responsibility-matrix/export.xlsx")
    @Produces(Xlsx.MEDIA_TYPE)
    @Operation(summary = "The responsibility matrix as an Excel file (Chinese headers, one row per organization)")
    @APIResponse(responseCode = "200", description = "The xlsx file",
            content = @Content(mediaType = Xlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@Parameter(required = true) @QueryParam("under") String under, @QueryParam("at") String at,
                           @QueryParam("onlyProblems") String onlyProblems) {
        return MatrixExport.of(matrix.of(root(under), day(at), Params.bool("onlyProblems", onlyProblems, false)));
    }

    @GET
    @Path("/vacancies")
    @Operation(summary = "Every vacancy of a subtree on the day (default today), as a flat list")
    public MatrixViews.Vacancies vacancies(@Parameter(required = true) @QueryParam("under") String under,
                                           @QueryParam("at") String at) {
        MatrixViews.Matrix m = matrix.of(root(under), day(at), true);
        List<MatrixViews.VacancyLine> items = new ArrayList<>();
        for (MatrixViews.Row row : m.rows()) {
            var org = new org.dutyledger.organization.OrganizationRef(row.organizationId(), row.code(), row.name());
            row.vacancies().forEach(v -> items.add(new MatrixViews.VacancyLine(org, v)));
        }
        return new MatrixViews.Vacancies(m.under(), m.at(), items);
    }

    private Organization root(String under) {
        return organizations.get(Params.id("under", under));
    }

    private static LocalDate day(String at) {
        LocalDate day = Params.date("at", at);
        return day == null ? Today.date() : day;
    }
}
