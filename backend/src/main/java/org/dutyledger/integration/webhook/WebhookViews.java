package org.dutyledger.integration.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** Bodies and answers of the webhook endpoints. */
public final class WebhookViews {

    private WebhookViews() {
    }

    @Schema(name = "CreateWebhookSubscription")
    public record Create(
            @NotBlank @Size(max = 2000) @Schema(required = true, description = "https URL of the receiver") String url,
            @NotEmpty @Size(max = 20) @Schema(required = true, description = "Patterns: organization.created, organization.*, *")
            List<@NotBlank @Size(max = 100) String> eventTypes,
            @Positive @Schema(description = "Only events of this organization's subtree; none (admin only) for all") Long organizationId,
            @Size(max = 500) String description) {
    }

    @Schema(name = "UpdateWebhookSubscription", description = "Fields left out stay as they are")
    public record Update(
            @NotNull @Schema(required = true, description = "The version the change is based on") Long version,
            @Size(max = 2000) String url,
            @Size(min = 1, max = 20) List<@NotBlank @Size(max = 100) String> eventTypes,
            @Size(max = 500) String description,
            Boolean active) {
    }

    @Schema(name = "WebhookSubscription")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Subscription(
            @Schema(required = true) long id,
            @Schema(required = true) String url,
            @Schema(required = true) List<String> eventTypes,
            Long organizationId,
            String description,
            @Schema(required = true) boolean active,
            @Schema(required = true, description = "Optimistic version: send it back with a PATCH or a secret rotation")
            long version,
            @Schema(description = "Only in the answer that created or rotated it: store it now, it is not shown again")
            String secret,
            @Schema(description = "Until then the previous secret also signs each delivery") Instant previousSecretValidUntil,
            @Schema(required = true) Instant createdAt) {
    }

    @Schema(name = "WebhookDelivery")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Delivery(
            @Schema(required = true) long id,
            @Schema(required = true) long subscriptionId,
            @Schema(required = true, description = "The webhook-id header: msg_<outbox event id>") String messageId,
            @Schema(required = true) String eventType,
            @Schema(required = true, description = "PENDING, DELIVERED or FAILED") String status,
            @Schema(required = true) int attempts,
            Integer lastResponseCode,
            String lastError,
            Instant nextAttemptAt,
            Instant lastAttemptAt,
            Instant deliveredAt,
            @Schema(required = true) Instant createdAt) {
    }
}
