package org.dutyledger.person.rest;

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
import org.dutyledger.common.ProblemException;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationService;
import org.dutyledger.person.Person;
import org.dutyledger.person.PersonQueries;
import org.dutyledger.person.PersonService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import org.dutyledger.person.PersonView;
import org.dutyledger.person.PersonPage;
import org.dutyledger.person.PersonRequests;

@Path("/api/v1/people")
@Authenticated
@Tag(name = "People")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonResource {

    @Inject
    PersonService service;

    @Inject
    PersonQueries queries;

    @Inject
    OrganizationService organizations;

    @GET
    @Operation(summary = "List people with a membership in the caller's scope, with filters and paging")
    public PersonPage list(
            @Parameter(description = "Part of the name, post, external id or username") @QueryParam("q") String q,
            @Parameter(description = "Members of this organization id") @QueryParam("organization") String organization,
            @Parameter(description = "Members of any organization in this subtree") @QueryParam("under") String under,
            @Parameter(description = "true or false; both when left out") @QueryParam("active") String active,
            @Parameter(description = "0-based page, default 0") @QueryParam("page") String page,
            @Parameter(description = "1 to 500, default 50") @QueryParam("size") String size) {
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > 100) {
            throw ProblemException.badRequest("q", FieldCode.TOO_LONG, Map.of("max", 100));
        }
        Boolean activeFilter = active == null || active.isBlank() ? null : Params.bool("active", active, true);
        var filter = new PersonQueries.ListFilter(organization(organization, "organization"), organization(under, "under"),
                text, activeFilter);
        return queries.list(filter, Params.intInRange("page", page, 0, 0, 1_000_000),
                Params.intInRange("size", size, 50, 1, 500));
    }

    @POST
    @Operation(summary = "Create a person; a non-admin must place them in organizations where they are STAFF")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonView.class)))
    public Response create(@Valid @NotNull PersonRequests.Create request) {
        Person person = service.create(request);
        return Response.created(URI.create("/api/v1/people/" + person.id)).entity(queries.view(person)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one person with their memberships")
    public PersonView get(@PathParam("id") String id) {
        return queries.view(service.get(Params.id("id", id)));
    }

    @PATCH
    @Path("/{id}")
    @Operation(summary = "Change some fields of a person (needs the current version)")
    public PersonView update(@PathParam("id") String id, @Valid @NotNull PersonRequests.Update request) {
        return queries.view(service.update(Params.id("id", id), request));
    }

    @PUT
    @Path("/{id}/memberships")
    @Operation(summary = "Replace a person's memberships (exactly one primary when not empty)")
    public PersonView replaceMemberships(@PathParam("id") String id,
                                         @Valid @NotNull PersonRequests.ReplaceMemberships request) {
        return queries.view(service.replaceMemberships(Params.id("id", id), request));
    }

    @POST
    @Path("/{id}/unlink-identity")
    @Operation(summary = "Unlink a wrongly linked login (admin only): clears the pinned subject and the login name")
    public PersonView unlinkIdentity(@PathParam("id") String id, @Valid @NotNull PersonRequests.UnlinkIdentity request) {
        return queries.view(service.unlinkIdentity(Params.id("id", id), request));
    }

    private Organization organization(String raw, String name) {
        Long id = Params.optLong(name, raw);
        return id == null ? null : organizations.get(id);
    }
}
