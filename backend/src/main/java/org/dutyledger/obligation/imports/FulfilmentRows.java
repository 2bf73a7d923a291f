package org.dutyledger.obligation.imports;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.Today;
import org.dutyledger.integration.export.ExportScope;
import org.dutyledger.integration.imports.Cells;
import org.dutyledger.integration.imports.ImportColumn;
import org.dutyledger.integration.imports.ImportError;
import org.dutyledger.integration.imports.ImportKindBase;
import org.dutyledger.integration.imports.ImportRow;
import org.dutyledger.integration.imports.ImportState;
import org.dutyledger.integration.imports.Outcome;
import org.dutyledger.obligation.FulfilmentQueries;
import org.dutyledger.obligation.FulfilmentService;
import org.dutyledger.obligation.ObligationKind;
import org.dutyledger.obligation.ObligationRequests;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.organization.imports.OrgLookups;
import org.dutyledger.security.OrgScope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The historical 工作台账 offices keep in Excel today: one fulfilment record a row, by (机构, 日期, 标题). A row
 * already in the ledger is left as it is (a re-import changes nothing); a new one is recorded through the
 * fulfilment service, counting toward the organization's open instances of the same kind whose period holds the day.
 * Participants are kept as written (names in a ledger seldom match the directory exactly).
 */
@Singleton
public class FulfilmentRows extends ImportKindBase {

    static final List<ImportColumn> COLUMNS = List.of(
            ImportColumn.code("organizationCode", "机构编码", true, 64, "已有机构的编码"),
            ImportColumn.date("happenedOn", "日期", true, "开展的日期（不是登记日期），不能晚于今天"),
            ImportColumn.choice("kind", "类别", true, ImportColumn.labels(ObligationKind.values(), k -> k.label), "填中文名称或代码"),
            ImportColumn.text("title", "标题", true, 300, "同一机构、同一日期按标题识别"),
            ImportColumn.text("participants", "参加人员", false, 2000, "照台账填写，如：张三、李四"),
            ImportColumn.text("summary", "内容摘要", false, 100000, "会议纪要或活动摘要"));

    @Inject
    OrgLookups orgLookups;

    @Inject
    OrgScope scope;

    @Inject
    OrganizationRepository organizations;

    @Inject
    FulfilmentQueries fulfilments;

    @Inject
    FulfilmentService service;

    public FulfilmentRows() {
        super("fulfilments", "工作台账", "Fulfilment records", 60, COLUMNS);
    }

    @Override
    public String exportSql(ExportScope rows) {
        return FulfilmentQueries.exportSql(rows.visible("o.path"));
    }

    @Override
    public String rowKey(ImportRow r) {
        return r.has("organizationCode") && r.has("happenedOn") && r.has("title")
                ? String.join("\u0000", r.get("organizationCode"), r.get("happenedOn"), r.get("title")) : null;
    }

    @Override
    public String keyField() {
        return "title";
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
            return Outcome.CREATED;
        }
        LocalDate day = Cells.iso(r.get("happenedOn"));
        if (day != null && day.isAfter(Today.date())) {
            r.error("happenedOn", ImportError.INVALID_DATE, "日期不能晚于今天");
        }
        if (org == null || day == null || !r.has("title") || !r.ok()) {
            return Outcome.CREATED;
        }
        if (fulfilments.exists(org.id(), day, r.get("title"))) {
            return Outcome.UNCHANGED;
        }
        if (!scope.canWrite(org.path())) {
            r.error("organizationCode", ImportError.OUT_OF_SCOPE, "您无权为机构「" + org.code() + "」登记落实记录");
        } else if (!org.active()) {
            r.error("organizationCode", ImportError.INVALID_VALUE, "机构「" + org.code() + "」已撤销");
        }
        return Outcome.CREATED;
    }

    @Override
    public Outcome commit(ImportRow r, ImportState state) {
        Organization org = organizations.byCode(r.get("organizationCode")).orElseThrow(() ->
                ProblemException.unknownReference("organizationCode", "organization", r.get("organizationCode")));
        LocalDate day = Cells.iso(r.get("happenedOn"));
        if (fulfilments.exists(org.id, day, r.get("title"))) {
            return Outcome.UNCHANGED;
        }
        ObligationKind kind = ObligationKind.valueOf(r.get("kind"));
        service.record(new ObligationRequests.Fulfilment(org.id, day, r.get("title"), kind, List.of(),
                r.get("participants"), r.get("summary"), List.of(), fulfilments.openInstancesFor(org.id, kind, day)));
        return Outcome.CREATED;
    }
}
