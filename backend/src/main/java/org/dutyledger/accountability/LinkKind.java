package org.dutyledger.accountability;

/** The records a case may be about. */
public enum LinkKind {
    PUBLICATION("信息发布"),
    MAJOR_MATTER("重大事项报告"),
    FINDING("检查发现问题"),
    RECTIFICATION("整改"),
    OBLIGATION("责任事项"),
    FULFILMENT("落实记录");

    public final String label;

    LinkKind(String label) {
        this.label = label;
    }
}
