package org.dutyledger.organization;

import jakarta.enterprise.context.ApplicationScoped;
import org.dutyledger.common.ConstraintRefusals;
import org.dutyledger.common.ProblemException;

import java.util.Map;
import java.util.Optional;

/** The organization tables' unique keys, by the field the caller can fix (409 taken). */
@ApplicationScoped
public class OrganizationConstraints implements ConstraintRefusals {

    private static final Map<String, String> UNIQUE_FIELDS = Map.of(
            "organization_code_unique", "code",
            "leading_group_org_unique", "organizationId");

    @Override
    public Optional<ProblemException> refusal(String constraint, String sqlState, String detail) {
        return Optional.ofNullable(UNIQUE_FIELDS.get(constraint)).map(ConstraintRefusals::taken);
    }
}
