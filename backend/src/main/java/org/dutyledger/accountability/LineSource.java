package org.dutyledger.accountability;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The record a line comes from: a duty held that day, 一岗双责 coverage, a meeting decision, a review, authorship. */
@Schema(name = "AccountabilityLineSource")
public enum LineSource {
    DUTY("职责"),
    DUAL_DUTY("一岗双责"),
    DECISION("参与决策"),
    REVIEW("审核审批"),
    AUTHOR("撰写");

    public final String label;

    LineSource(String label) {
        this.label = label;
    }
}
