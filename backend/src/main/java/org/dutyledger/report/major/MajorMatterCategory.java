package org.dutyledger.report.major;

/** What the matter is about: always the organization's own work or its own channels. */
public enum MajorMatterCategory {
    /** 自有阵地发布了有害信息 */
    HARMFUL_CONTENT,
    /** 自有账号被盗用、被篡改 */
    ACCOUNT_HIJACKED,
    /** 涉密或内部信息泄露 */
    INFORMATION_LEAK,
    /** 本单位宣传发布工作中的严重事故 */
    SERIOUS_INCIDENT,
    OTHER
}
