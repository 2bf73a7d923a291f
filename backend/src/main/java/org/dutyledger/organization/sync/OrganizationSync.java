package org.dutyledger.organization.sync;

import org.dutyledger.common.VersionedAction;

import org.dutyledger.common.Problem;
import org.dutyledger.common.FieldCode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import org.dutyledger.audit.AuditTrail;
import org.dutyledger.audit.Changes;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.Texts;
import org.dutyledger.integration.OrganizationDirectory;
import org.dutyledger.integration.SyncItems;
import org.dutyledger.integration.SyncRequests;
import org.dutyledger.integration.SyncViews;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.organization.OrganizationService;
import org.dutyledger.organization.OrganizationType;
import org.dutyledger.organization.OrganizationRequests;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Upserts organizations by their external code, parents first, each item in its own transaction. */
@ApplicationScoped
public class OrganizationSync implements OrganizationDirectory {

    @Inject
    OrganizationService organizationService;

    @Inject
    OrganizationRepository organizations;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    @Override
    public SyncViews.Result sync(List<SyncRequests.Organization> batch, String source, boolean full, boolean deactivateMissing) {
        Map<String, Integer> indexByCode = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            indexByCode.putIfAbsent(key(batch.get(i).code()), i);
        }
        SyncViews.ItemResult[] results = new SyncViews.ItemResult[batch.size()];
        // A parent defined later in the batch goes in first: the batch is walked depth-first along parentCode.
        for (int i = 0; i < batch.size(); i++) {
            resolve(i, batch, indexByCode, results, new HashSet<>(), source);
        }
        List<SyncViews.ItemResult> items = List.of(results);
        List<SyncViews.Missing> missing = full ? missing(indexByCode.keySet(), source, deactivateMissing) : null;
        return SyncViews.Result.of(full ? "full" : "incremental", source, items, missing);
    }

    private void resolve(int i, List<SyncRequests.Organization> batch, Map<String, Integer> indexByCode,
                         SyncViews.ItemResult[] results, Set<Integer> walking, String source) {
        if (results[i] != null) {
            return;
        }
        SyncRequests.Organization item = batch.get(i);
        String key = key(item.code());
        if (indexByCode.get(key) != i) {
            results[i] = SyncItems.error(key, List.of(Problem.FieldError.of("code", FieldCode.DUPLICATE_IN_BATCH)));
            return;
        }
        String parentKey = item.parentCode() == null ? null : key(item.parentCode());
        Integer parentIndex = parentKey == null ? null : indexByCode.get(parentKey);
        if (parentIndex != null) {
            if (!walking.add(i)) {
                results[i] = SyncItems.error(key, List.of(Problem.FieldError.of("parentCode", FieldCode.CYCLE)));
                return;
            }
            resolve(parentIndex, batch, indexByCode, results, walking, source);
            if (results[i] != null) {
                return;  // set while resolving a cycle through this item
            }
            if (results[parentIndex].outcome() == SyncViews.Outcome.error) {
                results[i] = SyncItems.error(key, List.of(Problem.FieldError.of("parentCode",
                        FieldCode.PARENT_FAILED, Map.of("parentCode", parentKey))));
                return;
            }
        }
        results[i] = SyncItems.run(key, item, () -> upsert(item, source));
    }

    private SyncViews.ItemResult upsert(SyncRequests.Organization item, String source) {
        String code = key(item.code());
        OrganizationType type = null;
        if (item.type() != null) {
            try {
                type = OrganizationType.valueOf(item.type().strip());
            } catch (IllegalArgumentException e) {
                SyncItems.fail("type", FieldCode.NOT_ONE_OF, Map.of("allowed",
                        String.join(", ", java.util.Arrays.stream(OrganizationType.values()).map(Enum::name).toList())));
            }
        }
        Organization parent = null;
        if (item.parentCode() != null && !item.parentCode().isBlank()) {
            parent = organizations.byCode(key(item.parentCode())).orElseThrow(() ->
                    ProblemException.unknownReference("parentCode", "organization", item.parentCode()));
        }
        var create = new OrganizationRequests.Create(code, item.name() == null ? null : item.name().strip(),
                item.shortName(), type, parent == null ? null : parent.id, item.sortOrder() == null ? 0 : item.sortOrder());
        SyncItems.requireValid(validator.validate(create));
        var existing = organizations.byCode(code);
        if (existing.isEmpty()) {
            Organization created = organizationService.create(create);
            sourceOfNew(created.id, source);
            return new SyncViews.ItemResult(code, SyncViews.Outcome.created, created.id, null);
        }
        Organization org = existing.get();
        if (parent == null && org.parentId != null) {
            SyncItems.fail("parentCode", FieldCode.CANNOT_BECOME_ROOT, null);
        }
        boolean fieldsDiffer = !org.name.equals(create.name()) || !Objects.equals(org.shortName, Texts.clean(create.shortName()))
                || org.type != type || org.sortOrder != create.sortOrder();
        boolean parentDiffers = parent != null && !Objects.equals(parent.id, org.parentId);
        boolean sourceDiffers = source != null && !source.equals(sourceOf(org.id));
        if (!fieldsDiffer && !parentDiffers && !sourceDiffers) {
            return new SyncViews.ItemResult(code, SyncViews.Outcome.unchanged, org.id, null);
        }
        if (fieldsDiffer) {
            org = organizationService.update(org.id, new OrganizationRequests.Update(org.version, create.name(),
                    create.shortName() == null ? "" : create.shortName(), type, create.sortOrder()));
        }
        if (parentDiffers) {
            org = organizationService.move(org.id, new OrganizationRequests.Move(org.version, parent.id));
        }
        markSource(org, source);
        return new SyncViews.ItemResult(code, SyncViews.Outcome.updated, org.id, null);
    }

    /**
     * The source of an organization this sync has just created, in the same transaction. No audit event of its
     * own: the item is one change, and its organization.created event (recorded as the OA system's account)
     * is its one trace — a second "updated" event would tell subscribers of a change nobody made.
     */
    private void sourceOfNew(long id, String source) {
        if (source != null) {
            em.createNativeQuery("UPDATE organization SET sync_source = ?1 WHERE id = ?2")
                    .setParameter(1, source).setParameter(2, id).executeUpdate();
        }
    }

    /** Records which directory an existing organization now comes from; audited like any other change. */
    private void markSource(Organization org, String source) {
        String old = sourceOf(org.id);
        if (source == null || source.equals(old)) {
            return;
        }
        em.createNativeQuery("UPDATE organization SET sync_source = ?1 WHERE id = ?2")
                .setParameter(1, source).setParameter(2, org.id).executeUpdate();
        audit.record("organization.updated", "organization", org.id, org.id, Changes.create().put("syncSource", old, source));
    }

    private String sourceOf(long id) {
        return (String) em.createNativeQuery("SELECT sync_source FROM organization WHERE id = ?1")
                .setParameter(1, id).getSingleResult();
    }

    /** Active organizations from the source that the batch left out; dissolved (deepest first) only when asked. */
    private List<SyncViews.Missing> missing(Set<String> batchCodes, String source, boolean deactivate) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT id, code FROM organization WHERE sync_source = ?1 AND active ORDER BY depth DESC, code")
                .setParameter(1, source).getResultList());
        return SyncItems.missing(rows, batchCodes, deactivate, id -> organizationService.dissolve(id,
                new VersionedAction(organizations.require(id).version)));
    }

    static String key(String code) {
        return code == null ? "" : code.strip();
    }
}
