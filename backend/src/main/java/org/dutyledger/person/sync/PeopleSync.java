package org.dutyledger.person.sync;

import org.dutyledger.common.FieldCode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import org.dutyledger.audit.AuditTrail;
import org.dutyledger.audit.Changes;
import org.dutyledger.common.Problem;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.Texts;
import org.dutyledger.integration.PeopleDirectory;
import org.dutyledger.integration.SyncItems;
import org.dutyledger.integration.SyncRequests;
import org.dutyledger.integration.SyncViews;
import org.dutyledger.person.PersonResynced;
import jakarta.enterprise.event.Event;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.person.Membership;
import org.dutyledger.person.MembershipRole;
import org.dutyledger.person.Person;
import org.dutyledger.person.PersonRepository;
import org.dutyledger.person.PersonService;
import org.dutyledger.person.PersonRequests;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Upserts people by their OA user id. Departments become memberships: the main department is the primary
 * one; a department leader (部门负责人, leader=true) is STAFF there — they keep that department's ledger —
 * and everyone else is MEMBER. The memberships are replaced as a whole: the OA directory is their source.
 */
@ApplicationScoped
public class PeopleSync implements PeopleDirectory {

    @Inject
    PersonService personService;

    @Inject
    PersonRepository people;

    @Inject
    OrganizationRepository organizations;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Event<PersonResynced> resynced;

