package org.dutyledger.organization.leadinggroup;

import org.dutyledger.common.FieldCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.dutyledger.audit.AuditTrail;
import org.dutyledger.audit.Changes;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.Texts;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.security.OrgScope;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads and replaces an organization's leading group, in its scope, audited. */
@ApplicationScoped
public class LeadingGroupService {

    static final String ENTITY = "leading_group";

    @Inject
    LeadingGroupRepository groups;

    @Inject
    OrganizationRepository organizations;

    @Inject
    OrgScope scope;

    @Inject
    LeadingGroupPeople people;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager em;

    @Transactional
    public LeadingGroupView get(long organizationId) {
        Organization org = organizations.require(organizationId);
        scope.requireRead(org.path, "Organization", organizationId);
        LeadingGroup group = groups.ofOrganization(organizationId);
        return group == null ? LeadingGroupView.notConfigured(organizationId) : view(group);
    }

    /** Replaces the whole group; the same body twice is one change and one audit event. */
    @Transactional
    public LeadingGroupView replace(long organizationId, LeadingGroupRequests.Replace req) {
        Organization org = organizations.require(organizationId);
        scope.requireWrite(org.path, "Organization", organizationId);
        LeadingGroup group = groups.ofOrganizationLocked(organizationId);
        requireVersion(organizationId, group, req.version());
        Long officeDepartmentId = officeDepartment(org, req.officeDepartmentId());
        List<LeadingGroupMember> members = members(req.members());
        Set<Long> personIds = new HashSet<>();
        members.forEach(m -> personIds.add(m.personId));
        if (req.officeDirectorId() != null) {
            personIds.add(req.officeDirectorId());
        }
        Map<Long, String> existing = people.names(personIds);
        Map<Long, String> names = people.readable(existing);
        for (int i = 0; i < members.size(); i++) {
            requireNamed(names, existing, "members[" + i + "].personId", members.get(i).personId);
        }
        if (req.officeDirectorId() != null) {
            requireNamed(names, existing, "officeDirectorId", req.officeDirectorId());
        }

        boolean created = group == null;
        // Both snapshots are taken before the entity changes: their queries flush the session.
        Snapshot before = created ? Snapshot.EMPTY
                : snapshot(group.name, group.officeDepartmentId, group.officeDirectorId, groups.members(group.id));
        Snapshot after = snapshot(req.name().strip(), officeDepartmentId, req.officeDirectorId(), members);
        if (!created && before.equals(after)) {
            return view(group);
        }
        if (created) {
            group = new LeadingGroup();
            group.organizationId = organizationId;
            group.createdAt = Instant.now();
        }
        group.name = after.name();
        group.officeDepartmentId = officeDepartmentId;
        group.officeDirectorId = req.officeDirectorId();
        group.updatedAt = Instant.now();
        if (created) {
            groups.persist(group);
        } else {
            groups.deleteMembers(group.id);
        }
        for (LeadingGroupMember m : members) {
            m.leadingGroupId = group.id;
            em.persist(m);
        }
        audit.record(created ? "leading-group.created" : "leading-group.updated", ENTITY, group.id, organizationId,
                Changes.create()
                        .put("name", before.name(), after.name())
                        .put("officeDepartment", before.officeDepartment(), after.officeDepartment())
                        .put("officeDirector", before.officeDirector(), after.officeDirector())
                        .put("members", before.members(), after.members()));
        em.flush();
        return view(group);
    }

    /**
     * A person the group names must exist for the caller; one who exists outside their scope gets the same answer,
     * but the refusal is a scope decision and goes to the security log.
     */
    private static void requireNamed(Map<Long, String> readable, Map<Long, String> existing, String field, long personId) {
        if (!readable.containsKey(personId)) {
            ProblemException refusal = ProblemException.invalid(field, FieldCode.UNKNOWN_REFERENCE, Map.of("kind", "person", "id", personId));
            throw existing.containsKey(personId) ? refusal.asScopeRefusal() : refusal;
        }
    }

    /** The readable content of a group, compared to detect a no-op and written to the audit trail. */
    record Snapshot(String name, String officeDepartment, String officeDirector, String members) {
        static final Snapshot EMPTY = new Snapshot(null, null, null, null);
    }

