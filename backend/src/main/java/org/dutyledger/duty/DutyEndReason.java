package org.dutyledger.duty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why an assignment ended, stored as a code so that each reader sees it in their own language (the web app words it;
 * {@link #label} is the ledger's Chinese wording for the Excel exports). Every path that ends an assignment sets one.
 */
@Schema(name = "DutyEndReason", description = "ENDED: ended by a person (endReason: their words); HANDED_OVER: by a "
        + "hand-over (successor); CORRECTED: a correction gave it an end date; CHANNEL_CLOSED: its channel closed "
        + "(endReason: the closing reason); IMPORTED: ended by an import")
public enum DutyEndReason {
    ENDED("已结束"),
    HANDED_OVER("已交接"),
    CORRECTED("经更正结束"),
    CHANNEL_CLOSED("阵地已关闭"),
    IMPORTED("批量导入结束");

    public final String label;

    DutyEndReason(String label) {
        this.label = label;
    }
}
