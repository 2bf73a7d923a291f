package org.dutyledger.report.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.dutyledger.common.AttachmentTransfer;
import org.dutyledger.common.Downloads;
import org.dutyledger.common.FieldCode;
import org.dutyledger.common.Params;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.Today;
import org.dutyledger.common.VersionedAction;
import org.dutyledger.common.Xlsx;
import org.dutyledger.obligation.Periods;
import org.dutyledger.organization.OrganizationService;
import org.dutyledger.report.WorkReport;
import org.dutyledger.report.WorkReportDocument;
import org.dutyledger.report.WorkReportKind;
import org.dutyledger.report.WorkReportPeriods;
import org.dutyledger.report.WorkReportQueries;
import org.dutyledger.report.WorkReportRequests;
import org.dutyledger.report.WorkReportService;
import org.dutyledger.report.WorkReportStatus;
import org.dutyledger.report.WorkReportViews;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

@Path("/api/v1/work-reports")
@Authenticated
@Tag(name = "Work reports")
@Produces(MediaType.APPLICATION_JSON)
public class WorkReportResource {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    WorkReportService service;

    @Inject
    WorkReportQueries queries;

    @Inject
    OrganizationService organizations;

    @GET
    @Operation(summary = "Work reports the caller may read (author, recipient or copy side), newest period first")
    public WorkReportViews.Page list(@QueryParam("organizationId") String organizationId,
                                     @QueryParam("recipientId") String recipientId,
                                     @Parameter(description = "2026-H1 or 2026") @QueryParam("period") String period,
                                     @QueryParam("kind") String kind,
                                     @QueryParam("status") String status,
                                     @Parameter(description = "0-based page, default 0") @QueryParam("page") String page,
                                     @Parameter(description = "1 to 500, default 50") @QueryParam("size") String size) {
        String p = period == null || period.isBlank() ? null : Periods.parse("period", period).key();
        return queries.list(new WorkReportQueries.Filter(Params.optLong("organizationId", organizationId),
                        Params.optLong("recipientId", recipientId), p, Params.optEnum("kind", kind, WorkReportKind.class),
                        Params.optEnum("status", status, WorkReportStatus.class)),
                Params.intInRange("page", page, 0, 0, 1_000_000), Params.intInRange("size", size, 50, 1, 500));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a report (DRAFT) to the parent or a named superior; the 第一责任人 is told it waits for sign-off")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkReportViews.Report.class)))
    public Response create(@Valid @NotNull WorkReportRequests.Create request) {
        return created(service.create(request));
    }

    @POST
    @Path("/compile")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start the organization's own report (DRAFT) from its children's submitted reports of the kind and period")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkReportViews.Report.class)))
    public Response compile(@Valid @NotNull WorkReportRequests.Compile request) {
        return created(service.compile(request));
    }

    @GET
    @Path("/status")
    @Operation(summary = "For a period: which organizations reporting to `under` have submitted, which are late, which have not started")
    public WorkReportViews.Board status(@QueryParam("under") String under, @QueryParam("period") String period,
                                        @Parameter(description = "Default: SEMIANNUAL for 2026-H1, ANNUAL for 2026") @QueryParam("kind") String kind) {
        return board(under, period, kind);
    }

    @GET
    @Path("/status/export")
    @Produces(Xlsx.MEDIA_TYPE)
    @Operation(summary = "The status board as an Excel file")
    @APIResponse(responseCode = "200", description = "The sheet",
            content = @Content(mediaType = Xlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@QueryParam("under") String under, @QueryParam("period") String period, @QueryParam("kind") String kind) {
        WorkReportViews.Board b = board(under, period, kind);
        List<List<String>> rows = b.rows().stream().map(r -> List.of(r.organizationName(), statusWords(r.status()),
                r.late() ? "是" : "否", r.submittedAt() == null ? "" : r.submittedAt().atZone(Today.ZONE).toLocalDate().toString())).toList();
        return Xlsx.download("工作汇报情况-" + b.period() + ".xlsx", "报送情况", List.of("组织", "状态", "逾期", "报送日期"), rows);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One work report")
    public WorkReportViews.Report get(@PathParam("id") String id) {
        return queries.view(service.get(Params.id("id", id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a DRAFT or RETURNED report; editing a SIGNED_OFF one puts it back to DRAFT")
    public WorkReportViews.Report update(@PathParam("id") String id, @Valid @NotNull WorkReportRequests.Update request) {
        return queries.view(service.update(Params.id("id", id), request));
    }

    @POST
    @Path("/{id}/sign-off")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign off (DRAFT or RETURNED → SIGNED_OFF): only the organization's FIRST_RESPONSIBLE of the day")
    public WorkReportViews.Report signOff(@PathParam("id") String id, @Valid @NotNull VersionedAction request) {
        return queries.view(service.signOff(Params.id("id", id), request.version()));
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit (SIGNED_OFF → SUBMITTED), late after dueOn; fulfils the REPORT obligation of the period")
    public WorkReportViews.Report submit(@PathParam("id") String id, @Valid @NotNull VersionedAction request) {
        return queries.view(service.submit(Params.id("id", id), request.version()));
    }

    @POST
    @Path("/{id}/acknowledge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Acknowledge (SUBMITTED → ACKNOWLEDGED): the recipient's staff")
    public WorkReportViews.Report acknowledge(@PathParam("id") String id, @Valid @NotNull VersionedAction request) {
        return queries.view(service.acknowledge(Params.id("id", id), request.version()));
    }

    @POST
    @Path("/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Return with a comment (SUBMITTED → RETURNED): the recipient's staff")
    public WorkReportViews.Report returnReport(@PathParam("id") String id, @Valid @NotNull WorkReportRequests.Return request) {
        return queries.view(service.returnReport(Params.id("id", id), request));
    }

    @GET
    @Path("/{id}/document")
    @Produces(DOCX)
    @Operation(summary = "The report as a Word document (.docx): title, recipient, the three sections, date, signature line")
    @APIResponse(responseCode = "200", description = "The document",
            content = @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response document(@PathParam("id") String id) {
        WorkReportViews.Report r = queries.view(service.get(Params.id("id", id)));
        LocalDate date = r.submittedAt() != null ? r.submittedAt().atZone(Today.ZONE).toLocalDate() : Today.date();
        return Response.ok(WorkReportDocument.docx(r, date), DOCX)
                .header("Content-Disposition", Downloads.attachment(WorkReportDocument.fileName(r), "report.docx")).build();
    }

    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach a file (form field `file`) to a DRAFT or RETURNED report: type read from the content, SHA-256, size limit")
    @APIResponse(responseCode = "201", description = "The attachment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkReportViews.Attachment.class)))
    public Response upload(@PathParam("id") String id, @RestForm("file") FileUpload file) {
        byte[] content = AttachmentTransfer.bytesOf(file);
        long reportId = Params.id("id", id);
        WorkReportViews.Attachment a = service.addAttachment(reportId, file.fileName(), file.contentType(), content);
        return AttachmentTransfer.created("/api/v1/work-reports/" + reportId + "/attachments/" + a.id(), a);
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Download an attachment")
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("id") String id, @PathParam("attachmentId") String attachmentId) {
        WorkReport r = service.get(Params.id("id", id));
        AttachmentTransfer.StoredFile file = queries.attachmentContent(r.id, Params.id("attachmentId", attachmentId));
        return AttachmentTransfer.download(file);
    }

    @DELETE
    @Path("/{id}/attachments/{attachmentId}")
    @Operation(summary = "Remove an attachment of a DRAFT or RETURNED report")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response removeAttachment(@PathParam("id") String id, @PathParam("attachmentId") String attachmentId) {
        service.removeAttachment(Params.id("id", id), Params.id("attachmentId", attachmentId));
        return Response.noContent().build();
    }

    private WorkReportViews.Board board(String under, String period, String kind) {
        if (under == null || under.isBlank()) {
            throw ProblemException.badRequest("under", FieldCode.REQUIRED);
        }
        if (period == null || period.isBlank()) {
            throw ProblemException.badRequest("period", FieldCode.REQUIRED);
        }
        WorkReportKind k = Params.optEnum("kind", kind, WorkReportKind.class);
        if (k == null) {
            k = Periods.parse("period", period).kind() == org.dutyledger.obligation.PeriodKind.HALF
                    ? WorkReportKind.SEMIANNUAL : WorkReportKind.ANNUAL;
        }
        Periods.Period p = WorkReportPeriods.parse("period", k, period);
        return queries.board(organizations.get(Params.id("under", under)), k, p);
    }

    private static String statusWords(WorkReportViews.BoardStatus s) {
        return s == WorkReportViews.BoardStatus.NOT_STARTED ? "未开始" : WorkReportStatus.valueOf(s.name()).label;
    }

    private Response created(WorkReport r) {
        return Response.created(URI.create("/api/v1/work-reports/" + r.id)).entity(queries.view(r)).build();
    }
}
