package org.dutyledger.integration.export;

import java.util.Map;
import org.dutyledger.common.FieldCode;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.dutyledger.common.Downloads;
import org.dutyledger.common.Language;
import org.dutyledger.common.Params;
import org.dutyledger.common.Xlsx;
import org.dutyledger.integration.imports.ImportKinds;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

@Path("/api/v1/exports")
@Authenticated
@Tag(name = "Export")
public class ExportResource {

    static final String CSV = "text/csv";

    @Inject
    Exports exports;

    @Inject
    ImportKinds kinds;

    @GET
    @Path("/{kind}.xlsx")
    @Produces(Xlsx.MEDIA_TYPE)
    @Operation(summary = "Export organizations, people, memberships, duty-assignments or channels as xlsx, in the import template's columns",
            description = "What the caller may see (auditors: everything); under= limits it to an organization's subtree.")
    @APIResponse(responseCode = "200", description = "The xlsx file",
            content = @Content(mediaType = Xlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response xlsx(@Parameter(schema = @Schema(type = SchemaType.STRING))
                         @PathParam("kind") String kind,
                         @Parameter(description = "Organization id: only its subtree") @QueryParam("under") String under) {
        Exports.Query q = query(kind, under);
        return file(ExportFiles.xlsx(exports, q), Xlsx.MEDIA_TYPE, q.kind().label() + ".xlsx");
    }

    @GET
    @Path("/{kind}.csv")
    @Produces(CSV)
    @Operation(summary = "Export as CSV (UTF-8 with BOM), in the import template's columns: Chinese headers, or the columns' field names with Accept-Language: en (both import back)",
            description = "What the caller may see (auditors: everything); under= limits it to an organization's subtree.")
    @APIResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response csv(@Parameter(schema = @Schema(type = SchemaType.STRING))
                         @PathParam("kind") String kind,
                        @Parameter(description = "Organization id: only its subtree") @QueryParam("under") String under) {
        Exports.Query q = query(kind, under);
        return Response.ok(ExportFiles.csv(exports, q, Language.current()), CSV + "; charset=UTF-8")
                .header("Content-Disposition", Downloads.attachment(q.kind().label(), q.kind().labelEn(), "csv")).build();
    }

    private Exports.Query query(String kind, String under) {
        return exports.query(kinds.require("kind", kind), Params.optLong("under", under));
    }

    private static Response file(StreamingOutput body, String type, String fileName) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"export\"; filename*=UTF-8''" + encoded)
                .build();
    }
}