    @Override
    public SyncViews.Result sync(List<SyncRequests.Person> batch, String source, boolean full, boolean deactivateMissing) {
        List<SyncViews.ItemResult> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SyncRequests.Person item : batch) {
            String key = key(item.externalId());
            if (!seen.add(key)) {
                items.add(SyncItems.error(key, List.of(Problem.FieldError.of("externalId", FieldCode.DUPLICATE_IN_BATCH))));
                continue;
            }
            items.add(SyncItems.run(key, item, () -> upsert(item, source)));
        }
        List<SyncViews.Missing> missing = full ? missing(seen, source, deactivateMissing) : null;
        return SyncViews.Result.of(full ? "full" : "incremental", source, items, missing);
    }

    private SyncViews.ItemResult upsert(SyncRequests.Person item, String source) {
        String key = key(item.externalId());
        if (key.isEmpty()) {
            SyncItems.fail("externalId", FieldCode.REQUIRED, null);
        }
        List<PersonRequests.MembershipEntry> memberships = memberships(item);
        boolean active = item.active() == null || item.active();
        Long existingId = idOf(key);
        if (existingId == null) {
            var create = new PersonRequests.Create(item.name(), item.post(), item.phone(), item.email(), key,
                    item.username(), active, memberships);
            SyncItems.requireValid(validator.validate(create));
            Person created = personService.create(create);
            sourceOfNew(created.id, source);
            return new SyncViews.ItemResult(key, SyncViews.Outcome.created, created.id, null);
        }
        // The OA directory holds the whole record: an absent optional field clears it ("" in an update),
        // except the login name, which the directory may not know.
        var update = new PersonRequests.Update(0L, item.name(), orEmpty(item.post()), orEmpty(item.phone()),
                orEmpty(item.email()), key, item.username(), active);
        SyncItems.requireValid(validator.validate(update));
        if (item.name() == null || item.name().isBlank()) {
            SyncItems.fail("name", FieldCode.REQUIRED, null);
        }
        Person p = people.require(existingId);
        boolean wasActive = p.active;
        boolean fieldsDiffer = !p.name.equals(item.name().strip()) || !Objects.equals(p.post, Texts.clean(item.post()))
                || !Objects.equals(p.phone, Texts.clean(item.phone())) || !Objects.equals(p.email, Texts.clean(item.email()))
                || (item.username() != null && !Objects.equals(p.username, Texts.clean(item.username())))
                || p.active != active;
        boolean membershipsDiffer = !describe(memberships).equals(describe(people.memberships(p.id)));
        boolean sourceDiffers = source != null && !source.equals(sourceOf(p.id));
        if (!fieldsDiffer && !membershipsDiffer && !sourceDiffers) {
            return new SyncViews.ItemResult(key, SyncViews.Outcome.unchanged, p.id, null);
        }
        if (fieldsDiffer) {
            p = personService.update(p.id, new PersonRequests.Update(p.version, update.name(), update.post(),
                    update.phone(), update.email(), null, update.username(), active));
        }
        if (membershipsDiffer) {
            p = personService.replaceMemberships(p.id, new PersonRequests.ReplaceMemberships(p.version, memberships));
        }
        markSource(p, source);
        if (wasActive && !p.active || membershipsDiffer) {
            resynced.fire(new PersonResynced(p.id));
        }
        return new SyncViews.ItemResult(key, SyncViews.Outcome.updated, p.id, null);
    }

    private List<PersonRequests.MembershipEntry> memberships(SyncRequests.Person item) {
        Map<String, Boolean> leaderByCode = new LinkedHashMap<>();
        List<SyncRequests.Department> departments = item.departments() == null ? List.of() : item.departments();
        for (int i = 0; i < departments.size(); i++) {
            SyncRequests.Department d = departments.get(i);
            if (d == null || d.code() == null || d.code().isBlank()) {
                SyncItems.fail("departments[" + i + "].code", FieldCode.REQUIRED, null);
            }
            leaderByCode.merge(d.code().strip(), d.leader(), Boolean::logicalOr);
        }
        String main = item.mainDepartment() == null ? null : item.mainDepartment().strip();
        if (main == null && leaderByCode.size() == 1) {
            main = leaderByCode.keySet().iterator().next();
        }
        if (!leaderByCode.isEmpty() && (main == null || !leaderByCode.containsKey(main))) {
            SyncItems.fail("mainDepartment", FieldCode.NOT_A_MEMBER, null);
        }
        if (leaderByCode.isEmpty() && main != null) {
            SyncItems.fail("mainDepartment", FieldCode.NOT_A_MEMBER, null);
        }
        List<PersonRequests.MembershipEntry> out = new ArrayList<>();
        int i = 0;
        for (var e : leaderByCode.entrySet()) {
            String field = "departments[" + i++ + "].code";
            Organization org = organizations.byCode(e.getKey())
                    .orElseThrow(() -> ProblemException.unknownReference(field, "organization", e.getKey()));
            if (!org.active) {
                SyncItems.fail(field, FieldCode.DISSOLVED, Map.of("organizationId", e.getKey()));
            }
            out.add(new PersonRequests.MembershipEntry(org.id, e.getValue() ? MembershipRole.STAFF : MembershipRole.MEMBER,
                    e.getKey().equals(main)));
        }
        return out;
    }

    private static String describe(List<?> memberships) {
        return memberships.stream().map(m -> m instanceof Membership ms
                        ? ms.organizationId + ":" + ms.role + ":" + ms.isPrimary
                        : ((PersonRequests.MembershipEntry) m).organizationId() + ":" + ((PersonRequests.MembershipEntry) m).role()
                        + ":" + ((PersonRequests.MembershipEntry) m).isPrimary())
                .sorted().collect(Collectors.joining(","));
    }

    /** As for organizations: a created person's source is part of its one person.created event, not a second one. */
    private void sourceOfNew(long id, String source) {
        if (source != null) {
            em.createNativeQuery("UPDATE person SET sync_source = ?1 WHERE id = ?2")
                    .setParameter(1, source).setParameter(2, id).executeUpdate();
        }
    }

    /** Records which directory an existing person now comes from; audited like any other change. */
    private void markSource(Person p, String source) {
        String old = sourceOf(p.id);
        if (source == null || source.equals(old)) {
            return;
        }
        em.createNativeQuery("UPDATE person SET sync_source = ?1 WHERE id = ?2")
                .setParameter(1, source).setParameter(2, p.id).executeUpdate();
        audit.record("person.updated", "person", p.id, primaryOrganization(p.id), Changes.create().put("syncSource", old, source));
    }

    private Long primaryOrganization(long personId) {
        return people.memberships(personId).stream().filter(m -> m.isPrimary).map(m -> m.organizationId).findFirst().orElse(null);
    }

    private String sourceOf(long id) {
        return (String) em.createNativeQuery("SELECT sync_source FROM person WHERE id = ?1").setParameter(1, id).getSingleResult();
    }

    private Long idOf(String externalId) {
        List<?> rows = em.createNativeQuery("SELECT id FROM person WHERE external_id = ?1").setParameter(1, externalId).getResultList();
        return rows.isEmpty() ? null : ((Number) rows.get(0)).longValue();
    }

    /** Active people from the source that the batch left out; deactivated (never deleted) only when asked. */
    private List<SyncViews.Missing> missing(Set<String> batchKeys, String source, boolean deactivate) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT id, external_id FROM person WHERE sync_source = ?1 AND active ORDER BY external_id")
                .setParameter(1, source).getResultList());
        return SyncItems.missing(rows, batchKeys, deactivate, id -> {
            Person p = people.require(id);
            personService.update(id, new PersonRequests.Update(p.version, null, null, null, null, null, null, false));
            resynced.fire(new PersonResynced(id));
        });
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    static String key(String externalId) {
        return externalId == null ? "" : externalId.strip();
    }
}
