package org.dutyledger.duty;

import jakarta.ws.rs.core.Response;
import org.dutyledger.common.Xlsx;
import org.dutyledger.organization.OrganizationRef;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A list of assignments (e.g. one person's duties) as an Excel sheet (责任分工明细). */
public final class DutyListExport {

    static final List<String> HEADERS = List.of("姓名", "责任角色", "组织", "起始日期", "截止日期", "依据文号", "依据文件",
            "一岗双责范围", "阵地", "结束原因", "更正说明");

    private DutyListExport() {
    }

    public static Response of(List<DutyAssignmentView> items) {
        return Xlsx.download("责任分工明细.xlsx", "责任分工明细", HEADERS, rows(items));
    }

    /** Why it ended, in the ledger's Chinese: "交接给 张三（自 2026-01-01 起）", "调任", or an old row's text. */
    static String endReason(DutyAssignmentView a) {
        if (a.endReasonCode() == DutyEndReason.HANDED_OVER && a.successor() != null) {
            return "交接给 " + a.successor().person().name() + "（自 " + a.successor().validFrom() + " 起）";
        }
        String text = a.endReason() == null ? "" : a.endReason();
        if (a.endReasonCode() == null || a.endReasonCode() == DutyEndReason.ENDED && !text.isEmpty()) {
            return text;
        }
        return text.isEmpty() ? a.endReasonCode().label : a.endReasonCode().label + "：" + text;
    }

    /** The sheet's rows, also printed as HTML in an inspection package. */
    static List<List<String>> rows(List<DutyAssignmentView> items) {
        List<List<String>> rows = new ArrayList<>(items.size());
        for (DutyAssignmentView a : items) {
            rows.add(List.of(a.person().name(), a.role().label, a.organization().name(), a.validFrom().toString(),
                    a.validTo() == null ? "至今" : a.validTo().toString(),
                    a.basis() == null || a.basis().documentNumber() == null ? "" : a.basis().documentNumber(),
                    a.basis() == null || a.basis().title() == null ? "" : a.basis().title(),
                    a.scope().stream().map(OrganizationRef::name).collect(Collectors.joining("、")),
                    a.channel() == null ? "" : a.channel().name(),
                    endReason(a),
                    a.correctionReason() == null ? "" : a.correctionReason()));
        }
        return rows;
    }
}
