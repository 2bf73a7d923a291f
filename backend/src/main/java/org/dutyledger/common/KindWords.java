package org.dutyledger.common;

import java.util.Locale;
import java.util.Map;

/**
 * The Chinese nouns of the kinds of record that problem details name in English code ("Publication", "duty
 * assignment", "scoring template"), so that a detail in Chinese says 信息 7 rather than "Publication 7".
 */
public final class KindWords {

    private static final Map<String, String> ZH = Map.ofEntries(
            Map.entry("accountability case", "追责案件"),
            Map.entry("accountability filer", "立案授权"),
            Map.entry("accountability line", "追责事项"),
            Map.entry("attachment", "附件"),
            Map.entry("candidate", "候选单位"),
            Map.entry("channel", "阵地"),
            Map.entry("duty assignment", "任职"),
            Map.entry("extension request", "延期申请"),
            Map.entry("finding", "问题"),
            Map.entry("follow-up", "跟进记录"),
            Map.entry("fulfilment record", "落实记录"),
            Map.entry("import job", "导入任务"),
            Map.entry("inspection", "督查考核"),
            Map.entry("inspection package", "迎检材料包"),
            Map.entry("inspection results", "督查考核结果"),
            Map.entry("inspection score sheet", "评分记录"),
            Map.entry("inspection target", "被检查单位"),
            Map.entry("leading group of organization", "领导小组（组织）"),
            Map.entry("line", "追责事项"),
            Map.entry("major matter", "重大事项"),
            Map.entry("major-matter limits", "重大事项报告时限（组织）"),
            Map.entry("notification", "通知"),
            Map.entry("obligation", "待落实事项"),
            Map.entry("obligation rule", "工作要求"),
            Map.entry("organization", "组织"),
            Map.entry("person", "人员"),
            Map.entry("progress", "整改进展"),
            Map.entry("publication", "信息"),
            Map.entry("rectification", "整改"),
            Map.entry("review policy", "审核规则"),
            Map.entry("revision", "修订版本"),
            Map.entry("rule", "工作要求"),
            Map.entry("scoring template", "评分表"),
            Map.entry("webhook delivery", "推送记录"),
            Map.entry("webhook subscription", "推送订阅"),
            Map.entry("work report", "工作报告"),
            Map.entry("the name", "文件名"),
            Map.entry("the declared type", "声明的类型"));

    private KindWords() {
    }

    /** The Chinese noun of {@code kind} (any case), or {@code kind} itself when there is none. */
    public static String zh(String kind) {
        return kind == null ? null : ZH.getOrDefault(kind.toLowerCase(Locale.ROOT), kind);
    }

    /** {@code kind} in {@code language}: the Chinese noun, or the English word as it is. */
    public static String in(Language language, String kind) {
        return language == Language.EN ? kind : zh(kind);
    }

    /** The kinds that have a Chinese noun, for tests. */
    static java.util.Set<String> known() {
        return ZH.keySet();
    }
}
