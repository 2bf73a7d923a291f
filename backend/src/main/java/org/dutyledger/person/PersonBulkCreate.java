package org.dutyledger.person;

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
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationRepository;
import org.hibernate.Session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Creates many people at once, set-based (one lookup per kind, one COPY per table, the audit events in one pass),
 * with the checks and audit events of {@link PersonService#create} for each. Used by large imports.
 */
@ApplicationScoped
public class PersonBulkCreate {

    @Inject
    EntityManager em;

    @Inject
    PersonScope personScope;

    @Inject
    MembershipRules membershipRules;

    @Inject
    OrganizationRepository organizations;

    @Inject
    AuditTrail audit;

    /** All or nothing: a refused item ends the call with a {@link BatchItemException} naming it. Returns the new ids. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long[] createAll(List<PersonRequests.Create> requests) {
        personScope.requireSomeWriteRights();
        em.flush();
        Map<Long, Organization> orgs = organizations(requests);
        Set<String> externalIds = new HashSet<>(taken(requests, "external_id", PersonRequests.Create::externalId));
        Set<String> usernames = new HashSet<>(taken(requests, "username", PersonRequests.Create::username));
        long[] ids = em.unwrap(Session.class).doReturningWork(c -> SequenceIds.next(c, "person_seq", requests.size(), 50));
        List<Object[]> people = new ArrayList<>(requests.size());
        List<Object[]> memberships = new ArrayList<>();
        List<AuditTrail.Entry> events = new ArrayList<>(requests.size());
        Instant now = Instant.now();
        for (int i = 0; i < requests.size(); i++) {
            PersonRequests.Create req = requests.get(i);
            Person p;
            List<MembershipLine> lines;
            try {
                List<PersonRequests.MembershipEntry> entries = req.memberships() == null ? List.of() : req.memberships();
                lines = membershipRules.resolve(ids[i], entries, Set.of(), orgs);
                membershipRules.requireCreatable(lines);
                p = PersonService.from(req);
                p.id = ids[i];
                if (p.username != null) {
                    personScope.requireLoginRights("username");
                    PersonService.requireLinkableUsername(p.username);
                }
                if (p.externalId != null && !externalIds.add(p.externalId)) {
                    throw PersonService.taken("externalId", p.externalId);
                }
                if (p.username != null && !usernames.add(p.username)) {
                    throw PersonService.taken("username", p.username);
                }
            } catch (ProblemException e) {
                throw new BatchItemException(i, e);
            }
            people.add(new Object[]{p.id, p.name, p.post, p.phone, p.email, p.externalId, p.username, p.active, 0L, now, now});
            for (MembershipLine m : lines) {
                // the id column is filled below, once the batch knows how many memberships it has
                memberships.add(new Object[]{null, p.id, m.organizationId(), m.role().name(), m.primary()});
            }
            events.add(new AuditTrail.Entry(PersonService.CREATED, PersonService.ENTITY, p.id,
                    MembershipRules.primaryOrganization(lines), PersonService.createdChanges(p, lines)));
        }
        long[] membershipIds = em.unwrap(Session.class).doReturningWork(c -> SequenceIds.next(c, "membership_seq", memberships.size(), 50));
        for (int k = 0; k < memberships.size(); k++) {
            memberships.get(k)[0] = membershipIds[k];
        }
        em.unwrap(Session.class).doWork(c -> {
            CopyIn.rows(c, "person", List.of("id", "name", "post", "phone", "email", "external_id", "username", "active",
                    "version", "created_at", "updated_at"), people);
            CopyIn.rows(c, "membership", List.of("id", "person_id", "organization_id", "role", "is_primary"), memberships);
        });
        audit.recordAll(events);
        return ids;
    }

    private Map<Long, Organization> organizations(List<PersonRequests.Create> requests) {
        Set<Long> ids = new HashSet<>();
        for (PersonRequests.Create req : requests) {
            if (req.memberships() != null) {
                req.memberships().forEach(m -> ids.add(m.organizationId()));
            }
        }
        Map<Long, Organization> out = new HashMap<>();
        if (!ids.isEmpty()) {
            organizations.list("id in ?1", List.copyOf(ids)).forEach(o -> out.put(o.id, o));
        }
        return out;
    }

    /** Values of one unique column the batch uses that other people hold already. */
    private List<String> taken(List<PersonRequests.Create> requests, String column,
                               java.util.function.Function<PersonRequests.Create, String> value) {
        List<String> wanted = requests.stream().map(value).map(Texts::clean).filter(v -> v != null).toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<String> found = em.createNativeQuery("SELECT " + column + " FROM person WHERE " + column + " = ANY(?1)")
                .setParameter(1, wanted.toArray(String[]::new)).getResultList();
        return found;
    }
}
