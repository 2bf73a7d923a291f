package org.dutyledger.obligation;

import org.dutyledger.common.ProblemException;

/** The obligation capability's own problem types. */
final class ObligationProblems {

    private ObligationProblems() {
    }

    /** The obligated organization may not set, change or waive what it owes: only the issuing level does. */
    static ProblemException selfWaiver(String what) {
        return new ProblemException(403, "self-waiver", "Only the issuing level may do this",
                what + ": " + ProblemException.detail("被要求的组织不能修改或豁免自己的工作要求，由发布单位的工作人员办理",
                        "an obligated organization never edits or waives its own obligations; the issuing organization's staff does"));
    }
}
