package org.dutyledger.common;

import java.util.Optional;

/**
 * A capability's translation of its own database constraints into the refusal the caller can act on (a field that is
 * already taken, a period that overlaps). Each capability implements it as a bean; {@code ProblemMappers} asks them
 * all when PostgreSQL refuses a write, so the constraint names and their messages stay with the tables they guard.
 * The services check the same rules first; these catch races and writes that bypassed a check.
 */
public interface ConstraintRefusals {

    /**
     * The refusal for {@code constraint} violated with {@code sqlState} (23505 unique, 23P01 exclusion, 23514 check),
     * or empty when the constraint is not this capability's. {@code detail} is PostgreSQL's detail (the key in the way).
     */
    Optional<ProblemException> refusal(String constraint, String sqlState, String detail);

    /** A unique constraint's violation: 409 conflict, the field is taken. */
    static ProblemException taken(String field) {
        return ProblemException.withErrors(409, "conflict", "Conflict", java.util.List.of(Problem.FieldError.of(field, FieldCode.TAKEN)));
    }

    /** A check constraint on dates: 422, the field does not agree with the other dates. */
    static ProblemException inconsistentDates(String field) {
        return ProblemException.withErrors(422, "validation", "Invalid input",
                java.util.List.of(Problem.FieldError.of(field, FieldCode.INCONSISTENT_DATES)));
    }
}
