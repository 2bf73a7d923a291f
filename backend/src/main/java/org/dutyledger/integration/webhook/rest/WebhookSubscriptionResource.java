package org.dutyledger.integration.webhook.rest;

import org.dutyledger.common.VersionedAction;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.dutyledger.common.Params;
import org.dutyledger.integration.webhook.WebhookDeliverer;
import org.dutyledger.integration.webhook.WebhookSubscriptions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import org.dutyledger.integration.webhook.WebhookViews;

@Path("/api/v1/webhook-subscriptions")
@Authenticated
@Tag(name = "Webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WebhookSubscriptionResource {

    @Inject
    WebhookSubscriptions subscriptions;

    @Inject
    WebhookDeliverer deliverer;

    @GET
    @Operation(summary = "Subscriptions the caller may manage (admin: all; STAFF: those of their subtrees)")
    public List<WebhookViews.Subscription> list() {
        return subscriptions.list();
    }

    @POST
    @Operation(summary = "Subscribe a URL to event types of an organization subtree; the answer holds the secret, once")
    public Response create(@Valid @NotNull WebhookViews.Create req, @Context UriInfo uri) {
        WebhookViews.Subscription s = subscriptions.create(req);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(s.id())).build()).entity(s).build();
    }

    @GET
    @Path("/{id}")
    public WebhookViews.Subscription get(@PathParam("id") String id) {
        return subscriptions.get(Params.id("id", id));
    }

    @PATCH
    @Path("/{id}")
    @Operation(summary = "Change URL, event types, description or active (requires the current version; 409 when stale)")
    public WebhookViews.Subscription update(@PathParam("id") String id, @Valid @NotNull WebhookViews.Update req) {
        return subscriptions.update(Params.id("id", id), req);
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        subscriptions.delete(Params.id("id", id));
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/rotate-secret")
    @Operation(summary = "New secret (returned once); the previous one also signs until previousSecretValidUntil."
            + " Requires the current version")
    public WebhookViews.Subscription rotateSecret(@PathParam("id") String id, @Valid @NotNull VersionedAction req) {
        return subscriptions.rotateSecret(Params.id("id", id), req.version());
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "Delivery log, newest first (status, attempts, last response code, next attempt)")
    public List<WebhookViews.Delivery> deliveries(@PathParam("id") String id) {
        return deliverer.deliveries(Params.id("id", id), 200);
    }

    @POST
    @Path("/deliveries/{deliveryId}/redeliver")
    @Operation(summary = "Send a delivery again with a fresh retry budget (same webhook-id)")
    public WebhookViews.Delivery redeliver(@PathParam("deliveryId") String deliveryId) {
        return deliverer.redeliver(Params.id("deliveryId", deliveryId));
    }
}
