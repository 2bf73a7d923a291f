package org.dutyledger.person;

import org.dutyledger.common.FieldCode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.dutyledger.common.Problem;
import org.dutyledger.common.ProblemException;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.person.PersonRequests.MembershipEntry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The rules a list of memberships must keep, and who may change which of them. */
@RequestScoped
public class MembershipRules {

    @Inject
    OrganizationRepository organizations;

    @Inject
    PersonScope personScope;

    /**
     * Checks the requested list on its own: exactly one primary when not empty, each organization once,
     * each organization existing and, when new to the person, in the caller's read scope and not dissolved. Returns the resolved memberships.
     */
    public List<MembershipLine> resolve(long personId, List<MembershipEntry> entries, Set<Long> existing) {
        Map<Long, Organization> found = new HashMap<>();
        if (!entries.isEmpty()) {
            organizations.list("id in ?1", entries.stream().map(MembershipEntry::organizationId).distinct().toList())
                    .forEach(o -> found.put(o.id, o));
        }
        return resolve(personId, entries, existing, found);
    }

    /** As {@link #resolve(long, List, Set)}, with the organizations already loaded (by id) for a whole batch. */
    public List<MembershipLine> resolve(long personId, List<MembershipEntry> entries, Set<Long> existing,
                                        Map<Long, Organization> found) {
        long primaries = entries.stream().filter(MembershipEntry::isPrimary).count();
        if (!entries.isEmpty() && primaries != 1) {
            throw ProblemException.invalid("memberships", FieldCode.ONE_PRIMARY, Map.of("count", primaries));
        }
        Set<Long> seen = new HashSet<>();
        List<MembershipLine> lines = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            MembershipEntry e = entries.get(i);
            String field = "memberships[" + i + "].organizationId";
            Organization org = found.get(e.organizationId());
            // A membership the person already has may be kept as it is, even where the caller cannot see.
            if (org == null) {
                throw ProblemException.invalid(field, FieldCode.UNKNOWN_REFERENCE, Map.of("kind", "organization", "id", e.organizationId()));
            }
            if (!existing.contains(org.id) && !personScope.canReadOrganization(org.path)) {
                // The same answer as for a missing one; the security log knows it was a scope decision.
                throw ProblemException.invalid(field, FieldCode.UNKNOWN_REFERENCE, Map.of("kind", "organization", "id", e.organizationId())).asScopeRefusal();
            }
            if (!org.active && !existing.contains(org.id)) {
                throw ProblemException.invalid(field, FieldCode.DISSOLVED, Map.of("organizationId", org.id));
            }
            if (!seen.add(org.id)) {
                throw ProblemException.invalid(field, FieldCode.LISTED_TWICE, Map.of("id", org.id));
            }
            lines.add(new MembershipLine(personId, org.id, org.code, org.name, org.path, e.role(), e.isPrimary()));
        }
        return lines;
    }

    /** A new person's memberships: a non-admin names at least one, and only organizations where they are STAFF. */
    public void requireCreatable(List<MembershipLine> lines) {
        if (personScope.isAdmin()) {
            return;
        }
        if (lines.isEmpty()) {
            throw ProblemException.invalid("memberships", FieldCode.OWN_ORGANIZATION_REQUIRED);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (!personScope.canWriteOrganization(lines.get(i).path())) {
                throw ProblemException.invalid("memberships[" + i + "].organizationId", FieldCode.NOT_IN_SCOPE).asScopeRefusal();
            }
        }
    }

    /** Every membership added, removed or altered must lie where the caller is STAFF (admin: anywhere). */
    public void requireChangeable(List<MembershipLine> before, List<MembershipLine> after) {
        if (personScope.isAdmin()) {
            return;
        }
        Map<Long, MembershipLine> old = new HashMap<>();
        before.forEach(m -> old.put(m.organizationId(), m));
        for (int i = 0; i < after.size(); i++) {
            MembershipLine m = after.get(i);
            if (!sameAs(old.remove(m.organizationId()), m) && !personScope.canWriteOrganization(m.path())) {
                throw forbidden("memberships[" + i + "].organizationId", m.code());
            }
        }
        for (MembershipLine removed : old.values()) {
            if (!personScope.canWriteOrganization(removed.path())) {
                throw forbidden("memberships", removed.code());
            }
        }
    }

    /**
     * A caller replaces the memberships they can see: those out of their sight (not shown to them) and not
     * named in the list stay as they are, appended after the caller's entries so that error fields keep the
     * caller's indexes. When the primary membership is out of sight it stays primary, and the caller's entries
     * are kept as non-primary: the primary lies outside the caller's scope and is not theirs to move.
     */
    public static List<MembershipEntry> keepingThoseOutOfSight(List<MembershipEntry> requested, List<MembershipLine> outOfSight) {
        Set<Long> named = new HashSet<>();
        requested.forEach(e -> named.add(e.organizationId()));
        List<MembershipLine> kept = outOfSight.stream().filter(m -> !named.contains(m.organizationId())).toList();
        if (kept.isEmpty()) {
            return requested;
        }
        boolean primaryKept = kept.stream().anyMatch(MembershipLine::primary);
        List<MembershipEntry> out = new ArrayList<>();
        requested.forEach(e -> out.add(primaryKept ? new MembershipEntry(e.organizationId(), e.role(), false) : e));
        kept.forEach(m -> out.add(new MembershipEntry(m.organizationId(), m.role(), m.primary())));
        return out;
    }

    public static boolean sameAs(MembershipLine a, MembershipLine b) {
        return a != null && b != null && a.organizationId() == b.organizationId()
                && a.role() == b.role() && a.primary() == b.primary();
    }

    public static boolean sameSet(List<MembershipLine> a, List<MembershipLine> b) {
        if (a.size() != b.size()) {
            return false;
        }
        Map<Long, MembershipLine> byOrg = new HashMap<>();
        a.forEach(m -> byOrg.put(m.organizationId(), m));
        return b.stream().allMatch(m -> sameAs(byOrg.get(m.organizationId()), m));
    }

    /** The readable audit form of a list of memberships. */
    public static String describe(List<MembershipLine> lines) {
        return lines.isEmpty() ? "" : String.join("; ", lines.stream().map(MembershipLine::describe).toList());
    }

    /** The primary organization, which scopes the person's audit events. */
    public static Long primaryOrganization(List<MembershipLine> lines) {
        return lines.stream().filter(MembershipLine::primary).map(MembershipLine::organizationId)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static ProblemException forbidden(String field, String organizationCode) {
        return ProblemException.withErrors(403, "forbidden", "Forbidden",
                List.of(Problem.FieldError.of(field, FieldCode.NEEDS_STAFF_RIGHTS, Map.of("organization", organizationCode))));
    }
}
