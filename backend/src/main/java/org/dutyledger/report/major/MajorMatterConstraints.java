package org.dutyledger.report.major;

import jakarta.enterprise.context.ApplicationScoped;
import org.dutyledger.common.ConstraintRefusals;
import org.dutyledger.common.ProblemException;

import java.util.Optional;

/**
 * The major-matter tables' constraints as refusals (the service checks the same first): learned before it happened
 * (422 on learnedAt), an organization twice in one thread (409 on recipientOrganizationId).
 */
@ApplicationScoped
public class MajorMatterConstraints implements ConstraintRefusals {

    @Override
    public Optional<ProblemException> refusal(String constraint, String sqlState, String detail) {
        if ("major_matter_learned_after_occurred".equals(constraint) && "23514".equals(sqlState)) {
            return Optional.of(ConstraintRefusals.inconsistentDates("learnedAt"));
        }
        if ("major_matter_recipient_once".equals(constraint) && "23505".equals(sqlState)) {
            return Optional.of(ConstraintRefusals.taken("recipientOrganizationId"));
        }
        return Optional.empty();
    }
}
