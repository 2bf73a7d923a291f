package org.dutyledger.integration.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.audit.AuditNameSource;
import org.dutyledger.security.OrgScope;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Webhook subscriptions are named by their URL in the audit trail's view: those of an organization in the caller's
 * read scope; those of no organization (every event) for those who read everything only.
 */
@ApplicationScoped
public class WebhookAuditNames implements AuditNameSource {

    @Inject
    EntityManager em;

    @Inject
    OrgScope scope;

    @Override
    public String kind() {
        return WebhookSubscriptions.ENTITY;
    }

    @Override
    public Map<Long, String> readableNames(Collection<Long> ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT w.id, w.url, o.path FROM webhook_subscription w"
                        + " LEFT JOIN organization o ON o.id = w.organization_id WHERE w.id = ANY(?1)")
                .setParameter(1, ids.toArray(Long[]::new)).getResultList();
        boolean everything = scope.readsEverything();
        Map<Long, String> out = new HashMap<>();
        for (Object[] r : rows) {
            String path = (String) r[2];
            if (everything || (path != null && scope.canRead(path))) {
                out.put(((Number) r[0]).longValue(), (String) r[1]);
            }
        }
        return out;
    }
}
