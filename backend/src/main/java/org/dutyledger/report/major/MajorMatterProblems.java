package org.dutyledger.report.major;

import org.dutyledger.common.ProblemException;

/** The major-matter capability's own problem types. */
final class MajorMatterProblems {

    private MajorMatterProblems() {
    }

    /** 409: the matter's status does not allow this step (e.g. closing what nobody acknowledged). */
    static ProblemException transition(MajorMatterStatus from, String to) {
        return new ProblemException(409, "major-matter-transition", "Transition not allowed", ProblemException.detail(
                "重大事项当前状态为 " + from + "，不能执行“" + to + "”", "a major matter in status " + from + " cannot go to " + to));
    }

    /** 403: only the current recipient's staff acknowledges, closes or forwards. */
    static ProblemException notRecipient(String action) {
        return new ProblemException(403, "not-recipient", "Only the recipient may do this", ProblemException.detail(
                "只有接收单位（当前接收组织的工作人员）可以" + action, "only the current recipient organization's staff may " + action));
    }

    /** 403: follow-ups come from the reporting organization or its current recipient. */
    static ProblemException notASide() {
        return new ProblemException(403, "not-a-side", "Only the reporting or the receiving organization may do this",
                ProblemException.detail("只有报告单位或接收单位的工作人员可以跟进", "only the reporting or the receiving organization's staff may follow up"));
    }
}
