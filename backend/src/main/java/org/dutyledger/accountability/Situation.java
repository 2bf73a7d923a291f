package org.dutyledger.accountability;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The listed situations that call for accountability (实行责任追究的情形), plus OTHER with its text. */
@Schema(name = "AccountabilitySituation")
public enum Situation {
    HARMFUL_ORIENTATION("所属网络平台出现严重错误导向，造成严重后果"),
    UNREVIEWED_PUBLICATION("未经审核发布信息，造成负面影响"),
    MAJOR_MATTER_CONCEALED("重大事项隐瞒不报"),
    RECTIFICATION_FAILED("整改不力"),
    OTHER("其他");

    public final String label;

    Situation(String label) {
        this.label = label;
    }
}
