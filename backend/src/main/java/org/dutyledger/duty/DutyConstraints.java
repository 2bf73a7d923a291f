package org.dutyledger.duty;

import jakarta.enterprise.context.ApplicationScoped;
import org.dutyledger.common.ConstraintRefusals;
import org.dutyledger.common.FieldCode;
import org.dutyledger.common.Language;
import org.dutyledger.common.Problem;
import org.dutyledger.common.ProblemException;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The duty table's constraints: the exclusion constraints of {@link OneHolderAtATime} (409 duty-conflict quoting the
 * key in the way) and the period check of {@link DutyPolicies#periodEndsAfterItBegins} (422 on validTo).
 */
@ApplicationScoped
public class DutyConstraints implements ConstraintRefusals {

    private static final Map<String, String> EXCLUSION_ZH = Map.of(
            "duty_assignment_sole_holder", "本组织该职责已有另一名任职人，任期重叠",
            "duty_assignment_no_overlap", "此人在本组织已担任该职责，任期重叠");

    @Override
    public Optional<ProblemException> refusal(String constraint, String sqlState, String detail) {
        if ("23P01".equals(sqlState) && OneHolderAtATime.EXCLUSION_CONSTRAINTS.containsKey(constraint)) {
            String rule = Language.current().pick(EXCLUSION_ZH.get(constraint), OneHolderAtATime.EXCLUSION_CONSTRAINTS.get(constraint));
            return Optional.of(new ProblemException(409, "duty-conflict", "Conflicting duty assignment",
                    rule + (detail == null ? "" : " (" + detail + ")"),
                    List.of(Problem.FieldError.of("validFrom", FieldCode.OVERLAPS))));
        }
        if ("23514".equals(sqlState) && DutyPolicies.PERIOD_VALID_CONSTRAINT.equals(constraint)) {
            return Optional.of(ConstraintRefusals.inconsistentDates("validTo"));
        }
        return Optional.empty();
    }
}
