package org.dutyledger.channel;

/** Kinds of the organization's own publishing outlets (阵地). */
public enum ChannelType {
    WEBSITE("网站"),
    WECHAT_OFFICIAL_ACCOUNT("微信公众号"),
    WEIBO("微博"),
    SHORT_VIDEO("短视频账号"),
    WORK_GROUP("工作群"),
    BULLETIN_SCREEN("宣传栏/电子屏"),
    OTHER("其他");

    public final String label;

    ChannelType(String label) {
        this.label = label;
    }
}
