package org.dutyledger.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dutyledger.common.Today;
import org.dutyledger.duty.DutyRole;
import org.dutyledger.inspection.Inspection;
import org.dutyledger.inspection.InspectionGrade;
import org.dutyledger.inspection.InspectionKind;
import org.dutyledger.inspection.InspectionRequests;
import org.dutyledger.inspection.InspectionScoring;
import org.dutyledger.inspection.InspectionService;
import org.dutyledger.inspection.ScoringMethod;
import org.dutyledger.inspection.ScoringTemplate;
import org.dutyledger.inspection.ScoringTemplateRequests;
import org.dutyledger.inspection.ScoringTemplateService;
import org.dutyledger.inspection.rectification.Finding;
import org.dutyledger.inspection.rectification.FindingService;
import org.dutyledger.inspection.rectification.FindingSeverity;
import org.dutyledger.inspection.rectification.FindingSource;
import org.dutyledger.inspection.rectification.RectificationRequests;
import org.dutyledger.inspection.rectification.RectificationService;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The demo's inspections: 东湖街道's annual assessment of its communities and village for the current year, scored and
 * concluded, and a finding on 柳岸社区 whose rectification was agreed 20 days ago with a deadline 10 days ago — overdue,
 * so the escalation job takes it to level 2 (its 第一责任人) on its first run, whatever today is.
 */
@ApplicationScoped
public class DemoInspections {

    @Inject
    ScoringTemplateService templates;

    @Inject
    InspectionService inspections;

    @Inject
    InspectionScoring scoring;

    @Inject
    FindingService findings;

    @Inject
    RectificationService rectifications;

    void load(Map<String, Long> orgIds) {
        long street = orgIds.get("STREET-DH");
        long liuan = orgIds.get("DH-LIUAN");
        long taoyuan = orgIds.get("DH-TAOYUAN");
        long village = orgIds.get("DH-DONGHU");
        ScoringTemplate t = templates.create(new ScoringTemplateRequests.Create(street, "社区（村）网络意识形态工作责任制考核评分表",
                List.of(item("A1", "领导班子专题研究网络意识形态工作，落实“第一责任人”职责", 30, ScoringMethod.DOCUMENT_CHECK, false),
                        item("A2", "网络阵地（公众号、居民群）台账完整，信息发布落实三审", 30, ScoringMethod.SITE_VISIT, false),
                        item("A3", "网格员、群管理员舆情发现与报告", 20, ScoringMethod.INTERVIEW, false),
                        item("A4", "居民对网络环境整治的满意度", 10, ScoringMethod.QUESTIONNAIRE, false),
                        item("V1", "未发生造成严重负面影响的网络舆情事件", 10, ScoringMethod.DOCUMENT_CHECK, true)),
                List.of(grade(InspectionGrade.EXCELLENT, 90), grade(InspectionGrade.GOOD, 80), grade(InspectionGrade.FAIR, 60),
                        grade(InspectionGrade.POOR, 0))));
        LocalDate today = Today.date();
        int year = today.getYear();
        Inspection i = inspections.create(new InspectionRequests.Create(street, InspectionKind.ANNUAL_ASSESSMENT,
                year + "年度网络意识形态工作责任制考核", Integer.toString(year), t.id, LocalDate.of(year, 1, 1), today, List.of(),
                List.of(liuan, taoyuan, village), null));
        inspections.start(i.id, i.version);
        score(i.id, liuan, 26, 18, 16, 8, "居民群管理员台账不全，2个居民群无管理员");
        score(i.id, taoyuan, 28, 27, 18, 9, "台账完整");
        score(i.id, village, 22, 24, 14, 7, "专题研究记录较少");
        inspections.scoring(i.id, i.version);
        inspections.conclude(i.id, i.version);

        Finding f = findings.raise(new RectificationRequests.RaiseFinding(liuan, street, FindingSource.INSPECTION, i.id, "A2",
                "柳岸社区2个居民微信群未明确群管理员，群内信息无人把关", FindingSeverity.MEDIUM));
        rectifications.createAgreedOn(new RectificationRequests.Create(f.id,
                "明确每个居民群的管理员并登记台账；群管理员签订责任书；社区每月抽查一次群内信息", DutyRole.FIRST_RESPONSIBLE,
                today.minusDays(10), false, null), today.minusDays(20));
    }

    private void score(long inspectionId, long target, int a1, int a2, int a3, int a4, String note) {
        scoring.score(inspectionId, target, new InspectionRequests.Scores(0L, List.of(points("A1", a1, note), points("A2", a2, null),
                points("A3", a3, null), points("A4", a4, null), new InspectionRequests.Score("V1", BigDecimal.TEN, true, null))));
    }

    private static InspectionRequests.Score points(String code, int points, String note) {
        return new InspectionRequests.Score(code, BigDecimal.valueOf(points), null, note);
    }

    private static ScoringTemplateRequests.ItemBody item(String code, String text, int max, ScoringMethod method, boolean veto) {
        return new ScoringTemplateRequests.ItemBody(code, text, BigDecimal.valueOf(max), method, veto, null);
    }

    private static ScoringTemplateRequests.GradeBody grade(InspectionGrade grade, int min) {
        return new ScoringTemplateRequests.GradeBody(grade, BigDecimal.valueOf(min));
    }
}
