package org.dutyledger.notification.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.dutyledger.common.Params;
import org.dutyledger.notification.Notifications;
import org.dutyledger.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import org.dutyledger.notification.NotificationView;

@Path("/api/v1/me/notifications")
@Authenticated
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
public class MyNotificationsResource {

    @Schema(name = "NotificationList")
    public record Inbox(@Schema(required = true) List<NotificationView> items, @Schema(required = true) long unreadCount) {
    }

    @Schema(name = "UnreadCount")
    public record Unread(@Schema(required = true) long unreadCount) {
    }

    @Inject
    Notifications notifications;

    @Inject
    CurrentUser user;

    @GET
    @Operation(summary = "The caller's notifications, newest first, with the number unread")
    public Inbox list(@QueryParam("unreadOnly") String unreadOnly, @QueryParam("limit") String limit) {
        Long me = user.personId();
        if (me == null) {
            return new Inbox(List.of(), 0);
        }
        return new Inbox(notifications.of(me, Params.bool("unreadOnly", unreadOnly, false),
                Params.intInRange("limit", limit, 100, 1, 500)), notifications.unread(me));
    }

    @GET
    @Path("/unread-count")
    @Operation(summary = "How many of the caller's notifications are unread (for the bell in the header)")
    public Unread unreadCount() {
        Long me = user.personId();
        return new Unread(me == null ? 0 : notifications.unread(me));
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark one of the caller's notifications read")
    public NotificationView read(@PathParam("id") String id) {
        long notification = Params.id("id", id);
        Long me = user.personId();
        if (me == null) {
            throw org.dutyledger.common.ProblemException.notFound("Notification", notification);
        }
        return notifications.markRead(me, notification);
    }
}
