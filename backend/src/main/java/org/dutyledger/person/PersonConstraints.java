package org.dutyledger.person;

import jakarta.enterprise.context.ApplicationScoped;
import org.dutyledger.common.ConstraintRefusals;
import org.dutyledger.common.ProblemException;

import java.util.Map;
import java.util.Optional;

/** The person and membership tables' unique keys, by the field the caller can fix (409 taken). */
@ApplicationScoped
public class PersonConstraints implements ConstraintRefusals {

    private static final Map<String, String> UNIQUE_FIELDS = Map.of(
            "person_external_id_unique", "externalId",
            "person_username_unique", "username",
            "person_subject_unique", "subject",
            "membership_person_org_unique", "memberships");

    @Override
    public Optional<ProblemException> refusal(String constraint, String sqlState, String detail) {
        return Optional.ofNullable(UNIQUE_FIELDS.get(constraint)).map(ConstraintRefusals::taken);
    }
}
