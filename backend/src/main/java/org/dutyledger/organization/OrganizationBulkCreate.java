package org.dutyledger.organization;

import org.dutyledger.common.FieldCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.dutyledger.audit.AuditTrail;
import org.dutyledger.common.BatchItemException;
import org.dutyledger.common.CopyIn;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.SequenceIds;
import org.dutyledger.common.Texts;
import org.dutyledger.security.OrgScope;
import org.hibernate.Session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Creates many organizations at once, set-based (one lookup, one COPY, the audit events in one pass), with the
 * checks and audit events of {@link OrganizationService#create} for each. Parents are named by code: an existing
 * organization, or one earlier in the same batch. Used by large imports, where one-by-one creation is the bottleneck.
 */
@ApplicationScoped
public class OrganizationBulkCreate {

    /** One new organization; parentCode null makes a root (administrators only). */
    public record Item(String code, String name, String shortName, OrganizationType type, String parentCode,
                       Integer sortOrder) {
    }

    @Inject
    EntityManager em;

    @Inject
    OrgScope scope;

    @Inject
    AuditTrail audit;

    private record Node(long id, String path, int depth, boolean active) {
    }

    /** All or nothing: a refused item ends the call with a {@link BatchItemException} naming it. Returns the new ids. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long[] createAll(List<Item> items) {
        em.flush();
        Map<String, Node> existing = existing(items);
        Map<String, Node> batch = new HashMap<>();
        long[] ids = em.unwrap(Session.class).doReturningWork(c -> SequenceIds.next(c, "organization_seq", items.size(), 50));
        Instant now = Instant.now();
        List<Object[]> rows = new ArrayList<>(items.size());
        List<AuditTrail.Entry> events = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            Organization org = new Organization();
            try {
                org.code = item.code().strip();
                if (existing.containsKey(org.code) || batch.containsKey(org.code)) {
                    throw OrganizationService.codeTaken(org.code, "code");
                }
                Node parent = parent(item, existing, batch);
                org.id = ids[i];
                org.name = item.name().strip();
                org.shortName = Texts.clean(item.shortName());
                org.type = item.type();
                org.sortOrder = item.sortOrder() == null ? 0 : item.sortOrder();
                org.parentId = parent == null ? null : parent.id;
                org.depth = parent == null ? 0 : parent.depth + 1;
                org.path = (parent == null ? "/" : parent.path) + org.id + "/";
            } catch (ProblemException e) {
                throw new BatchItemException(i, e);
            }
            batch.put(org.code, new Node(org.id, org.path, org.depth, true));
            rows.add(new Object[]{org.id, org.code, org.name, org.shortName, org.type.name(), org.parentId, org.path, org.depth,
                    org.sortOrder, true, 0L, now, now});
            events.add(new AuditTrail.Entry(OrganizationService.CREATED, OrganizationService.ENTITY, org.id, org.id,
                    OrganizationService.createdChanges(org)));
        }
        em.unwrap(Session.class).doWork(c -> CopyIn.rows(c, "organization", List.of("id", "code", "name", "short_name", "type",
                "parent_id", "path", "depth", "sort_order", "active", "version", "created_at", "updated_at"), rows));
        audit.recordAll(events);
        return ids;
    }

    /** The parent as OrganizationService#create checks it: visible, writable, not dissolved; no parent: admin only. */
    private Node parent(Item item, Map<String, Node> existing, Map<String, Node> batch) {
        String code = Texts.clean(item.parentCode());
        if (code == null) {
            scope.requireAdmin("create a root organization");
            return null;
        }
        Node parent = batch.containsKey(code) ? batch.get(code) : existing.get(code);
        if (parent == null || !scope.canRead(parent.path)) {
            throw ProblemException.unknownReference("parentCode", "organization", code);
        }
        scope.requireWrite(parent.path, "Organization", parent.id);
        if (!parent.active) {
            throw ProblemException.invalid("parentCode", FieldCode.DISSOLVED, Map.of("organizationId", parent.id));
        }
        return parent;
    }

    /** The organizations the batch names (its own codes and its parents' codes) that exist already. */
    private Map<String, Node> existing(List<Item> items) {
        Set<String> codes = new HashSet<>();
        for (Item item : items) {
            codes.add(item.code().strip());
            if (Texts.clean(item.parentCode()) != null) {
                codes.add(item.parentCode().strip());
            }
        }
        Map<String, Node> out = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("SELECT code, id, path, depth, active FROM organization WHERE code = ANY(?1)")
                .setParameter(1, codes.toArray(String[]::new)).getResultList();
        for (Object[] r : found) {
            out.put((String) r[0], new Node(((Number) r[1]).longValue(), (String) r[2], ((Number) r[3]).intValue(), (Boolean) r[4]));
        }
        return out;
    }
}
