package org.dutyledger.channel;

import jakarta.ws.rs.core.Response;
import org.dutyledger.common.Xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The channel register (阵地台账) as an Excel sheet, with the headers of the paper form. */
public final class ChannelRegisterExport {

    static final List<String> HEADERS = List.of("序号", "所属组织", "阵地名称", "类型", "网址", "账号", "状态",
            "上线日期", "关闭日期", "管理员", "已发布条数", "说明");

    private ChannelRegisterExport() {
    }

    public static Response of(List<ChannelView> channels) {
        return Xlsx.download("阵地台账.xlsx", "阵地台账", HEADERS, rows(channels));
    }

    /** The sheet's rows, also printed as HTML in an inspection package. */
    static List<List<String>> rows(List<ChannelView> channels) {
        List<List<String>> rows = new ArrayList<>(channels.size());
        int n = 0;
        for (ChannelView c : channels) {
            rows.add(List.of(Integer.toString(++n), c.organization().name(), c.name(), c.type().label,
                    text(c.url()), text(c.accountId()), c.status().label, text(c.launchedOn()), text(c.closedOn()),
                    c.administrators().stream().map(ChannelView.Administrator::personName).collect(Collectors.joining("、")),
                    Long.toString(c.publishedCount()), text(c.description())));
        }
        return rows;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
