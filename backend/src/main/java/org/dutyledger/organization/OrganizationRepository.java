package org.dutyledger.organization;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.dutyledger.common.ProblemException;
import org.dutyledger.security.OrganizationPaths;

import java.util.Optional;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepository<Organization>, OrganizationPaths {

    public Organization require(long id) {
        Organization org = findById(id);
        if (org == null) {
            throw ProblemException.notFound("Organization", id);
        }
        return org;
    }

    @Override
    public Optional<String> pathOf(long organizationId) {
        return findByIdOptional(organizationId).map(o -> o.path);
    }

    public Optional<Organization> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public long activeChildren(long id) {
        return count("parentId = ?1 and active = true", id);
    }
}
