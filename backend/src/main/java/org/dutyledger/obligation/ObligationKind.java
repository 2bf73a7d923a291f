package org.dutyledger.obligation;

/** What an obligation asks for, and what a fulfilment record says was done. */
public enum ObligationKind {
    MEETING("专题研究"),
    STUDY("中心组学习"),
    ANALYSIS("分析研判"),
    REPORT("专题汇报"),
    BRIEFING("通报"),
    INSPECTION("督查"),
    PLEDGE("责任书"),
    TRAINING("培训"),
    OTHER("其他");

    public final String label;

    ObligationKind(String label) {
        this.label = label;
    }
}