    private Snapshot snapshot(String name, Long officeDepartmentId, Long officeDirectorId, List<LeadingGroupMember> members) {
        Set<Long> ids = new HashSet<>();
        members.forEach(m -> ids.add(m.personId));
        if (officeDirectorId != null) {
            ids.add(officeDirectorId);
        }
        Map<Long, String> names = people.names(ids);
        List<String> lines = new ArrayList<>();
        for (LeadingGroupMember m : members) {
            lines.add(m.position + " " + names.get(m.personId) + " #" + m.personId
                    + (m.postText == null ? "" : " (" + m.postText + ")") + " @" + m.sortOrder);
        }
        String department = null;
        if (officeDepartmentId != null) {
            department = organizations.findById(officeDepartmentId).name + " #" + officeDepartmentId;
        }
        String director = officeDirectorId == null ? null : names.get(officeDirectorId) + " #" + officeDirectorId;
        return new Snapshot(name, department, director, lines.isEmpty() ? null : String.join("; ", lines));
    }

    private static void requireVersion(long organizationId, LeadingGroup group, Long version) {
        if (group == null && version != null) {
            throw new ProblemException(409, "version-conflict", "Version conflict", ProblemException.detail(
                    "组织 " + organizationId + " 尚未设置领导小组；创建时 version 请传 null",
                    "The leading group of organization " + organizationId + " is not configured yet; send version null to create it"));
        }
        if (group != null && (version == null || version != group.version)) {
            throw ProblemException.versionConflict("Leading group of organization", organizationId,
                    version == null ? -1 : version, group.version);
        }
    }

    /** The office sits in a department of the organization's own subtree. */
    private Long officeDepartment(Organization org, Long id) {
        if (id == null) {
            return null;
        }
        Organization department = organizations.findById(id);
        if (department == null || !org.contains(department)) {
            throw ProblemException.invalid("officeDepartmentId", FieldCode.NOT_IN_SUBTREE,
                    Map.of("organizationId", id, "organization", org.name + " (" + org.code + ")"));
        }
        return id;
    }

    /** One leader (组长) at most, each person once; list order is the default sort order. */
    private static List<LeadingGroupMember> members(List<LeadingGroupRequests.MemberEntry> entries) {
        List<LeadingGroupMember> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        int leaders = 0;
        for (int i = 0; i < entries.size(); i++) {
            LeadingGroupRequests.MemberEntry e = entries.get(i);
            if (e.position() == LeadingGroupPosition.LEADER && ++leaders > 1) {
                throw ProblemException.invalid("members[" + i + "].position", FieldCode.ONE_LEADER);
            }
            if (!seen.add(e.personId())) {
                throw ProblemException.invalid("members[" + i + "].personId", FieldCode.LISTED_TWICE, Map.of("id", e.personId()));
            }
            LeadingGroupMember m = new LeadingGroupMember();
            m.personId = e.personId();
            m.position = e.position();
            m.postText = Texts.clean(e.postText());
            m.sortOrder = e.sortOrder() == null ? i : e.sortOrder();
            out.add(m);
        }
        return out;
    }

    private LeadingGroupView view(LeadingGroup g) {
        List<LeadingGroupMember> members = groups.members(g.id);
        Set<Long> ids = new HashSet<>();
        members.forEach(m -> ids.add(m.personId));
        if (g.officeDirectorId != null) {
            ids.add(g.officeDirectorId);
        }
        Map<Long, String> names = people.names(ids);
        LeadingGroupView.Ref department = null;
        if (g.officeDepartmentId != null) {
            department = new LeadingGroupView.Ref(g.officeDepartmentId, organizations.findById(g.officeDepartmentId).name);
        }
        LeadingGroupView.Ref director = g.officeDirectorId == null ? null
                : new LeadingGroupView.Ref(g.officeDirectorId, names.get(g.officeDirectorId));
        List<LeadingGroupView.Member> lines = members.stream()
                .map(m -> new LeadingGroupView.Member(m.personId, names.get(m.personId), m.position, m.postText, m.sortOrder))
                .toList();
        return new LeadingGroupView(g.organizationId, true, g.name, department, director, lines, g.version, g.updatedAt);
    }
}
