package org.dutyledger.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dutyledger.common.LocalTimes;
import org.dutyledger.common.Xlsx;
import org.dutyledger.dossier.PackageContributor;
import org.dutyledger.dossier.PackageOut;
import org.dutyledger.dossier.PackagePart;
import org.dutyledger.dossier.PackageScope;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.report.major.MajorMatterQueries;
import org.dutyledger.report.major.MajorMatterViews;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reports of an inspection package: 工作报告 (work reports of the organization or its subtree whose period ends in
 * the package's period) and 重大事项 (major matters reported in it), as the requester may read them.
 */
@ApplicationScoped
public class ReportPackagePart implements PackageContributor {

    static final int PAGE = 200;
    static final List<String> REPORT_HEADERS = List.of("组织", "报送对象", "类型", "期间", "标题", "状态", "截止日期", "逾期",
            "签发", "报送时间", "签收", "工作开展情况", "存在问题", "下一步打算");
    static final List<String> MATTER_HEADERS = List.of("组织", "报告对象", "类别", "标题", "事项经过", "发生时间", "报告时间",
            "报告人", "逾期报告", "已采取措施", "状态", "签收", "结论");

    @Inject
    WorkReportQueries reports;

    @Inject
    MajorMatterQueries matters;

    @Inject
    OrganizationRepository organizations;

    @Override
    public PackagePart part() {
        return PackagePart.REPORTS;
    }

    @Override
    public void write(PackageScope scope, PackageOut out) throws IOException {
        ZoneId zone = LocalTimes.zone();
        Map<Long, Boolean> covered = new HashMap<>();
        List<List<String>> reportRows = new ArrayList<>();
        for (int page = 0; ; page++) {
            WorkReportViews.Page p = reports.list(new WorkReportQueries.Filter(null, null, null, null, null), page, PAGE);
            for (WorkReportViews.Report r : p.items()) {
                if (!covers(scope, covered, r.organizationId()) || !scope.inPeriod(r.dueOn())) {
                    continue;
                }
                reportRows.add(List.of(r.organizationName(), r.recipientOrganizationName(), r.kind().label, r.period(),
                        r.title(), r.status().label, r.dueOn().toString(), r.late() ? "是" : "否",
                        who(r.signedOffAt(), r.signedOffByName(), zone), time(r.submittedAt(), zone),
                        who(r.acknowledgedAt(), r.acknowledgedByName(), zone), text(r.progress()), text(r.problems()),
                        text(r.plans())));
            }
            if ((long) (page + 1) * PAGE >= p.total()) {
                break;
            }
        }
        out.file("报告/工作报告.xlsx", "report", Map.of("entity", "work-reports", "count", reportRows.size()),
                PackageOut.download(Xlsx.download("工作报告.xlsx", "工作报告", REPORT_HEADERS, reportRows)));
        List<List<String>> matterRows = new ArrayList<>();
        for (int page = 0; ; page++) {
            MajorMatterViews.Page p = matters.list(null, null, page, PAGE);
            for (MajorMatterViews.Matter m : p.items()) {
                if (!covers(scope, covered, m.organizationId()) || !scope.inPeriod(m.reportedAt())) {
                    continue;
                }
                matterRows.add(List.of(m.organizationName(), m.recipientOrganizationName(), m.category().name(), m.title(),
                        m.description(), time(m.occurredAt(), zone), time(m.reportedAt(), zone),
                        m.reportedByName() == null ? "" : m.reportedByName(), m.late() ? "是" : "否",
                        m.actionsTaken() == null ? "" : m.actionsTaken(), m.status().name(),
                        who(m.acknowledgedAt(), m.acknowledgedByName(), zone), m.conclusion() == null ? "" : m.conclusion()));
            }
            if ((long) (page + 1) * PAGE >= p.total()) {
                break;
            }
        }
        out.file("报告/重大事项.xlsx", "report", Map.of("entity", "major-matters", "count", matterRows.size()),
                PackageOut.download(Xlsx.download("重大事项.xlsx", "重大事项", MATTER_HEADERS, matterRows)));
    }

    private boolean covers(PackageScope scope, Map<Long, Boolean> cache, long organizationId) {
        return cache.computeIfAbsent(organizationId, id -> organizations.pathOf(id).map(scope::covers).orElse(false));
    }

    private static String who(Instant at, String name, ZoneId zone) {
        return at == null ? "" : time(at, zone) + (name == null ? "" : " " + name);
    }

    private static String time(Instant t, ZoneId zone) {
        return t == null ? "" : LocalTimes.dateTime(t, zone);
    }

    /** The report's sanitized HTML as plain text for a cell: paragraphs become lines. */
    private static String text(String html) {
        if (html == null) {
            return "";
        }
        return html.replaceAll("(?i)</p>|<br\\s*/?>", "\n").replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&nbsp;", " ").replace("&amp;", "&").strip();
    }
}
