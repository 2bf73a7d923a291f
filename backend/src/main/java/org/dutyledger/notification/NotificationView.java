package org.dutyledger.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "Notification")
public record NotificationView(@Schema(required = true) long id,
                               @Schema(required = true, description = "e.g. REVIEW_REMINDER") String type,
                               @Schema(required = true) String title,
                               @Schema(description = "Where in the web app it leads, e.g. /publications/12") String link,
                               @Schema(required = true) Instant createdAt,
                               Instant readAt) {
}
