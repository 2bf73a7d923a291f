package org.dutyledger.accountability;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The records a case may be about. */
@Schema(name = "AccountabilityLinkKind")
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
