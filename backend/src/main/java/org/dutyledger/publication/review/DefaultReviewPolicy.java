package org.dutyledger.publication.review;

import org.dutyledger.duty.DutyRole;

import java.util.List;

/** 网上发布的信息必须经分管领导初审，报主要领导审批通过后，方可发布: the policy where no organization set its own. */
public final class DefaultReviewPolicy {

    public static final List<String> CHECKLIST = List.of(
            "涉密不公开、公开不涉密",
            "事实、数据、人名已核实",
            "政治表述和规范用语准确",
            "未泄露个人信息",
            "图片和文字可合法使用（版权）");

    public static final List<ReviewStep> STEPS = List.of(
            new ReviewStep("分管领导初审", DutyRole.DIRECT_RESPONSIBLE, CHECKLIST),
            new ReviewStep("主要领导审批", DutyRole.FIRST_RESPONSIBLE, CHECKLIST));

    public static final PolicySnapshot SNAPSHOT = new PolicySnapshot(PolicySnapshot.Source.DEFAULT, null, null, null,
            null, null, STEPS, false);

    private DefaultReviewPolicy() {
    }
}
