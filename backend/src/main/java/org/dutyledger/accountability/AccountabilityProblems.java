package org.dutyledger.accountability;

import org.dutyledger.common.FieldCode;
import org.dutyledger.common.Problem;
import org.dutyledger.common.ProblemException;

import java.util.List;

/** The accountability capability's own problem types. */
final class AccountabilityProblems {

    private AccountabilityProblems() {
    }

    /** 409: the case's status does not allow this step. */
    static ProblemException transition(CaseStatus from, String to) {
        return new ProblemException(409, "case-transition", "Transition not allowed", ProblemException.detail(
                "案件当前状态为 " + from + "（" + from.label + "），不能执行“" + to + "”",
                "a case in status " + from + " cannot go to " + to));
    }

    /** 422 on `exempt`: no objection or rejection on the record supports exempting the person. */
    static ProblemException exemptionNotRecorded() {
        return ProblemException.withErrors(422, "exemption-not-recorded", "No recorded objection supports the exemption",
                List.of(Problem.FieldError.of("exempt", FieldCode.EXEMPTION_NOT_RECORDED)));
    }

    /** 403: only filers of the filing organization (or above) and admins act on a case; auditors read. */
    static ProblemException notManaging() {
        return ProblemException.forbidden("只有立案组织（或其上级）的授权立案人员和管理员可以办理此案件",
                "only filers of the filing organization (or above it) and administrators act on this case");
    }

    /** 403: a statement is the named person's own. */
    static ProblemException notNamed() {
        return ProblemException.forbidden("只有被追责本人可以提出申辩", "only the person named in the line may add a statement");
    }
}
