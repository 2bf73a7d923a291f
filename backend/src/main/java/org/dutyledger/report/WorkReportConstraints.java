package org.dutyledger.report;

import jakarta.enterprise.context.ApplicationScoped;
import org.dutyledger.common.ConstraintRefusals;
import org.dutyledger.common.ProblemException;

import java.util.Optional;

/** The work report tables' keys: a second report of the same organization, kind, period and recipient (a race). */
@ApplicationScoped
public class WorkReportConstraints implements ConstraintRefusals {

    @Override
    public Optional<ProblemException> refusal(String constraint, String sqlState, String detail) {
        return "work_report_once".equals(constraint) ? Optional.of(WorkReportProblems.exists()) : Optional.empty();
    }
}
