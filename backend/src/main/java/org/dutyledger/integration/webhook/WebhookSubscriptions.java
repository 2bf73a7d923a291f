package org.dutyledger.integration.webhook;

import org.dutyledger.common.FieldCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.dutyledger.audit.AuditTrail;
import org.dutyledger.audit.Changes;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.SqlParams;
import org.dutyledger.common.SqlValues;
import org.dutyledger.common.Texts;
import org.dutyledger.security.CurrentUser;
import org.dutyledger.security.OrgScope;
import org.dutyledger.security.OrganizationPaths;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * Webhook subscriptions. An administrator subscribes to anything; STAFF subscribe to events of the
 * subtree they keep (OrgScope's write rule); a subscription without an organization is for administrators.
 */
@ApplicationScoped
public class WebhookSubscriptions {

    static final String ENTITY = "webhook-subscription";
    static final String PATTERN = "\\*|[a-z][a-z-]*(\\.[a-z][a-z-]*)*(\\.\\*)?";
    private static final String COLUMNS = "id, url, event_types, organization_id, description, active, previous_secret_until, created_at, version";

    @Inject
    EntityManager em;

    @Inject
    OrgScope scope;

    @Inject
    CurrentUser user;

    @Inject
    OrganizationPaths organizations;

    @Inject
    AuditTrail audit;

    @Inject
    WebhookConfig config;

    @Inject
    WebhookUrlPolicy urlPolicy;

    @Transactional
    public WebhookViews.Subscription create(WebhookViews.Create req) {
        Long orgId = req.organizationId();
        requireManage(orgId);
        String url = urlPolicy.check(req.url()).toString();
        String types = eventTypes(req.eventTypes());
        String secret = WebhookSignature.newSecret();
        OffsetDateTime now = Instant.now().atOffset(ZoneOffset.UTC);
        long id = ((Number) em.createNativeQuery("""
                        INSERT INTO webhook_subscription (url, event_types, organization_id, description, secret, created_by,
                            created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7) RETURNING id""")
                .setParameter(1, url).setParameter(2, types).setParameter(3, orgId).setParameter(4, Texts.clean(req.description()))
                .setParameter(5, secret).setParameter(6, user.username()).setParameter(7, now).getSingleResult()).longValue();
        audit.record("webhook-subscription.created", ENTITY, id, orgId, Changes.create()
                .put("url", null, url).put("eventTypes", null, types).put("organizationId", null, orgId));
        return withSecret(get(id), secret);
    }

    public WebhookViews.Subscription get(long id) {
        return manageable(id, false);
    }

    public List<WebhookViews.Subscription> list() {
        SqlParams params = SqlParams.forJpa();
        String where = user.isAdmin() ? "TRUE" : "s.organization_id IS NOT NULL AND " + writeCondition(params);
        var q = em.createNativeQuery("SELECT s." + COLUMNS.replace(", ", ", s.") + " FROM webhook_subscription s"
                + " LEFT JOIN organization o ON o.id = s.organization_id WHERE " + where + " ORDER BY s.id");
        params.applyTo(q);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(WebhookSubscriptions::view).toList();
    }

    @Transactional
    public WebhookViews.Subscription update(long id, WebhookViews.Update req) {
        WebhookViews.Subscription s = lockAt(id, req.version());
        Changes changes = Changes.create();
        String url = s.url();
        if (req.url() != null) {
            url = urlPolicy.check(req.url()).toString();
            changes.put("url", s.url(), url);
        }
        String types = String.join(" ", s.eventTypes());
        if (req.eventTypes() != null) {
            String t = eventTypes(req.eventTypes());
            changes.put("eventTypes", types, t);
            types = t;
        }
        String description = req.description() == null ? s.description() : Texts.clean(req.description());
        changes.put("description", s.description(), description);
        boolean active = req.active() == null ? s.active() : req.active();
        changes.put("active", s.active(), active);
        if (!changes.isEmpty()) {
            em.createNativeQuery("UPDATE webhook_subscription SET url = ?2, event_types = ?3, description = ?4, active = ?5,"
                            + " updated_at = ?6, version = version + 1 WHERE id = ?1")
                    .setParameter(1, id).setParameter(2, url).setParameter(3, types).setParameter(4, description)
                    .setParameter(5, active).setParameter(6, Instant.now().atOffset(ZoneOffset.UTC)).executeUpdate();
            audit.record("webhook-subscription.updated", ENTITY, id, s.organizationId(), changes);
        }
        return get(id);
    }

    @Transactional
    public void delete(long id) {
        WebhookViews.Subscription s = get(id);
        em.createNativeQuery("DELETE FROM webhook_subscription WHERE id = ?1").setParameter(1, id).executeUpdate();
        audit.record("webhook-subscription.deleted", ENTITY, id, s.organizationId(), Changes.create()
                .put("url", s.url(), null));
    }

    /** A new secret; the old one keeps signing (next to the new) for the configured grace period. */
    @Transactional
    public WebhookViews.Subscription rotateSecret(long id, long version) {
        WebhookViews.Subscription s = lockAt(id, version);
        String secret = WebhookSignature.newSecret();
        Instant until = Instant.now().plus(config.rotationGrace());
        em.createNativeQuery("UPDATE webhook_subscription SET previous_secret = secret, previous_secret_until = ?2, secret = ?3,"
                        + " updated_at = now(), version = version + 1 WHERE id = ?1")
                .setParameter(1, id).setParameter(2, until.atOffset(ZoneOffset.UTC)).setParameter(3, secret).executeUpdate();
        audit.record("webhook-subscription.secret-rotated", ENTITY, id, s.organizationId(), Changes.create()
                .put("previousSecretValidUntil", null, until.toString()));
        return withSecret(get(id), secret);
    }

    /**
     * The subscription, locked for the rest of the transaction, when it is at the version the request was based
     * on; otherwise 409. The lock makes concurrent changes queue: the second one then sees the new version.
     */
    private WebhookViews.Subscription lockAt(long id, long expectedVersion) {
        WebhookViews.Subscription s = manageable(id, true);
        if (s.version() != expectedVersion) {
            throw ProblemException.versionConflict("Webhook subscription", id, expectedVersion, s.version());
        }
        return s;
    }

    /** Throws 404 when the subscription does not exist or is outside what the caller may manage. */
    void requireManage(Long orgId, long id) {
        if (orgId == null ? !user.isAdmin() : !canWrite(orgId)) {
            throw ProblemException.notFound("Webhook subscription", id);
        }
    }

    private void requireManage(Long orgId) {
        if (orgId == null) {
            scope.requireAdmin("subscribe to the events of every organization");
            return;
        }
        String path = organizations.pathOf(orgId).filter(scope::canRead).orElseThrow(() ->
                ProblemException.unknownReference("organizationId", "organization", orgId));
        scope.requireWrite(path, "Organization", orgId);
    }

    private boolean canWrite(long orgId) {
        return organizations.pathOf(orgId).filter(scope::canWrite).isPresent();
    }

    private String writeCondition(SqlParams params) {
        List<String> prefixes = user.memberships().stream().filter(m -> OrgScope.STAFF.equals(m.role()))
                .map(m -> m.path()).distinct().toList();
        if (prefixes.isEmpty()) {
            return "FALSE";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < prefixes.size(); i++) {
            sb.append(i == 0 ? "" : " OR ").append("o.path LIKE ").append(params.bind(prefixes.get(i) + "%"));
        }
        return sb.append(')').toString();
    }

    private static String eventTypes(List<String> patterns) {
        for (int i = 0; i < patterns.size(); i++) {
            if (!patterns.get(i).strip().matches(PATTERN)) {
                throw ProblemException.invalid("eventTypes[" + i + "]", FieldCode.BAD_EVENT_TYPE);
            }
        }
        return String.join(" ", patterns.stream().map(String::strip).distinct().toList());
    }

    /** The stored subscription, read once (then locked when asked to); 404 when the caller may not manage it. */
    private WebhookViews.Subscription manageable(long id, boolean forUpdate) {
        List<?> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM webhook_subscription WHERE id = ?1"
                        + (forUpdate ? " FOR UPDATE" : ""))
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Webhook subscription", id);
        }
        WebhookViews.Subscription s = view((Object[]) rows.get(0));
        requireManage(s.organizationId(), id);
        return s;
    }

    private static WebhookViews.Subscription view(Object[] r) {
        return new WebhookViews.Subscription(((Number) r[0]).longValue(), (String) r[1], Arrays.asList(((String) r[2]).split(" ")),
                r[3] == null ? null : ((Number) r[3]).longValue(), (String) r[4], (Boolean) r[5], ((Number) r[8]).longValue(), null, SqlValues.instant(r[6]), SqlValues.instant(r[7]));
    }

    private static WebhookViews.Subscription withSecret(WebhookViews.Subscription s, String secret) {
        return new WebhookViews.Subscription(s.id(), s.url(), s.eventTypes(), s.organizationId(), s.description(), s.active(),
                s.version(), secret, s.previousSecretValidUntil(), s.createdAt());
    }
}
