package org.dutyledger.person;

import java.util.Map;
import org.dutyledger.common.FieldCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.dutyledger.audit.AuditTrail;
import org.dutyledger.audit.Changes;
import org.dutyledger.common.Problem;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.Texts;
import org.dutyledger.security.ServiceAccounts;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Changes to people and their memberships: each authorized by the person's scope and audited in its transaction. */
@ApplicationScoped
public class PersonService {

    static final String ENTITY = "person";

    @Inject
    PersonRepository people;

    @Inject
    PersonQueries queries;

    @Inject
    PersonScope personScope;

    @Inject
    MembershipRules membershipRules;

    @Inject
    AuditTrail audit;

    /** Reads one person, as 404 when none of their organizations is in the caller's scope. */
    public Person get(long id) {
        Person person = people.require(id);
        personScope.requireRead(id, queries.memberships(id));
        return person;
    }

    @Transactional
    public Person create(PersonRequests.Create req) {
        personScope.requireSomeWriteRights();
        List<PersonRequests.MembershipEntry> entries = req.memberships() == null ? List.of() : req.memberships();
        List<MembershipLine> lines = membershipRules.resolve(0, entries, Set.of());
        membershipRules.requireCreatable(lines);
        Person p = from(req);
        if (p.username != null) {
            personScope.requireLoginRights("username");
            requireLinkableUsername(p.username);
        }
        requireFree("externalId", "external_id", p.externalId, null);
        requireFree("username", "username", p.username, null);
        p.createdAt = p.updatedAt = Instant.now();
        people.persist(p);
        lines.forEach(m -> people.getEntityManager().persist(
                new Membership(p.id, m.organizationId(), m.role(), m.primary())));
        audit.record(CREATED, ENTITY, p.id, MembershipRules.primaryOrganization(lines), createdChanges(p, lines));
        return p;
    }

    @Transactional
    public Person update(long id, PersonRequests.Update req) {
        Person p = people.requireLocked(id);
        List<MembershipLine> lines = queries.memberships(id);
        personScope.requireWrite(id, lines);
        requireVersion(p, req.version());
        // Checks that query run before any field changes: a query flushes the session, and each flush of a
        // changed person would move its version once more.
        String externalId = req.externalId() == null ? p.externalId : Texts.clean(req.externalId());
        String username = req.username() == null ? p.username : Texts.clean(req.username());
        String name = req.name() == null ? p.name : requireName(req.name());
        boolean active = req.active() == null ? p.active : req.active();
        // Standing fields count in every organization the person belongs to (PersonScope.requireStandingRights).
        if (!Objects.equals(p.name, name)) {
            personScope.requireStandingRights(lines, "name");
        }
        if (p.active != active) {
            personScope.requireStandingRights(lines, "active");
        }
        if (!Objects.equals(p.externalId, externalId)) {
            personScope.requireStandingRights(lines, "externalId");
            requireFree("externalId", "external_id", externalId, p.id);
        }
        if (!Objects.equals(p.username, username)) {
            personScope.requireLoginRights("username");
            requireLinkableUsername(username);
            requireFree("username", "username", username, p.id);
        }
        String post = req.post() == null ? p.post : Texts.clean(req.post());
        String phone = req.phone() == null ? p.phone : Texts.clean(req.phone());
        String email = req.email() == null ? p.email : Texts.clean(req.email());
        Changes changes = Changes.create()
                .put("name", p.name, name)
                .put("post", p.post, post)
                .put("phone", p.phone, phone)
                .put("email", p.email, email)
                .put("externalId", p.externalId, externalId)
                .put("username", p.username, username)
                .put("active", p.active, active);
        p.name = name;
        p.post = post;
        p.phone = phone;
        p.email = email;
        p.externalId = externalId;
        p.username = username;
        p.active = active;
        if (!changes.isEmpty()) {
            p.updatedAt = Instant.now();
            audit.record("person.updated", ENTITY, p.id, MembershipRules.primaryOrganization(lines), changes);
        }
        return p;
    }

