package org.dutyledger.channel.rest;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.dutyledger.channel.Channel;
import org.dutyledger.channel.ChannelQueries;
import org.dutyledger.channel.ChannelRegisterExport;
import org.dutyledger.channel.ChannelService;
import org.dutyledger.channel.ChannelStatus;
import org.dutyledger.channel.ChannelType;
import org.dutyledger.common.Params;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.Xlsx;
import org.dutyledger.organization.OrganizationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import org.dutyledger.channel.ChannelPage;
import org.dutyledger.channel.ChannelView;
import org.dutyledger.channel.ChannelRequests;

@Path("/api/v1/channels")
@Authenticated
@Tag(name = "Channels")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChannelResource {

    @Inject
    ChannelService service;

    @Inject
    ChannelQueries queries;

    @Inject
    OrganizationService organizations;

    @GET
    @Operation(summary = "List channels in the caller's scope, by subtree, type, status and text")
    public ChannelPage list(
            @Parameter(description = "Organization id: channels of its whole subtree") @QueryParam("under") String under,
            @QueryParam("type") String type,
            @QueryParam("status") String status,
            @Parameter(description = "Part of the name, URL or account id") @QueryParam("q") String q,
            @Parameter(description = "0-based page, default 0") @QueryParam("page") String page,
            @Parameter(description = "1 to 500, default 50") @QueryParam("size") String size) {
        return queries.list(filter(under, type, status, q), Params.intInRange("page", page, 0, 0, 1_000_000),
                Params.intInRange("size", size, 50, 1, 500));
    }

    @GET
    @Path("/export.xlsx")
    @Produces(Xlsx.MEDIA_TYPE)
    @Operation(summary = "The channel register (阵地台账) of a subtree as an Excel file")
    @APIResponse(responseCode = "200", description = "The xlsx file",
            content = @Content(mediaType = Xlsx.MEDIA_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    public Response export(@QueryParam("under") String under, @QueryParam("type") String type,
                           @QueryParam("status") String status) {
        return ChannelRegisterExport.of(queries.all(filter(under, type, status, null)));
    }

    @POST
    @Operation(summary = "Register a channel of an organization where the caller is STAFF")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChannelView.class)))
    public Response create(@Valid @NotNull ChannelRequests.Create request) {
        Channel channel = service.create(request);
        return Response.created(URI.create("/api/v1/channels/" + channel.id)).entity(queries.view(channel)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one channel with its current administrators")
    public ChannelView get(@PathParam("id") String id) {
        return queries.view(service.get(Params.id("id", id)));
    }

    @PATCH
    @Path("/{id}")
    @Operation(summary = "Change a channel's details, or launch it (PENDING_LAUNCH → ACTIVE)")
    public ChannelView update(@PathParam("id") String id, @Valid @NotNull ChannelRequests.Update request) {
        return queries.view(service.update(Params.id("id", id), request));
    }

    @POST
    @Path("/{id}/close")
    @Operation(summary = "Close a channel on a date, with a reason; its administrators are ended that day")
    public ChannelView close(@PathParam("id") String id, @Valid @NotNull ChannelRequests.Close request) {
        return queries.view(service.close(Params.id("id", id), request));
    }

    private ChannelQueries.ListFilter filter(String under, String type, String status, String q) {
        Long underId = Params.optLong("under", under);
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > 100) {
            throw ProblemException.badRequest("q", FieldCode.TOO_LONG, Map.of("max", 100));
        }
        return new ChannelQueries.ListFilter(underId == null ? null : organizations.get(underId),
                Params.optEnum("type", type, ChannelType.class), Params.optEnum("status", status, ChannelStatus.class), text);
    }
}
