package org.dutyledger.notification.rest;

import io.quarkus.security.Authenticated;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.dutyledger.notification.Notifications;
import org.dutyledger.notification.WaitingWork;
import org.dutyledger.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.HashMap;
import java.util.Map;

@Path("/api/v1/me/counts")
@Authenticated
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
public class MyCountsResource {

    @Schema(name = "MyCounts", description = "The badges of the menu's inboxes, in one request")
    public record Counts(@Schema(required = true, description = "Items waiting for the caller's review now (待我审核)") long reviews,
                         @Schema(required = true, description = "Unread notifications (the bell)") long notificationsUnread,
                         @Schema(required = true, description = "The caller's obligations due now or overdue") long obligationsDue,
                         @Schema(required = true, description = "Work reports waiting for the caller: to sign off, to acknowledge, returned (/me/work-reports)")
                         long workReports,
                         @Schema(required = true, description = "Major matters waiting for the caller: to acknowledge, and the other open ones of or to the caller's organizations (/me/major-matters)")
                         long majorMatters,
                         @Schema(required = true, description = "Rectifications waiting for the caller: responsible and not closed, or to verify (/me/rectifications)")
                         long rectifications,
                         @Schema(required = true, description = "The caller's own lines on accountability cases under review without a statement yet (/me/accountability-lines)")
                         long accountabilityLines) {
    }

    @Inject
    Notifications notifications;

    @Inject
    @Any
    Instance<WaitingWork> waiting;

    @Inject
    CurrentUser user;

    @GET
    @Operation(summary = "How much waits for the caller: reviews, unread notifications, obligations due, work reports, major matters, rectifications, accountability lines (the menu's badges)")
    public Counts counts() {
        Map<String, Long> byCounter = new HashMap<>();
        waiting.forEach(w -> byCounter.put(w.counter(), w.waitingForCaller()));
        Long me = user.personId();
        return new Counts(byCounter.getOrDefault("reviews", 0L), me == null ? 0 : notifications.unread(me),
                byCounter.getOrDefault("obligationsDue", 0L), byCounter.getOrDefault("workReports", 0L),
                byCounter.getOrDefault("majorMatters", 0L), byCounter.getOrDefault("rectifications", 0L),
                byCounter.getOrDefault("accountabilityLines", 0L));
    }
}
