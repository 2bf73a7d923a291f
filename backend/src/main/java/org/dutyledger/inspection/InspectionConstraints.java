package org.dutyledger.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import org.dutyledger.common.ConstraintRefusals;
import org.dutyledger.common.ProblemException;

import java.util.Optional;

/** The inspection tables' constraints as refusals (the services check the same first). */
@ApplicationScoped
public class InspectionConstraints implements ConstraintRefusals {

    @Override
    public Optional<ProblemException> refusal(String constraint, String sqlState, String detail) {
        if ("inspection_ends_after_start".equals(constraint) && "23514".equals(sqlState)) {
            return Optional.of(ConstraintRefusals.inconsistentDates("endsOn"));
        }
        if ("inspection_team_pkey".equals(constraint) && "23505".equals(sqlState)) {
            return Optional.of(ConstraintRefusals.taken("teamPersonIds"));
        }
        if ("inspection_target_pkey".equals(constraint) && "23505".equals(sqlState)) {
            return Optional.of(ConstraintRefusals.taken("targetIds"));
        }
        return Optional.empty();
    }
}
