package org.dutyledger.organization;

import org.dutyledger.common.VersionedAction;

import java.util.Map;
import org.dutyledger.common.FieldCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.dutyledger.audit.AuditTrail;
import org.dutyledger.audit.Changes;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.Texts;
import org.dutyledger.security.CurrentUser;
import org.dutyledger.security.OrgScope;

import java.time.Instant;
import java.util.Objects;

/** Changes to the organization tree: each one authorized by scope and audited in its transaction. */
@ApplicationScoped
public class OrganizationService {

    static final String ENTITY = "organization";

    @Inject
    OrganizationRepository organizations;

    @Inject
    OrgScope scope;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager em;

    @Inject
    jakarta.enterprise.event.Event<OrganizationChanged> changed;

    /** Reads one organization, as 404 when it is outside the caller's scope. */
    public Organization get(long id) {
        Organization org = organizations.require(id);
        scope.requireRead(org.path, "Organization", id);
        return org;
    }

    @Transactional
    public Organization create(OrganizationRequests.Create req) {
        Organization parent = null;
        if (req.parentId() != null) {
            parent = organizations.findById(req.parentId());
            if (parent == null || !scope.canRead(parent.path)) {
                throw ProblemException.unknownReference("parentId", "organization", req.parentId());
            }
            scope.requireWrite(parent.path, "Organization", parent.id);
            requireActiveParent(parent, "parentId");
        } else {
            scope.requireAdmin("create a root organization");
        }
        String code = req.code().strip();
        requireFreeCode(code, "code");
        Organization org = new Organization();
        org.code = code;
        org.name = req.name().strip();
        org.shortName = Texts.clean(req.shortName());
        org.type = req.type();
        org.sortOrder = req.sortOrder() == null ? 0 : req.sortOrder();
        placeUnder(org, parent);
        org.createdAt = org.updatedAt = Instant.now();
        org.path = "";  // the id is part of the path: completed right after the id is assigned
        organizations.persist(org);
        org.path = (parent == null ? "/" : parent.path) + org.id + "/";
        audit.record(CREATED, ENTITY, org.id, org.id, createdChanges(org));
        changed.fire(new OrganizationChanged(org.id, org.path, OrganizationChanged.Change.CREATED));
        return org;
    }

    static final String CREATED = "organization.created";

    /** What the audit trail says of a new organization (one by one or in bulk alike). */
    static Changes createdChanges(Organization org) {
        return Changes.create()
                .put("code", null, org.code)
                .put("name", null, org.name)
                .put("shortName", null, org.shortName)
                .put("type", null, org.type)
                .put("parentId", null, org.parentId)
                .put("sortOrder", null, org.sortOrder);
    }

    @Transactional
    public Organization update(long id, OrganizationRequests.Update req) {
        Organization org = writable(id, req.version());
        Changes changes = Changes.create();
        if (req.name() != null) {
            String name = req.name().strip();
            if (name.isEmpty()) {
                throw ProblemException.invalid("name", FieldCode.REQUIRED);
            }
            changes.put("name", org.name, name);
            org.name = name;
        }
        if (req.shortName() != null) {
            String shortName = Texts.clean(req.shortName());
            changes.put("shortName", org.shortName, shortName);
            org.shortName = shortName;
        }
        if (req.type() != null) {
            changes.put("type", org.type, req.type());
            org.type = req.type();
        }
        if (req.sortOrder() != null) {
            changes.put("sortOrder", org.sortOrder, req.sortOrder());
            org.sortOrder = req.sortOrder();
        }
        if (!changes.isEmpty()) {
            org.updatedAt = Instant.now();
            audit.record("organization.updated", ENTITY, org.id, org.id, changes);
        }
        return org;
    }

    @Transactional
    public Organization move(long id, OrganizationRequests.Move req) {
        Organization org = writable(id, req.version());
        Organization newParent = organizations.findById(req.newParentId());
        if (newParent == null || !scope.canRead(newParent.path)) {
            throw ProblemException.unknownReference("newParentId", "organization", req.newParentId());
        }
        scope.requireWrite(newParent.path, "Organization", newParent.id);
        if (org.contains(newParent)) {
            throw ProblemException.invalid("newParentId", FieldCode.MOVE_UNDER_ITSELF);
        }
        requireActiveParent(newParent, "newParentId");
        if (Objects.equals(org.parentId, newParent.id)) {
            return org;
        }
        String oldPath = org.path;
        Long oldParent = org.parentId;
        int oldDepth = org.depth;
        placeUnder(org, newParent);
        org.path = newParent.path + org.id + "/";
        org.updatedAt = Instant.now();
        em.flush();
        // Descendants follow in one statement; their versions move so stale copies cannot overwrite them.
        em.createNativeQuery("""
                        UPDATE organization SET path = ?1 || substr(path, ?2), depth = depth + ?3, version = version + 1
                        WHERE path LIKE ?4 AND id <> ?5""")
                .setParameter(1, org.path)
                .setParameter(2, oldPath.length() + 1)
                .setParameter(3, org.depth - oldDepth)
                .setParameter(4, oldPath + "%")
                .setParameter(5, org.id)
                .executeUpdate();
        audit.record("organization.moved", ENTITY, org.id, org.id, Changes.create()
                .put("parentId", oldParent, org.parentId)
                .put("path", oldPath, org.path));
        changed.fire(new OrganizationChanged(org.id, org.path, OrganizationChanged.Change.MOVED));
        return org;
    }

