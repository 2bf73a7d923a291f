package org.dutyledger.publication.rest;

import java.util.Map;
import org.dutyledger.common.FieldCode;
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
import org.dutyledger.common.Params;
import org.dutyledger.common.ProblemException;
import org.dutyledger.organization.OrganizationService;
import org.dutyledger.publication.Publication;
import org.dutyledger.publication.PublicationQueries;
import org.dutyledger.publication.PublicationService;
import org.dutyledger.publication.PublicationStatus;
import org.dutyledger.publication.PublicationWorkflow;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import org.dutyledger.publication.PublicationRequests;
import org.dutyledger.publication.PublicationViews;

@Path("/api/v1/publications")
@Authenticated
@Tag(name = "Publications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicationResource {

    static final String SUBMIT_TOO = "true: also submit the saved revision for review (保存并提交审核), in the same transaction;"
            + " when the submission is refused nothing is saved";

    @Inject
    PublicationService service;

    @Inject
    PublicationWorkflow workflow;

    @Inject
    PublicationQueries queries;

    @Inject
    OrganizationService organizations;

    @GET
    @Operation(summary = "List publications the caller may see (drafts only for staff, reviewers and upper levels)")
    public PublicationViews.Page list(@QueryParam("channelId") String channelId,
                                      @Parameter(description = "Organization id: items of its whole subtree") @QueryParam("under") String under,
                                      @QueryParam("status") String status,
                                      @Parameter(description = "Part of the title") @QueryParam("q") String q,
                                      @QueryParam("page") String page, @QueryParam("size") String size) {
        Long underId = Params.optLong("under", under);
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > 100) {
            throw ProblemException.badRequest("q", FieldCode.TOO_LONG, Map.of("max", 100));
        }
        return queries.list(new PublicationQueries.ListFilter(Params.optLong("channelId", channelId),
                        underId == null ? null : organizations.get(underId), Params.optEnum("status", status, PublicationStatus.class), text),
                Params.intInRange("page", page, 0, 0, 1_000_000), Params.intInRange("size", size, 50, 1, 500));
    }

    @POST
    @Operation(summary = "Draft an item for a channel; the caller's person is its author; revision 1 is saved")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicationViews.Detail.class)))
    public Response create(@Parameter(description = SUBMIT_TOO) @QueryParam("submit") String submit,
                           @Valid @NotNull PublicationRequests.Create request) {
        Publication p = Params.bool("submit", submit, false) ? workflow.saveAndSubmit(() -> service.create(request))
                : service.create(request);
        return Response.created(URI.create("/api/v1/publications/" + p.id)).entity(queries.detail(p)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one item with its review progress, approvals and what the caller may do")
    public PublicationViews.Detail get(@PathParam("id") String id) {
        return queries.detail(service.get(Params.id("id", id)));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Save the item (a new revision); after any approval the approvals are void and it is a DRAFT again")
    public PublicationViews.Detail update(@PathParam("id") String id,
                                          @Parameter(description = SUBMIT_TOO) @QueryParam("submit") String submit,
                                          @Valid @NotNull PublicationRequests.Update request) {
        long itemId = Params.id("id", id);
        return queries.detail(Params.bool("submit", submit, false)
                ? workflow.saveAndSubmit(() -> service.update(itemId, request)) : service.update(itemId, request));
    }

    @GET
    @Path("/{id}/revisions")
    @Operation(summary = "Every revision, newest first, with its content hash")
    public List<PublicationViews.Revision> revisions(@PathParam("id") String id) {
        return queries.revisions(service.get(Params.id("id", id)));
    }

    @GET
    @Path("/{id}/revisions/compare")
    @Operation(summary = "Line diff of title, summary, body and attachments between two revisions")
    public PublicationViews.Comparison compare(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
        Publication p = service.get(Params.id("id", id));
        return queries.compare(p, Math.toIntExact(Params.id("from", from)), Math.toIntExact(Params.id("to", to)));
    }

    @POST
    @Path("/{id}/submit")
    @Operation(summary = "DRAFT → IN_REVIEW at step 1, under the review policy in force now")
    public PublicationViews.Detail submit(@PathParam("id") String id, @Valid @NotNull PublicationRequests.Transition request) {
        return queries.detail(workflow.submit(Params.id("id", id), request));
    }

    @POST
    @Path("/{id}/approve")
    @Operation(summary = "Approve the current step, confirming every checklist item; the last step makes the item APPROVED")
    public PublicationViews.Detail approve(@PathParam("id") String id, @Valid @NotNull PublicationRequests.Approve request) {
        return queries.detail(workflow.approve(Params.id("id", id), request));
    }

    @POST
    @Path("/{id}/reject")
    @Operation(summary = "Return the item to DRAFT with a comment; resubmission starts at step 1")
    public PublicationViews.Detail reject(@PathParam("id") String id, @Valid @NotNull PublicationRequests.Reject request) {
        return queries.detail(workflow.reject(Params.id("id", id), request));
    }

    @POST
    @Path("/{id}/withdraw")
    @Operation(summary = "The author takes the item back from review (→ DRAFT)")
    public PublicationViews.Detail withdraw(@PathParam("id") String id, @Valid @NotNull PublicationRequests.Transition request) {
        return queries.detail(workflow.withdraw(Params.id("id", id), request));
    }

    @POST
    @Path("/{id}/publish")
    @Operation(summary = "APPROVED → PUBLISHED now, or at the planned time (when=PLANNED); refused unless every step approved this revision")
    public PublicationViews.Detail publish(@PathParam("id") String id, @Valid @NotNull PublicationRequests.Publish request) {
        return queries.detail(workflow.publish(Params.id("id", id), request));
    }

    @POST
    @Path("/{id}/retract")
    @Operation(summary = "PUBLISHED → RETRACTED with a reason; only the organization's FIRST_RESPONSIBLE or DIRECT_RESPONSIBLE")
    public PublicationViews.Detail retract(@PathParam("id") String id, @Valid @NotNull PublicationRequests.Retract request) {
        return queries.detail(workflow.retract(Params.id("id", id), request));
    }

    @GET
    @Path("/{id}/trace")
    @Operation(summary = "For an item in any state, to whoever may read it: who wrote, who reviewed which revision with which"
            + " answers (rejections and voided approvals included), under which policy version, who published or retracted, when")
    public PublicationViews.Trace trace(@PathParam("id") String id) {
        return queries.trace(service.get(Params.id("id", id)));
    }
}
