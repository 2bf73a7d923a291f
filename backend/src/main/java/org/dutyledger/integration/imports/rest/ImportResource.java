package org.dutyledger.integration.imports.rest;

import java.util.List;
import java.util.Map;
import org.dutyledger.common.FieldCode;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.dutyledger.common.Params;
import org.dutyledger.common.Xlsx;
import org.dutyledger.integration.imports.ImportJob;
import org.dutyledger.integration.imports.ImportJobs;
import org.dutyledger.integration.imports.ImportKind;
import org.dutyledger.integration.imports.ImportKinds;
import org.dutyledger.integration.imports.Sheets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

@Path("/api/v1/imports")
@Authenticated
@Tag(name = "Import")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    static final String CSV = "text/csv";

    @Inject
    ImportJobs jobs;

    @Inject
    Sheets sheets;

    @Inject
    ImportKinds kinds;

    @POST
    @Consumes({CSV, Xlsx.MEDIA_TYPE, MediaType.APPLICATION_JSON, MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    @Operation(summary = "Upload a file to import; its dry run (every row validated, nothing written) runs in the background",
            description = "The raw file is the request body: CSV (UTF-8 with or without BOM, or GB18030/GBK: detected, or "
                    + "declared with encoding=), XLSX (first sheet), or JSON (an array of objects keyed by the Chinese headers "
                    + "or camelCase field names). The first row holds the template's headers. Poll the job until it is VALID or INVALID.")
    @RequestBody(required = true, content = {
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = Xlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = Object.class, description = "Objects keyed by the template headers or field names")),
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "202", description = "Accepted; Location names the job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportViews.Job.class)))
    public Response upload(
            @Parameter(required = true, description = "organizations, people, memberships, duty-assignments or channels",
                    schema = @Schema(type = SchemaType.STRING))
            @QueryParam("kind") String kind,
            @Parameter(description = "Name of the uploaded file, shown in the job list") @QueryParam("fileName") String fileName,
            @Parameter(description = "CSV only: UTF-8, GB18030 or GBK (default: detected)") @QueryParam("encoding") String encoding,
            @HeaderParam("Content-Type") String contentType,
            byte[] body) {
        ImportJob job = jobs.upload(kind, fileName, encoding, contentType, body);
        return Response.accepted(view(job)).location(URI.create("/api/v1/imports/" + job.id)).build();
    }

    @GET
    @Operation(summary = "The caller's recent imports, newest first (administrators: everyone's)")
    public ImportViews.JobList list(@Parameter(description = "1 to 100, default 20") @QueryParam("limit") String limit) {
        List<ImportJob> recent = jobs.recent(Params.intInRange("limit", limit, 20, 1, 100));
        Map<String, String> names = jobs.uploaderNames(recent);
        return new ImportViews.JobList(recent.stream().map(job -> ImportViews.Job.of(job, names)).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One import job with its progress (poll about once a second while VALIDATING or COMMITTING)")
    public ImportViews.Job get(@PathParam("id") String id) {
        return view(jobs.get(Params.id("id", id)));
    }

    @GET
    @Path("/{id}/errors")
    @Operation(summary = "The errors found, in row order: row, column (Chinese header), value, code, message (Chinese)")
    public ImportViews.ErrorPage errors(@PathParam("id") String id,
                                        @Parameter(description = "0-based, default 0") @QueryParam("offset") String offset,
                                        @Parameter(description = "1 to 1000, default 100") @QueryParam("limit") String limit) {
        long jobId = Params.id("id", id);
        int from = Params.intInRange("offset", offset, 0, 0, 10_000_000);
        int size = Params.intInRange("limit", limit, 100, 1, 1000);
        return new ImportViews.ErrorPage(jobs.errorTotal(jobId),
                jobs.errors(jobId, from, size).stream().map(ImportViews.RowError::of).toList());
    }

    @GET
    @Path("/{id}/annotated.xlsx")
    @Produces(Xlsx.MEDIA_TYPE)
    @Operation(summary = "The uploaded rows as xlsx with a first column 错误 listing each row's errors (cells with errors highlighted)")
    @APIResponse(responseCode = "200", description = "The xlsx file",
            content = @Content(mediaType = Xlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response annotated(@PathParam("id") String id) {
        ImportJob job = jobs.get(Params.id("id", id));
        return download(sheets.annotated(kinds.require("kind", job.kind), job.id), "导入校验结果-" + job.id + ".xlsx");
    }

    @POST
    @Path("/{id}/commit")
    @Operation(summary = "Commit a VALID job: all rows in one transaction, or none (409 unless the job is VALID)")
    @APIResponse(responseCode = "202", description = "Accepted; the job is COMMITTING",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportViews.Job.class)))
    public Response commit(@PathParam("id") String id) {
        ImportJob job = jobs.commit(Params.id("id", id));
        return Response.accepted(view(job)).location(URI.create("/api/v1/imports/" + job.id)).build();
    }

    private ImportViews.Job view(ImportJob job) {
        return ImportViews.Job.of(job, jobs.uploaderNames(List.of(job)));
    }

    @GET
    @Path("/templates")
    @Operation(summary = "The kinds that can be imported and exported, in order, each with its template columns")
    public ImportViews.TemplateList templates() {
        return new ImportViews.TemplateList(kinds.all().stream().map(ImportViews.Template::of).toList());
    }

    @GET
    @Path("/templates/{kind}.xlsx")
    @Produces(Xlsx.MEDIA_TYPE)
    @Operation(summary = "The import template of a kind: the header row, and a 填写说明 sheet explaining every column")
    @APIResponse(responseCode = "200", description = "The xlsx file",
            content = @Content(mediaType = Xlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response template(@Parameter(schema = @Schema(type = SchemaType.STRING))
                         @PathParam("kind") String kind) {
        ImportKind k = kinds.require("kind", kind);
        return download(sheets.template(k), k.label() + "导入模板.xlsx");
    }

    static Response download(Object body, String fileName) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(body, Xlsx.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"download.xlsx\"; filename*=UTF-8''" + encoded)
                .build();
    }
}
