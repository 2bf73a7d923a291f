package org.dutyledger.common;

import java.util.Map;

/** The Chinese titles of the problem types (the English ones are given where the problem is raised). */
final class ProblemTitles {

    private static final Map<String, String> ZH = Map.ofEntries(
            Map.entry("validation", "输入有误"),
            Map.entry("malformed-request", "请求格式错误"),
            Map.entry("not-found", "未找到"),
            Map.entry("version-conflict", "版本冲突"),
            Map.entry("conflict", "冲突"),
            Map.entry("forbidden", "无权操作"),
            Map.entry("forbidden-actor", "不允许由您操作"),
            Map.entry("self-waiver", "只有发布单位可以这样做"),
            Map.entry("major-matter-transition", "重大事项当前状态不允许此操作"),
            Map.entry("not-recipient", "只有接收单位可以这样做"),
            Map.entry("not-a-side", "只有报告单位或接收单位可以这样做"),
            Map.entry("rectification-transition", "整改当前状态不允许此操作"),
            Map.entry("self-verification", "不能验收自己的整改"),
            Map.entry("not-raising-organization", "只有提出问题的单位可以这样做"),
            Map.entry("not-rectification-owner", "只有整改责任方可以这样做"),
            Map.entry("rectification-exists", "该问题已有整改"),
            Map.entry("extension-pending", "已有延期申请待审批"),
            Map.entry("extension-decided", "延期申请已审批"),
            Map.entry("unauthenticated", "未登录"),
            Map.entry("too-many-requests", "请求过多"),
            Map.entry("payload-too-large", "请求体过大"),
            Map.entry("batch-too-large", "批次过大"),
            Map.entry("duty-conflict", "职责任职冲突"),
            Map.entry("attachment-too-large", "附件过大"),
            Map.entry("attachment-type-not-allowed", "不允许的附件类型"),
            Map.entry("attachment-content-mismatch", "附件内容与类型不符"),
            Map.entry("approvals-missing", "缺少审批"),
            Map.entry("checklist-incomplete", "检查项未全部确认"),
            Map.entry("invalid-transition", "不允许的状态变更"),
            Map.entry("review-policy-editor", "无权修改审核规则"),
            Map.entry("principal-leader-step", "须由主要领导审批"),
            Map.entry("method-not-allowed", "不支持的请求方法"),
            Map.entry("not-acceptable", "无法提供所要求的格式"),
            Map.entry("unsupported-media-type", "不支持的内容类型"),
            Map.entry("internal", "服务内部错误"));

    private ProblemTitles() {
    }

    /** The title of the problem type {@code slug} in {@code language}; {@code english} when there is no Chinese one. */
    /** The declared problem types' slugs, sorted. */
    static java.util.List<String> keys() {
        return ZH.keySet().stream().sorted().toList();
    }

    static String of(String slug, String english, Language language) {
        return language == Language.EN ? english : ZH.getOrDefault(slug, english);
    }
}
