package org.dutyledger.inspection.rectification;

import jakarta.enterprise.context.ApplicationScoped;
import org.dutyledger.common.ConstraintRefusals;
import org.dutyledger.common.ProblemException;

import java.util.Optional;

/**
 * The rectification tables' constraints as refusals (the service checks the same first, under the row's lock): a
 * second rectification of a finding, a second pending extension request (409 on the field).
 */
@ApplicationScoped
public class RectificationConstraints implements ConstraintRefusals {

    @Override
    public Optional<ProblemException> refusal(String constraint, String sqlState, String detail) {
        if ("rectification_one_per_finding".equals(constraint) && "23505".equals(sqlState)) {
            return Optional.of(ConstraintRefusals.taken("findingId"));
        }
        if ("rectification_extension_one_pending".equals(constraint) && "23505".equals(sqlState)) {
            return Optional.of(RectificationProblems.extensionPending());
        }
        return Optional.empty();
    }
}
