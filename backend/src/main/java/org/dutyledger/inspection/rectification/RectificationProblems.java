package org.dutyledger.inspection.rectification;

import org.dutyledger.common.ProblemException;

/** The rectification capability's own problem types. */
final class RectificationProblems {

    private RectificationProblems() {
    }

    /** 409: the status does not allow this step (e.g. verifying what was never submitted). */
    static ProblemException transition(RectificationStatus from, String to) {
        return new ProblemException(409, "rectification-transition", "Transition not allowed", ProblemException.detail(
                "整改当前状态为 " + from + "（" + from.label + "），不能执行“" + to + "”",
                "a rectification in status " + from + " cannot go to " + to));
    }

    /** 403: the responsible person or the submitter never verifies (or rejects) their own work. */
    static ProblemException selfVerification() {
        return new ProblemException(403, "self-verification", "Nobody verifies their own rectification", ProblemException.detail(
                "整改责任人和提交人不能验收自己的整改，请由提出问题单位的其他工作人员验收",
                "the responsible person and the submitter never verify their own rectification; another staff member of the raising organization does"));
    }

    /** 403: only the raising organization's staff verify, reject and decide on extensions. */
    static ProblemException notRaising(String action) {
        return new ProblemException(403, "not-raising-organization", "Only the raising organization may do this",
                ProblemException.detail("只有提出问题的单位的工作人员可以" + action,
                        "only staff of the organization that raised the finding may " + action));
    }

    /** 403: only the responsible person or the target's staff report progress, submit and ask for more time. */
    static ProblemException notOwner(String action) {
        return new ProblemException(403, "not-rectification-owner", "Only the responsible side may do this",
                ProblemException.detail("只有整改责任人或整改单位的工作人员可以" + action,
                        "only the responsible person or staff of the organization rectifying may " + action));
    }

    /** 409: a finding has one rectification. */
    static ProblemException exists(long rectificationId) {
        return new ProblemException(409, "rectification-exists", "The finding has a rectification already", ProblemException.detail(
                "该问题已有整改（" + rectificationId + "）", "the finding has rectification " + rectificationId + " already"));
    }

    /** 409: one extension request waits at a time. */
    static ProblemException extensionPending() {
        return new ProblemException(409, "extension-pending", "An extension request is waiting", ProblemException.detail(
                "已有一项延期申请等待审批", "an extension request is waiting for a decision already"));
    }

    /** 409: the extension request was decided already. */
    static ProblemException extensionDecided(long id) {
        return new ProblemException(409, "extension-decided", "The extension request was decided already", ProblemException.detail(
                "延期申请 " + id + " 已审批", "extension request " + id + " was decided already"));
    }
}
