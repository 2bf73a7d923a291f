package org.dutyledger.channel.imports;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import org.dutyledger.channel.Channel;
import org.dutyledger.channel.ChannelRepository;
import org.dutyledger.channel.ChannelService;
import org.dutyledger.channel.ChannelStatus;
import org.dutyledger.channel.ChannelType;
import org.dutyledger.channel.ChannelRequests;
import org.dutyledger.common.ProblemException;
import org.dutyledger.integration.export.ExportScope;
import org.dutyledger.integration.imports.Cells;
import org.dutyledger.integration.imports.ImportColumn;
import org.dutyledger.integration.imports.ImportError;
import org.dutyledger.integration.imports.ImportKindBase;
import org.dutyledger.integration.imports.ImportRow;
import org.dutyledger.integration.imports.ImportState;
import org.dutyledger.integration.imports.Outcome;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.organization.imports.OrgLookups;
import org.dutyledger.security.OrgScope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Channels by (机构, 阵地类型, 阵地名称). A new channel is registered (and closed at once when the row says
 * 已关闭); an existing one has its details updated, is launched, or is closed. A closed channel stays as it was.
 */
@Singleton
public class ChannelRows extends ImportKindBase {

    static final List<ImportColumn> COLUMNS = List.of(
            ImportColumn.code("organizationCode", "机构编码", true, 64, "已有机构的编码"),
            ImportColumn.choice("type", "阵地类型", true, ImportColumn.labels(ChannelType.values(), t -> t.label), "填中文名称或代码"),
            ImportColumn.text("name", "阵地名称", true, 200, "同一机构、同一类型下按名称新增或更新"),
            ImportColumn.text("url", "网址", false, 1000, ""),
            ImportColumn.text("accountId", "账号", false, 200, "如公众号账号"),
            ImportColumn.choice("status", "状态", false, ImportColumn.labels(ChannelStatus.values(), s -> s.label), "默认 待上线；已关闭须填关闭日期和关闭原因"),
            ImportColumn.date("launchedOn", "开设日期", false, "运行中的阵地默认今天"),
            ImportColumn.date("closedOn", "关闭日期", false, "仅已关闭"),
            ImportColumn.text("closeReason", "关闭原因", false, 500, "仅已关闭"),
            ImportColumn.text("description", "说明", false, 2000, ""));

    @Inject
    OrgLookups orgLookups;

    @Inject
    OrgScope scope;

    @Inject
    EntityManager em;

    @Inject
    OrganizationRepository organizations;

    @Inject
    ChannelRepository channels;

    @Inject
    ChannelService service;

    public ChannelRows() {
        super("channels", "阵地", "Channels", 50, COLUMNS);
    }

    @Override
    public String exportSql(ExportScope rows) {
        return """
                SELECT o.code, c.type, c.name, c.url, c.account_id, c.status, c.launched_on::text, c.closed_on::text,
                  c.close_reason, c.description
                FROM channel c JOIN organization o ON o.id = c.organization_id
                WHERE %s ORDER BY o.path, c.type, c.name, c.id""".formatted(rows.visible("o.path"));
    }

    @Override
    public String rowKey(ImportRow r) {
        return r.has("organizationCode") && r.has("type") && r.has("name")
                ? String.join("\u0000", r.get("organizationCode"), r.get("type"), r.get("name")) : null;
    }

    @Override
    public String keyField() {
        return "name";
    }

    @Override
    public List<Outcome> validate(List<ImportRow> page, ImportState state) {
        Map<String, OrgLookups.Org> orgs = orgLookups.orgs(ImportRow.valuesOf(page, "organizationCode"));
        List<Outcome> out = new ArrayList<>();
        for (ImportRow r : page) {
            out.add(check(r, orgs));
        }
        return out;
    }

    private Outcome check(ImportRow r, Map<String, OrgLookups.Org> orgs) {
        OrgLookups.Org org = r.has("organizationCode") ? orgs.get(r.get("organizationCode")) : null;
        if (r.has("organizationCode") && (org == null || !scope.canRead(org.path()))) {
            r.error("organizationCode", ImportError.UNKNOWN_REFERENCE, "机构编码「" + r.get("organizationCode") + "」不存在");
            org = null;
        }
        ChannelStatus status = status(r);
        LocalDate launched = date(r, "launchedOn");
        LocalDate closed = date(r, "closedOn");
        if (status == ChannelStatus.CLOSED) {
            if (!r.has("closedOn")) {
                r.error("closedOn", ImportError.REQUIRED, "已关闭的阵地须填写关闭日期");
            }
            if (!r.has("closeReason")) {
                r.error("closeReason", ImportError.REQUIRED, "已关闭的阵地须填写关闭原因");
            }
        } else {
            if (r.has("closedOn")) {
                r.error("closedOn", ImportError.INVALID_VALUE, "只有已关闭的阵地填写关闭日期");
            }
            if (r.has("closeReason")) {
                r.error("closeReason", ImportError.INVALID_VALUE, "只有已关闭的阵地填写关闭原因");
            }
        }
        if (status == ChannelStatus.PENDING_LAUNCH && launched != null) {
            r.error("launchedOn", ImportError.INVALID_VALUE, "待上线的阵地还没有开设日期");
        }
        if (launched != null && closed != null && closed.isBefore(launched)) {
            r.error("closedOn", ImportError.INVALID_DATE, "关闭日期早于开设日期 " + launched);
        }
        if (org == null || !r.has("type") || !r.has("name") || !r.ok()) {
            return Outcome.CREATED;
        }
        Channel existing = find(org.id(), ChannelType.valueOf(r.get("type")), r.get("name"));
        Outcome outcome = existing == null ? Outcome.CREATED : differs(r, existing) ? Outcome.UPDATED : Outcome.UNCHANGED;
        if (existing != null) {
            em.detach(existing);
        }
        if (outcome == Outcome.UNCHANGED) {
            return outcome;
        }
        if (!scope.canWrite(org.path())) {
            r.error("organizationCode", ImportError.OUT_OF_SCOPE, "您无权修改机构「" + org.code() + "」的阵地");
        } else if (existing == null && !org.active()) {
            r.error("organizationCode", ImportError.INVALID_VALUE, "机构「" + org.code() + "」已撤销");
        } else if (existing != null && existing.status == ChannelStatus.CLOSED) {
            r.error("status", ImportError.CONFLICT, "阵地已于 " + existing.closedOn + " 关闭，已关闭的阵地不能再修改");
        } else if (existing != null && existing.status == ChannelStatus.ACTIVE && status == ChannelStatus.PENDING_LAUNCH) {
            r.error("status", ImportError.CONFLICT, "已上线的阵地不能改回待上线");
        }
        return outcome;
    }

