package org.dutyledger.audit;

import org.dutyledger.common.CsvCells;
import org.dutyledger.common.Language;
import org.dutyledger.common.LocalTimes;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The audit export as a spreadsheet reads it: UTF-8 with a BOM (Excel then reads Chinese right), column names in the
 * caller's language, local time and the changes as text (`字段：旧 → 新`). The JSONL export is the verifiable form;
 * this one keeps the hashes only so a row can be matched to it. Cells go through {@link CsvCells}: none runs as a formula.
 */
final class AuditCsv {

    static final char BOM = '\uFEFF';

    private static final List<String> HEADER_ZH = List.of("序号", "时间", "操作人标识", "操作人账号", "操作人编号", "操作",
            "对象类型", "对象编号", "机构编号", "请求编号", "变更内容", "前一哈希", "哈希");
    private static final List<String> HEADER_EN = List.of("Seq", "Time", "Actor subject", "Actor username", "Actor person id",
            "Action", "Entity type", "Entity id", "Organization id", "Request id", "Changes", "Previous hash", "Hash");

    private final Language language;
    private final ZoneId zone;

    AuditCsv(Language language, ZoneId zone) {
        this.language = language;
        this.zone = zone;
    }

    /** The BOM and the header line. */
    String start() {
        return BOM + line(language == Language.EN ? HEADER_EN : HEADER_ZH);
    }

    String line(AuditRecord e) {
        List<String> cells = new ArrayList<>(13);
        cells.add(Long.toString(e.seq()));
        cells.add(LocalTimes.dateTime(e.occurredAt(), zone));
        cells.add(e.actorSubject());
        cells.add(e.actorUsername());
        cells.add(e.actorPersonId() == null ? null : e.actorPersonId().toString());
        cells.add(e.action());
        cells.add(e.entityType());
        cells.add(e.entityId());
        cells.add(e.organizationId() == null ? null : e.organizationId().toString());
        cells.add(e.requestId());
        cells.add(changes(e.changes()));
        cells.add(e.prevHash());
        cells.add(e.hash());
        return line(cells);
    }

    /** Each changed field as `field：before → after`, separated by ；; a field set from nothing reads `field：after`. */
    String changes(Object changes) {
        if (!(changes instanceof Map<?, ?> fields) || fields.isEmpty()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<?, ?> f : fields.entrySet()) {
            String colon = language.pick("：", ": ");
            if (f.getValue() instanceof Map<?, ?> pair && (pair.containsKey("before") || pair.containsKey("after"))) {
                Object before = pair.get("before");
                Object after = pair.get("after");
                out.add(f.getKey() + colon + (before == null ? value(after)
                        : value(before) + " → " + value(after)));
            } else {
                out.add(f.getKey() + colon + value(f.getValue()));
            }
        }
        return String.join(language.pick("；", "; "), out);
    }

    private String value(Object v) {
        if (v == null) {
            return language.pick("（空）", "(none)");
        }
        if (v instanceof Boolean b) {
            return b ? language.pick("是", "yes") : language.pick("否", "no");
        }
        if (v instanceof Collection<?> c) {
            return String.join(language.pick("、", ", "), c.stream().map(this::value).toList());
        }
        if (v instanceof Map<?, ?> m) {
            List<String> parts = new ArrayList<>();
            m.forEach((k, x) -> parts.add(k + language.pick("：", ": ") + value(x)));
            return "{" + String.join(language.pick("，", ", "), parts) + "}";
        }
        return v.toString();
    }

    private static String line(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            if (cells.get(i) != null) {
                sb.append(CsvCells.cell(cells.get(i), true));
            }
        }
        return sb.append("\r\n").toString();
    }
}