    @Transactional
    public Organization dissolve(long id, VersionedAction req) {
        Organization org = writable(id, req.version());
        if (!org.active) {
            throw ProblemException.conflict("组织 " + id + " 已撤销", "Organization " + id + " is already dissolved");
        }
        long children = organizations.activeChildren(id);
        if (children > 0) {
            throw ProblemException.conflict("组织 " + id + " 还有 " + children + " 个未撤销的下级组织，请先撤销或移走它们",
                    "Organization " + id + " still has " + children + " active child organizations; dissolve or move them first");
        }
        org.active = false;
        org.dissolvedAt = Instant.now();
        org.updatedAt = org.dissolvedAt;
        audit.record("organization.dissolved", ENTITY, org.id, org.id, Changes.create()
                .put("active", true, false)
                .put("dissolvedAt", null, org.dissolvedAt.toString()));
        changed.fire(new OrganizationChanged(org.id, org.path, OrganizationChanged.Change.DISSOLVED));
        return org;
    }

    @Transactional
    public Organization recode(long id, OrganizationRequests.Recode req) {
        Organization org = writable(id, req.version());
        String code = req.newCode().strip();
        if (code.equals(org.code)) {
            return org;
        }
        requireFreeCode(code, "newCode");
        String old = org.code;
        org.code = code;
        org.updatedAt = Instant.now();
        audit.record("organization.recoded", ENTITY, org.id, org.id, Changes.create()
                .put("code", old, code)
                .put("reason", null, req.reason().strip()));
        return org;
    }

    /** Creates or updates by the external code; the same body twice makes one change and one audit event. */
    @Transactional
    public UpsertResult upsertByCode(String rawCode, OrganizationRequests.Upsert req) {
        if (user.isIntegration()) {
            // An OA system's service account upserts by code under the directory sync's rules: the whole tree,
            // audited as its own account (docs/integration.md). Nothing else it calls gets scope (ServiceAccounts).
            user.actForDirectorySync();
        }
        String code = rawCode == null ? "" : rawCode;
        if (!code.matches(OrganizationRequests.CODE_PATTERN)) {
            throw ProblemException.badRequest("code", FieldCode.BAD_CODE);
        }
        Organization parent = null;
        if (req.parentCode() != null) {
            parent = organizations.byCode(req.parentCode().strip())
                    .filter(p -> scope.canRead(p.path))
                    .orElseThrow(() -> ProblemException.unknownReference("parentCode", "organization", req.parentCode()));
        }
        var existing = organizations.byCode(code);
        if (existing.isEmpty() || !scope.canRead(existing.get().path)) {
            if (existing.isPresent()) {
                throw ProblemException.conflict("code: 编码 " + code + " 已被使用", "code: the code " + code + " is already used");
            }
            Organization created = create(new OrganizationRequests.Create(code, req.name(), req.shortName(), req.type(),
                    parent == null ? null : parent.id, req.sortOrder()));
            return new UpsertResult(created, true);
        }
        Organization org = existing.get();
        scope.requireWrite(org.path, "Organization", org.id);
        Organization result = update(org.id, new OrganizationRequests.Update(org.version, req.name(),
                req.shortName() == null ? "" : req.shortName(), req.type(), req.sortOrder() == null ? 0 : req.sortOrder()));
        if (parent != null && !Objects.equals(parent.id, org.parentId)) {
            result = move(org.id, new OrganizationRequests.Move(result.version, parent.id));
        } else if (parent == null && org.parentId != null) {
            throw ProblemException.invalid("parentCode", FieldCode.CANNOT_BECOME_ROOT);
        }
        return new UpsertResult(result, false);
    }

    public record UpsertResult(Organization organization, boolean created) {
    }

    private Organization writable(long id, Long version) {
        Organization org = organizations.require(id);
        scope.requireWrite(org.path, "Organization", id);
        if (version == null || version != org.version) {
            throw ProblemException.versionConflict("Organization", id, version == null ? -1 : version, org.version);
        }
        return org;
    }

    private void requireFreeCode(String code, String field) {
        if (organizations.byCode(code).isPresent()) {
            throw codeTaken(code, field);
        }
    }

    static ProblemException codeTaken(String code, String field) {
        return ProblemException.withErrors(409, "conflict", "Conflict",
                java.util.List.of(org.dutyledger.common.Problem.FieldError.of(field, FieldCode.TAKEN, Map.of("value", code))));
    }

    static void requireActiveParent(Organization parent, String field) {
        if (!parent.active) {
            throw ProblemException.invalid(field, FieldCode.DISSOLVED, Map.of("organizationId", parent.id));
        }
    }

    private static void placeUnder(Organization org, Organization parent) {
        org.parentId = parent == null ? null : parent.id;
        org.depth = parent == null ? 0 : parent.depth + 1;
    }
}
