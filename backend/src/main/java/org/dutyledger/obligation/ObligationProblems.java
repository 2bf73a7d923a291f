package org.dutyledger.obligation;

import org.dutyledger.common.KindWords;
import org.dutyledger.common.ProblemException;

/** The obligation capability's own problem types. */
final class ObligationProblems {

    private ObligationProblems() {
    }

    /** The obligated organization may not set, change or waive what it owes: only the issuing level does. */
    static ProblemException selfWaiver(String what, Long id) {
        // "rule 5" in English, 工作要求 5 in Chinese; a field name stays as it is
        String zhWhat = id == null ? what : KindWords.zh(what) + " " + id;
        String enWhat = id == null ? what : what + " " + id;
        return new ProblemException(403, "self-waiver", "Only the issuing level may do this", ProblemException.detail(
                zhWhat + "：被要求的组织不能修改或豁免自己的工作要求，由发布单位的工作人员办理",
                enWhat + ": an obligated organization never edits or waives its own obligations; the issuing organization's staff does"));
    }
}
