package org.dutyledger.inspection;

import org.dutyledger.common.ProblemException;

/** The inspection capability's own problem types. */
final class InspectionProblems {

    private InspectionProblems() {
    }

    /** 409: the inspection's status does not allow this step. */
    static ProblemException transition(InspectionStatus from, String to) {
        return new ProblemException(409, "inspection-transition", "Transition not allowed", ProblemException.detail(
                "督查考核当前状态为 " + from + "，不能执行“" + to + "”", "an inspection in status " + from + " cannot go to " + to));
    }

    /** 409: a concluded inspection is locked; a correction is a new inspection. */
    static ProblemException concluded() {
        return new ProblemException(409, "inspection-concluded", "Inspection concluded", ProblemException.detail(
                "督查考核已结束，评分已锁定", "the inspection is concluded; its scores are locked"));
    }

    /** 409: a template an inspection uses does not change; revise it. */
    static ProblemException templateFrozen(long id) {
        return new ProblemException(409, "template-frozen", "Template frozen", ProblemException.detail(
                "评分表 " + id + " 已被督查考核使用，不能修改；请修订为新版本", "scoring template " + id
                        + " is used by an inspection and cannot change; revise it into a new revision"));
    }

    /** 403: scores come from the team or the inspecting organization's staff. */
    static ProblemException notAScorer() {
        return new ProblemException(403, "not-a-scorer", "Not a scorer", ProblemException.detail(
                "只有检查组成员或督查单位的工作人员可以评分", "only the team or the inspecting organization's staff may score"));
    }
}
