package org.dutyledger.organization.rest;

import org.dutyledger.common.VersionedAction;

import java.util.Map;
import org.dutyledger.common.FieldCode;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.dutyledger.common.Params;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationQueries;
import org.dutyledger.organization.OrganizationService;
import org.dutyledger.organization.OrganizationType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import org.dutyledger.organization.OrganizationPage;
import org.dutyledger.organization.OrganizationTreeNode;
import org.dutyledger.organization.OrganizationView;
import org.dutyledger.organization.OrganizationRequests;

@Path("/api/v1/organizations")
@Authenticated
@Tag(name = "Organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    @Inject
    OrganizationService service;

    @Inject
    OrganizationQueries queries;

    @GET
    @Operation(summary = "List organizations in the caller's scope, with filters and paging")
    public OrganizationPage list(
            @Parameter(description = "Direct children of this organization id") @QueryParam("parent") String parent,
            @Parameter(description = "The whole subtree of this organization id (itself included)") @QueryParam("under") String under,
            @Parameter(description = "Organization type") @QueryParam("type") String type,
            @Parameter(description = "Part of the name, short name or code") @QueryParam("q") String q,
            @Parameter(description = "Include dissolved organizations (default false)") @QueryParam("includeDissolved") String includeDissolved,
            @Parameter(description = "0-based page, default 0") @QueryParam("page") String page,
            @Parameter(description = "1 to 500, default 50") @QueryParam("size") String size) {
        Long underId = Params.optLong("under", under);
        Organization underOrg = underId == null ? null : service.get(underId);
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > 100) {
            throw org.dutyledger.common.ProblemException.badRequest("q", FieldCode.TOO_LONG, Map.of("max", 100));
        }
        var filter = new OrganizationQueries.ListFilter(Params.optLong("parent", parent), underOrg,
                Params.optEnum("type", type, OrganizationType.class), text,
                Params.bool("includeDissolved", includeDissolved, false));
        return queries.list(filter, Params.intInRange("page", page, 0, 0, 1_000_000),
                Params.intInRange("size", size, 50, 1, 500));
    }

    @POST
    @Operation(summary = "Create an organization under a parent in the caller's scope (a root: admin only)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganizationView.class)))
    public Response create(@Valid @NotNull OrganizationRequests.Create request) {
        Organization org = service.create(request);
        return Response.created(URI.create("/api/v1/organizations/" + org.id)).entity(queries.view(org)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one organization with its ancestor path")
    public OrganizationView get(@PathParam("id") String id) {
        return queries.view(service.get(Params.id("id", id)));
    }

    @PATCH
    @Path("/{id}")
    @Operation(summary = "Change name, short name, type or sort order (requires the current version)")
    public OrganizationView update(@PathParam("id") String id, @Valid @NotNull OrganizationRequests.Update request) {
        return queries.view(service.update(Params.id("id", id), request));
    }

    @POST
    @Path("/{id}/move")
    @Operation(summary = "Move under a new parent; never under its own descendant")
    public OrganizationView move(@PathParam("id") String id, @Valid @NotNull OrganizationRequests.Move request) {
        return queries.view(service.move(Params.id("id", id), request));
    }

    @POST
    @Path("/{id}/dissolve")
    @Operation(summary = "Dissolve (soft; refused while it has active children); it stays readable")
    public OrganizationView dissolve(@PathParam("id") String id, @Valid @NotNull VersionedAction request) {
        return queries.view(service.dissolve(Params.id("id", id), request));
    }

    @POST
    @Path("/{id}/recode")
    @Operation(summary = "Change the external code explicitly, with a reason")
    public OrganizationView recode(@PathParam("id") String id, @Valid @NotNull OrganizationRequests.Recode request) {
        return queries.view(service.recode(Params.id("id", id), request));
    }

    @PUT
    @Path("/by-code/{code}")
    @Operation(summary = "Create or update idempotently by external code (for OA systems)")
    @APIResponse(responseCode = "200", description = "Updated or unchanged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganizationView.class)))
    public Response upsert(@PathParam("code") String code, @Valid @NotNull OrganizationRequests.Upsert request) {
        OrganizationService.UpsertResult result = service.upsertByCode(code, request);
        OrganizationView view = queries.view(result.organization());
        return result.created()
                ? Response.created(URI.create("/api/v1/organizations/" + view.id())).entity(view).build()
                : Response.ok(view).build();
    }

    @GET
    @Path("/{id}/tree")
    @Operation(summary = "The nested subtree down to `depth` levels (default 2, at most 50)")
    public OrganizationTreeNode tree(@PathParam("id") String id,
                                     @QueryParam("depth") String depth,
                                     @QueryParam("includeDissolved") String includeDissolved) {
        Organization root = service.get(Params.id("id", id));
        return queries.tree(root, Params.intInRange("depth", depth, 2, 0, 50),
                Params.bool("includeDissolved", includeDissolved, false));
    }
}
