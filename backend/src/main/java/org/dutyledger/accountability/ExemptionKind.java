package org.dutyledger.accountability;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The records that exempt a person (对错误决策提出明确反对意见而没有被采纳的，不承担领导责任). */
@Schema(name = "AccountabilityExemptionKind")
public enum ExemptionKind {
    DECISION_OBJECTION("会议决策中的反对意见"),
    REVIEW_REJECTION("审核中的驳回意见");

    public final String label;

    ExemptionKind(String label) {
        this.label = label;
    }
}
