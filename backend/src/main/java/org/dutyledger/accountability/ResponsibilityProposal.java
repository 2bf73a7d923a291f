package org.dutyledger.accountability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dutyledger.duty.DutyRole;
import org.dutyledger.duty.HeldAssignments;
import org.dutyledger.obligation.RecordedDecision;
import org.dutyledger.organization.Organization;
import org.dutyledger.publication.PublishedRevision;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who bears what for an incident, from the ledger on the incident date — never typed by hand:
 * the subject organization's own FIRST_RESPONSIBLE and DIRECT_RESPONSIBLE holders that day bear main leadership
 * responsibility; the 一岗双责 holders whose scope covered it that day, and the participants of a linked meeting
 * decision, important leadership responsibility; the approvers of a linked publication's published revision and its
 * author, direct responsibility. A person appears once: the heaviest responsibility ({@link Responsibility#weight})
 * decides the line, every reason stays in `why`. A {@link RecordedObjection} removes leadership responsibility
 * (the line shows NONE and the record); it never removes direct responsibility for one's own act.
 */
@ApplicationScoped
public class ResponsibilityProposal {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public record Proposed(long personId, Responsibility responsibility, LineSource source, DutyRole role, Long assignmentId,
                           String assignmentBasis, String why, RecordedObjection.Exemption exemption) {
    }

    private record Reason(Responsibility responsibility, LineSource source, DutyRole role, Long assignmentId,
                          String basis, String why) {
    }

    @Inject
    HeldAssignments held;

    @Inject
    RecordedDecision decisions;

    @Inject
    PublishedRevision revisions;

    public List<Proposed> propose(Organization subject, LocalDate day, List<LinkedRecords.Checked> links) {
        Map<Long, List<Reason>> reasons = new LinkedHashMap<>();
        Map<Long, RecordedObjection.Exemption> exemptions = new LinkedHashMap<>();
        for (HeldAssignments.Held h : held.ownHolders(subject.id, List.of(DutyRole.FIRST_RESPONSIBLE, DutyRole.DIRECT_RESPONSIBLE), day)) {
            add(reasons, h.personId(), new Reason(Responsibility.MAIN_LEADERSHIP, LineSource.DUTY, h.role(), h.assignmentId(),
                    h.basisNumber(), day + " 任" + h.organizationName() + h.role().label + basis(h.basisNumber())));
        }
        for (HeldAssignments.Held h : held.dualDutyCovering(subject.path, day)) {
            add(reasons, h.personId(), new Reason(Responsibility.IMPORTANT_LEADERSHIP, LineSource.DUAL_DUTY, h.role(),
                    h.assignmentId(), h.basisNumber(), day + " 任" + h.organizationName() + "一岗双责，分管范围含" + subject.name
                            + basis(h.basisNumber())));
        }
        for (LinkedRecords.Checked link : links) {
            if (link.kind() == LinkKind.FULFILMENT && link.decisionIndex() != null) {
                decisions.of(link.id(), link.decisionIndex()).ifPresent(d -> fromDecision(d, reasons, exemptions));
            } else if (link.kind() == LinkKind.PUBLICATION) {
                revisions.of(link.id()).ifPresent(r -> fromReview(r, reasons, exemptions));
            }
        }
        List<Proposed> out = new ArrayList<>();
        reasons.forEach((person, list) -> out.add(line(person, list, exemptions.get(person))));
        out.sort(Comparator.comparingInt((Proposed p) -> -p.responsibility().weight).thenComparing(p -> p.exemption() != null));
        return out;
    }

    private static void fromDecision(RecordedDecision.Decision d, Map<Long, List<Reason>> reasons,
                                     Map<Long, RecordedObjection.Exemption> exemptions) {
        for (long person : d.participantIds()) {
            add(reasons, person, new Reason(Responsibility.IMPORTANT_LEADERSHIP, LineSource.DECISION, null, null, null,
                    "参与 " + d.happenedOn() + "“" + d.title() + "”的决定：" + LinkedRecords.brief(d.text())));
            RecordedObjection.inDecision(d, person).ifPresent(e -> exemptions.putIfAbsent(person, e));
        }
    }

    private static void fromReview(PublishedRevision.Revision r, Map<Long, List<Reason>> reasons,
                                   Map<Long, RecordedObjection.Exemption> exemptions) {
        for (PublishedRevision.Review a : r.approvals()) {
            add(reasons, a.personId(), new Reason(Responsibility.DIRECT, LineSource.REVIEW, a.role(), null, null,
                    "第 " + a.step() + " 步（" + a.stepName() + "）审批通过“" + r.title() + "”第 " + r.revisionNumber() + " 版（"
                            + a.decidedAt().atZone(ZONE).toLocalDate() + "）"));
        }
        add(reasons, r.authorPersonId(), new Reason(Responsibility.DIRECT, LineSource.AUTHOR, null, null, null,
                "撰写“" + r.title() + "”，第 " + r.revisionNumber() + " 版于 " + r.publishedAt().atZone(ZONE).toLocalDate() + " 发布"));
        for (PublishedRevision.Review x : r.rejections()) {
            Optional<RecordedObjection.Exemption> e = RecordedObjection.inReview(r, x.personId());
            if (e.isPresent()) {
                exemptions.putIfAbsent(x.personId(), e.get());
                add(reasons, x.personId(), new Reason(Responsibility.NONE, LineSource.REVIEW, x.role(), null, null,
                        "审核“" + r.title() + "”第 " + r.revisionNumber() + " 版时驳回，未被采纳"));
            }
        }
    }

    private static Proposed line(long person, List<Reason> list, RecordedObjection.Exemption exemption) {
        boolean ownAct = list.stream().anyMatch(r -> r.responsibility() == Responsibility.DIRECT);
        RecordedObjection.Exemption applied = ownAct ? null : exemption;
        Reason heaviest = list.stream().max(Comparator.comparingInt(r -> r.responsibility().weight)).orElseThrow();
        String why = String.join("；", list.stream().map(Reason::why).distinct().toList());
        if (exemption != null) {
            why += (applied != null ? "；免责：" : "；曾有反对意见，但本人审批或撰写，不免责：") + exemption.text();
        }
        return new Proposed(person, applied != null ? Responsibility.NONE : heaviest.responsibility(), heaviest.source(),
                heaviest.role(), heaviest.assignmentId(), heaviest.basis(), cut(why), applied);
    }

    private static void add(Map<Long, List<Reason>> reasons, long person, Reason r) {
        reasons.computeIfAbsent(person, p -> new ArrayList<>()).add(r);
    }

    private static String basis(String number) {
        return number == null ? "（无依据文号）" : "（依据：" + number + "）";
    }

    private static String cut(String s) {
        return s.length() <= 4000 ? s : s.substring(0, 3999) + "…";
    }
}