    /** The status the row asks for; blank → launched when it has a launch date, else pending. */
    private static ChannelStatus status(ImportRow r) {
        String s = r.get("status");
        if (s != null && s.matches("[A-Z_]+")) {
            return ChannelStatus.valueOf(s);
        }
        return null;
    }

    private static ChannelStatus statusForNew(ImportRow r) {
        ChannelStatus s = status(r);
        return s != null ? s : r.has("launchedOn") ? ChannelStatus.ACTIVE : ChannelStatus.PENDING_LAUNCH;
    }

    private static LocalDate date(ImportRow r, String field) {
        return Cells.iso(r.get(field));
    }

    private static boolean differs(ImportRow r, Channel c) {
        ChannelStatus status = status(r);
        return r.values.containsKey("url") && !Objects.equals(r.get("url"), c.url)
                || r.values.containsKey("accountId") && !Objects.equals(r.get("accountId"), c.accountId)
                || r.values.containsKey("description") && !Objects.equals(r.get("description"), c.description)
                || status != null && status != c.status
                || r.has("launchedOn") && !Objects.equals(date(r, "launchedOn"), c.launchedOn)
                || status == ChannelStatus.CLOSED && (!Objects.equals(date(r, "closedOn"), c.closedOn)
                || !Objects.equals(r.get("closeReason"), c.closeReason));
    }

    private Channel find(long orgId, ChannelType type, String name) {
        return channels.find("organizationId = ?1 and type = ?2 and name = ?3 order by id", orgId, type, name).firstResult();
    }

    @Override
    public Outcome commit(ImportRow r, ImportState state) {
        Organization org = organizations.byCode(r.get("organizationCode")).orElseThrow(() ->
                ProblemException.unknownReference("organizationCode", "organization", r.get("organizationCode")));
        ChannelType type = ChannelType.valueOf(r.get("type"));
        Channel c = find(org.id, type, r.get("name"));
        if (c == null) {
            ChannelStatus status = statusForNew(r);
            LocalDate launched = date(r, "launchedOn");
            if (status == ChannelStatus.CLOSED) {
                Channel created = service.create(new ChannelRequests.Create(org.id, type, r.get("name"), r.get("url"),
                        r.get("accountId"), ChannelStatus.ACTIVE, launched != null ? launched : date(r, "closedOn"), r.get("description")));
                service.close(created.id, new ChannelRequests.Close(created.version, date(r, "closedOn"), r.get("closeReason")));
            } else {
                service.create(new ChannelRequests.Create(org.id, type, r.get("name"), r.get("url"), r.get("accountId"),
                        status, launched, r.get("description")));
            }
            return Outcome.CREATED;
        }
        if (!differs(r, c)) {
            return Outcome.UNCHANGED;
        }
        ChannelStatus status = status(r);
        boolean closing = status == ChannelStatus.CLOSED && c.status != ChannelStatus.CLOSED;
        boolean detailsDiffer = r.values.containsKey("url") && !Objects.equals(r.get("url"), c.url)
                || r.values.containsKey("accountId") && !Objects.equals(r.get("accountId"), c.accountId)
                || r.values.containsKey("description") && !Objects.equals(r.get("description"), c.description)
                || status == ChannelStatus.ACTIVE && c.status == ChannelStatus.PENDING_LAUNCH
                || r.has("launchedOn") && !Objects.equals(date(r, "launchedOn"), c.launchedOn);
        if (detailsDiffer || closing && c.status == ChannelStatus.PENDING_LAUNCH) {
            ChannelStatus target = closing || status == ChannelStatus.ACTIVE ? ChannelStatus.ACTIVE : null;
            LocalDate launched = r.has("launchedOn") ? date(r, "launchedOn")
                    : closing && c.launchedOn == null ? date(r, "closedOn") : null;
            c = service.update(c.id, new ChannelRequests.Update(c.version, null, null, text(r, "url"), text(r, "accountId"),
                    target, launched, text(r, "description")));
        }
        if (closing) {
            service.close(c.id, new ChannelRequests.Close(c.version, date(r, "closedOn"), r.get("closeReason")));
        }
        return Outcome.UPDATED;
    }

    private static String text(ImportRow r, String field) {
        return r.values.containsKey(field) ? Objects.requireNonNullElse(r.get(field), "") : null;
    }
}
