package org.dutyledger.accountability;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcomes of a decided line, from a reminder to a referral for disciplinary action (the last is a referral only). */
@Schema(name = "AccountabilityOutcome")
public enum Outcome {
    REMINDER("提醒"),
    CRITICISM("批评教育"),
    WRITTEN_SELF_EXAMINATION("书面检查"),
    CIRCULATED_CRITICISM("通报批评"),
    ORGANIZATIONAL_HANDLING("组织处理"),
    DISCIPLINARY_REFERRAL("纪律处分（移送）");

    public final String label;

    Outcome(String label) {
        this.label = label;
    }
}
