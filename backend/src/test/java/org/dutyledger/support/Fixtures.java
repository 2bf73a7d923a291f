package org.dutyledger.support;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.organization.OrganizationService;
import org.dutyledger.organization.OrganizationType;
import org.dutyledger.organization.OrganizationRequests;
import org.dutyledger.person.MembershipRole;
import org.dutyledger.person.PersonRepository;
import org.dutyledger.person.PersonService;
import org.dutyledger.person.PersonRequests;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Test data made through the services, acting as the system, whoever the test's caller is: on its own
 * thread with its own request context, so the test's identity is untouched.
 */
@ApplicationScoped
public class Fixtures {

    @Inject
    OrganizationService organizations;

    @Inject
    OrganizationRepository organizationRepository;

    @Inject
    PersonService people;

    @Inject
    org.dutyledger.organization.leadinggroup.LeadingGroupRepository leadingGroups;

    @Inject
    PersonRepository personRepository;

    public static String unique(String prefix) {
        return prefix + "-" + Math.abs(ThreadLocalRandom.current().nextInt(1_000_000_000));
    }

    public long orgId(String code) {
        return asSystem(() -> organizationRepository.byCode(code).orElseThrow().id);
    }

    /** A new department under the organization with the given code. */
    public long newOrganization(String parentCode) {
        return newOrganizationUnder(orgId(parentCode));
    }

    public long newOrganizationUnder(long parentId) {
        String code = unique("T");
        return asSystem(() -> organizations.create(new OrganizationRequests.Create(code, "测试部门 " + code, null,
                OrganizationType.DEPARTMENT, parentId, 0)).id);
    }

    /** A new person (no login) with one primary membership. */
    public long newPerson(String orgCode, MembershipRole role) {
        return newPerson(unique("测试人员"), null, orgCode, role);
    }

    public long newPerson(String name, String username, String orgCode, MembershipRole role) {
        return asSystem(() -> {
            List<PersonRequests.MembershipEntry> ms = orgCode == null ? List.of() : List.of(
                    new PersonRequests.MembershipEntry(organizationRepository.byCode(orgCode).orElseThrow().id, role, true));
            return people.create(new PersonRequests.Create(name, null, null, null, null, username, true, ms)).id;
        });
    }

    public Long personId(String username) {
        return asSystem(() -> personRepository.find("username", username).firstResultOptional().map(p -> p.id).orElse(null));
    }

    /** The read-only user of the authorization matrix: MEMBER of STREET-DH, created once. */
    public synchronized long memberOnly() {
        Long id = personId("memberonly");
        return id != null ? id : newPerson("只读成员", "memberonly", "STREET-DH", MembershipRole.MEMBER);
    }

    public long personVersion(long personId) {
        return asSystem(() -> personRepository.findById(personId).version);
    }

    /** A person in STREET-DH and in STREET-XS: visible to both streets, writable by each in its own part. */
    public long personInBothStreets() {
        return asSystem(() -> people.create(new PersonRequests.Create(unique("两街道"), null, null, null, null, null, true,
                List.of(new PersonRequests.MembershipEntry(organizationRepository.byCode("STREET-DH").orElseThrow().id,
                                MembershipRole.STAFF, true),
                        new PersonRequests.MembershipEntry(organizationRepository.byCode("STREET-XS").orElseThrow().id,
                                MembershipRole.STAFF, false)))).id);
    }

    public long leadingGroupId(long organizationId) {
        return asSystem(() -> leadingGroups.ofOrganization(organizationId).id);
    }

    public <T> T asSystem(Supplier<T> work) {
        return CompletableFuture.supplyAsync(() -> {
            ManagedContext requestContext = Arc.container().requestContext();
            requestContext.activate();
            try {
                Arc.container().instance(org.dutyledger.security.CurrentUser.class).get().actAsSystem();
                return QuarkusTransaction.requiringNew().call(work::get);
            } finally {
                requestContext.terminate();
            }
        }).join();
    }
}
