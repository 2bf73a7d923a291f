package org.dutyledger.channel;

/** 待上线 → 运行中 → 已关闭; a closed channel stays in the register. */
public enum ChannelStatus {
    PENDING_LAUNCH("待上线"),
    ACTIVE("运行中"),
    CLOSED("已关闭");

    public final String label;

    ChannelStatus(String label) {
        this.label = label;
    }
}
