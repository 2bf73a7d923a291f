package org.dutyledger.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dutyledger.common.Today;
import org.dutyledger.report.WorkReportForm;
import org.dutyledger.report.WorkReportKind;
import org.dutyledger.report.WorkReportRequests;
import org.dutyledger.report.WorkReportService;

import java.util.List;
import java.util.Map;

/**
 * One work report in the demo: 桃园社区's half-year report to 东湖街道, still a draft waiting for its 第一责任人's
 * sign-off (柳岸社区, the `community` login's own, is left for the user to write).
 */
@ApplicationScoped
public class DemoWorkReports {

    @Inject
    WorkReportService reports;

    void load(Map<String, Long> orgIds) {
        reports.create(new WorkReportRequests.Create(orgIds.get("DH-TAOYUAN"), null, List.of(), WorkReportKind.SEMIANNUAL,
                Today.date().getYear() + "-H1", null, WorkReportForm.WRITTEN,
                "<p>上半年社区党委召开专题会议2次，研究网络意识形态工作；组织党员集中学习4次。</p>"
                        + "<p>对社区微信公众号、居民微信群开展排查，落实信息发布三审制度。</p>",
                "<p>网格员舆情发现能力不足，个别居民群管理员履责不到位。</p>",
                "<p>下半年开展网格员舆情培训，建立居民群管理员台账，每季度分析研判一次。</p>"));
    }
}