    /** Replaces all memberships; the same list twice is one change and one audit event. */
    @Transactional
    public Person replaceMemberships(long id, PersonRequests.ReplaceMemberships req) {
        Person p = people.requireLocked(id);
        List<MembershipLine> before = queries.memberships(id);
        personScope.requireWrite(id, before);
        requireVersion(p, req.version());
        Set<Long> existing = before.stream().map(MembershipLine::organizationId).collect(Collectors.toSet());
        List<MembershipLine> after = membershipRules.resolve(id,
                MembershipRules.keepingThoseOutOfSight(req.memberships(), personScope.outOfSight(before)), existing);
        membershipRules.requireChangeable(before, after);
        if (MembershipRules.sameSet(before, after)) {
            return p;
        }
        people.deleteMemberships(id);
        after.forEach(m -> people.getEntityManager().persist(
                new Membership(id, m.organizationId(), m.role(), m.primary())));
        p.updatedAt = Instant.now();  // moves the person's version: memberships are part of the person
        Long org = MembershipRules.primaryOrganization(after);
        audit.record("person.memberships-replaced", ENTITY, p.id,
                org != null ? org : MembershipRules.primaryOrganization(before), Changes.create()
                        .put("memberships", MembershipRules.describe(before), MembershipRules.describe(after)));
        return p;
    }

    /**
     * Unlinks a wrongly linked login (admin only): clears the pinned subject and, unless kept, the login name,
     * so that the account no longer acts as this person. Audited as person.identity-unlinked.
     */
    @Transactional
    public Person unlinkIdentity(long id, PersonRequests.UnlinkIdentity req) {
        Person p = people.requireLocked(id);
        List<MembershipLine> lines = queries.memberships(id);
        personScope.requireRead(id, lines);
        if (!personScope.isAdmin()) {
            throw ProblemException.forbidden("只有管理员可以解除人员的登录关联", "Only an administrator may unlink a person's login");
        }
        requireVersion(p, req.version());
        boolean keepUsername = Boolean.TRUE.equals(req.keepUsername());
        Changes changes = Changes.create().put("subject", p.subject, null);
        if (!keepUsername) {
            changes.put("username", p.username, null);
        }
        if (changes.isEmpty()) {
            return p;
        }
        p.subject = null;
        if (!keepUsername) {
            p.username = null;
        }
        p.updatedAt = Instant.now();
        audit.record("person.identity-unlinked", ENTITY, p.id, MembershipRules.primaryOrganization(lines), changes);
        return p;
    }

    /** A service account's name (service-account-…) can never be a person's login: see security/ServiceAccounts. */
    static void requireLinkableUsername(String username) {
        if (ServiceAccounts.isServiceAccountName(username)) {
            throw ProblemException.invalid("username", FieldCode.SERVICE_ACCOUNT_NAME,
                    Map.of("prefix", ServiceAccounts.USERNAME_PREFIX));
        }
    }

    private static void requireVersion(Person p, Long version) {
        if (version == null || version != p.version) {
            throw ProblemException.versionConflict("Person", p.id, version == null ? -1 : version, p.version);
        }
    }

    static String requireName(String raw) {
        String name = Texts.clean(raw);
        if (name == null) {
            throw ProblemException.invalid("name", FieldCode.REQUIRED);
        }
        return name;
    }

    static final String CREATED = "person.created";

    /** A new person's fields as a create request gives them (trimmed, blanks as null; active unless said). */
    static Person from(PersonRequests.Create req) {
        Person p = new Person();
        p.name = requireName(req.name());
        p.post = Texts.clean(req.post());
        p.phone = Texts.clean(req.phone());
        p.email = Texts.clean(req.email());
        p.externalId = Texts.clean(req.externalId());
        p.username = Texts.clean(req.username());
        p.active = req.active() == null || req.active();
        return p;
    }

    /** What the audit trail says of a new person (one by one or in bulk alike). */
    static Changes createdChanges(Person p, List<MembershipLine> lines) {
        return Changes.create()
                .put("name", null, p.name)
                .put("post", null, p.post)
                .put("phone", null, p.phone)
                .put("email", null, p.email)
                .put("externalId", null, p.externalId)
                .put("username", null, p.username)
                .put("active", null, p.active)
                .put("memberships", null, MembershipRules.describe(lines));
    }

    /** Checked before writing so the answer names the field; the unique constraint still guards races. */
    private void requireFree(String field, String column, String value, Long self) {
        if (value == null) {
            return;
        }
        long taken = ((Number) people.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM person WHERE " + column + " = ?1 AND id <> ?2")
                .setParameter(1, value).setParameter(2, self == null ? -1L : self)
                .getSingleResult()).longValue();
        if (taken > 0) {
            throw taken(field, value);
        }
    }

    static ProblemException taken(String field, String value) {
        return ProblemException.withErrors(409, "conflict", "Conflict",
                List.of(Problem.FieldError.of(field, FieldCode.TAKEN, Map.of("value", value))));
    }
}
