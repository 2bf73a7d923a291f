package org.dutyledger.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.dutyledger.common.Xlsx;
import org.dutyledger.organization.OrganizationRepository;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The results as an Excel sheet: rank, target, each item's points, total, grade, veto — the rows the caller may read
 * (the inspecting side all of them, a target its own after conclusion).
 */
@ApplicationScoped
public class InspectionExport {

    @Inject
    InspectionScoring scoring;

    @Inject
    InspectionAccess access;

    @Inject
    OrganizationRepository organizations;

    public Response results(long inspectionId) {
        InspectionViews.Results results = scoring.results(inspectionId);
        Inspection i = access.visible(inspectionId);
        ScoringTemplate t = scoring.template(i);
        Map<Long, Map<String, BigDecimal>> points = scoring.pointsByTarget(i.id);
        List<String> headers = new ArrayList<>(List.of("排名", "被检查单位"));
        t.items.forEach(item -> headers.add(item.code() + " " + item.text() + "（" + item.maxPoints().toPlainString() + "分）"
                + (item.veto() ? "【一票否决】" : "")));
        headers.addAll(List.of("总分", "等级", "一票否决"));
        List<List<String>> lines = new ArrayList<>();
        for (InspectionViews.ResultRow r : results.rows()) {
            List<String> line = new ArrayList<>(List.of(Integer.toString(r.rank()), r.organizationName()));
            Map<String, BigDecimal> mine = points.getOrDefault(r.organizationId(), Map.of());
            t.items.forEach(item -> {
                BigDecimal p = mine.get(item.code());
                line.add(p == null ? "" : p.stripTrailingZeros().toPlainString());
            });
            line.add(r.total().toPlainString());
            line.add(r.grade().label);
            line.add(r.vetoFailed() ? "是" : "否");
            lines.add(line);
        }
        String org = organizations.require(i.organizationId).name;
        return Xlsx.download("督查考核结果-" + org + "-" + i.title + ".xlsx", "结果", headers, lines);
    }
}
