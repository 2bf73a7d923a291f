package org.dutyledger.integration.imports;

import org.dutyledger.channel.ChannelStatus;
import org.dutyledger.channel.ChannelType;
import org.dutyledger.duty.DutyRole;
import org.dutyledger.organization.OrganizationType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.dutyledger.integration.imports.ImportColumn.bool;
import static org.dutyledger.integration.imports.ImportColumn.choice;
import static org.dutyledger.integration.imports.ImportColumn.code;
import static org.dutyledger.integration.imports.ImportColumn.codes;
import static org.dutyledger.integration.imports.ImportColumn.date;
import static org.dutyledger.integration.imports.ImportColumn.folded;
import static org.dutyledger.integration.imports.ImportColumn.integer;
import static org.dutyledger.integration.imports.ImportColumn.labels;
import static org.dutyledger.integration.imports.ImportColumn.text;

/** What can be imported and exported, with the template columns of each (the same for both directions). */
public enum ImportKind {

    ORGANIZATIONS("organizations", "机构", List.of(
            code("code", "机构编码", true, 64, "机构的唯一编码，按编码新增或更新；字母、数字、'.'、'_'、'-'"),
            text("name", "机构名称", true, 200, "全称"),
            text("shortName", "简称", false, 100, "可空"),
            choice("type", "机构类型", true, labels(OrganizationType.values(), ImportKind::organizationTypeLabel), "填中文名称或代码"),
            code("parentCode", "上级机构编码", false, 64, "上级机构的编码：已有机构，或本文件中位于本行之上的机构；为空表示根机构（仅系统管理员）"),
            integer("sortOrder", "排序", "同级机构中的排序号，整数，默认 0"))),

    PEOPLE("people", "人员", List.of(
            code("externalId", "人员编号", true, 100, "人员在 OA 等系统中的编号，按编号新增或更新"),
            text("name", "姓名", true, 100, ""),
            text("post", "职务", false, 200, ""),
            folded("phone", "电话", false, 40, "数字、空格、'-'、括号，可加前导 '+'"),
            code("email", "邮箱", false, 200, ""),
            code("username", "登录名", false, 100, "统一身份认证中的登录名；留空则不修改"),
            bool("active", "在职", "是/否，默认 是"),
            code("organizationCode", "所属机构编码", false, 64,
                    "仅新增人员时使用：以「成员」身份加入该机构并作为主要机构；非系统管理员新增人员时必填。已有人员的所属机构请用「人员所属机构」导入"))),

    MEMBERSHIPS("memberships", "人员所属机构", List.of(
            code("externalId", "人员编号", true, 100, "已有人员的编号"),
            code("organizationCode", "机构编码", true, 64, "已有机构的编码"),
            choice("role", "关系", true, membershipLabels(), "在编（工作人员，可维护本机构台账）或 成员（只读）"),
            bool("primary", "主要机构", "是/否；每人恰有一个主要机构，填「是」会取代原主要机构"))),

    DUTY_ASSIGNMENTS("duty-assignments", "责任分工", List.of(
            code("organizationCode", "机构编码", true, 64, "已有机构的编码"),
            choice("role", "责任类型", true, labels(DutyRole.values(), r -> r.label), "填中文名称或代码"),
            code("externalId", "人员编号", true, 100, "已有人员的编号"),
            date("validFrom", "起始日期", true, "如 2026-03-01、2026/3/1、2026年3月1日"),
            date("validTo", "截止日期", false, "最后一天（含）；为空表示仍在任"),
            text("basisNumber", "依据文号", false, 100, "如 东湖党工〔2024〕1号"),
            text("basisTitle", "依据文件名称", false, 300, ""),
            text("channelName", "阵地名称", false, 200, "仅阵地管理员：本机构已有阵地的名称"),
            codes("scopeOrganizationCodes", "一岗双责范围", 2000, "仅一岗双责：所分管机构的编码，用 、 或 ; 分隔，须在本机构之下"))),

    CHANNELS("channels", "阵地", List.of(
            code("organizationCode", "机构编码", true, 64, "已有机构的编码"),
            choice("type", "阵地类型", true, labels(ChannelType.values(), t -> t.label), "填中文名称或代码"),
            text("name", "阵地名称", true, 200, "同一机构、同一类型下按名称新增或更新"),
            text("url", "网址", false, 1000, ""),
            text("accountId", "账号", false, 200, "如公众号账号"),
            choice("status", "状态", false, labels(ChannelStatus.values(), s -> s.label), "默认 待上线；已关闭须填关闭日期和关闭原因"),
            date("launchedOn", "开设日期", false, "运行中的阵地默认今天"),
            date("closedOn", "关闭日期", false, "仅已关闭"),
            text("closeReason", "关闭原因", false, 500, "仅已关闭"),
            text("description", "说明", false, 2000, "")));

    public final String path;
    public final String label;
    public final List<ImportColumn> columns;

    ImportKind(String path, String label, List<ImportColumn> columns) {
        this.path = path;
        this.label = label;
        this.columns = columns;
    }

    /** The kind named exactly by a path or query value (`duty-assignments`), or null. */
    public static ImportKind of(String value) {
        if (value == null) {
            return null;
        }
        for (ImportKind k : values()) {
            if (k.path.equals(value)) {
                return k;
            }
        }
        return null;
    }

    public static String allowed() {
        return String.join(", ", java.util.Arrays.stream(values()).map(k -> k.path).toList());
    }

    public ImportColumn column(String field) {
        for (ImportColumn c : columns) {
            if (c.field().equals(field)) {
                return c;
            }
        }
        throw new IllegalArgumentException(field);
    }

    static String organizationTypeLabel(OrganizationType t) {
        return switch (t) {
            case PARTY_COMMITTEE -> "党委";
            case PARTY_GROUP -> "党组";
            case PARTY_WORKING_COMMITTEE -> "党工委";
            case PARTY_BRANCH -> "党支部";
            case GOVERNMENT_DEPARTMENT -> "政府部门";
            case COMPANY -> "企业";
            case DEPARTMENT -> "内设部门";
            case TOWN -> "镇";
            case STREET -> "街道";
            case VILLAGE -> "村";
            case COMMUNITY -> "社区";
            case SCHOOL -> "学校";
            case OTHER -> "其他";
        };
    }

    private static Map<String, String> membershipLabels() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("STAFF", "在编");
        m.put("MEMBER", "成员");
        return m;
    }
}
