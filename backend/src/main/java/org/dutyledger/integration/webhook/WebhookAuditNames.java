package org.dutyledger.integration.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import org.dutyledger.audit.ScopedAuditNames;

/**
 * Webhook subscriptions are named by their URL in the audit trail's view: those of an organization in the caller's
 * read scope; those of no organization (every event) for those who read everything only.
 */
@ApplicationScoped
public class WebhookAuditNames extends ScopedAuditNames {

    public WebhookAuditNames() {
        super(WebhookSubscriptions.ENTITY, "SELECT w.id, w.url, o.path FROM webhook_subscription w"
                + " LEFT JOIN organization o ON o.id = w.organization_id WHERE w.id = ANY(?1)");
    }
}
