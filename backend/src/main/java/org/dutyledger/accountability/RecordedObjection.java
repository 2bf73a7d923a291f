package org.dutyledger.accountability;

import org.dutyledger.obligation.RecordedDecision;
import org.dutyledger.publication.PublishedRevision;

import java.time.Instant;
import java.util.Optional;

/**
 * The exemption (对错误决策提出明确反对意见而没有被采纳的，不承担领导责任): an objection on the record before the decision
 * was taken. "Before" means, for a meeting's decision in a fulfilment record, that the OBJECT position is in the
 * minutes as first recorded — a position a later correction turned into an objection was put on record after the
 * decision and exempts nobody; for a publication, a rejection of the very revision that went online, decided before it
 * was published, by a reviewer who did not approve it afterwards (their rejection was overruled by later steps). A
 * rejection of an earlier revision exempts nobody: the published text is not what they rejected.
 */
public final class RecordedObjection {

    public record Exemption(ExemptionKind kind, long recordId, Instant at, String text) {
    }

    private RecordedObjection() {
    }

    public static Optional<Exemption> inDecision(RecordedDecision.Decision d, long personId) {
        return d.objections().stream().filter(o -> o.personId() == personId && o.inMinutes()).findFirst()
                .map(o -> new Exemption(ExemptionKind.DECISION_OBJECTION, d.recordId(), o.at(),
                        "在" + d.happenedOn() + "“" + d.title() + "”中对“" + d.text() + "”提出反对意见"
                                + (o.text() == null ? "" : "：" + o.text())));
    }

    public static Optional<Exemption> inReview(PublishedRevision.Revision r, long personId) {
        boolean approved = r.approvals().stream().anyMatch(a -> a.personId() == personId);
        if (approved) {
            return Optional.empty();
        }
        return r.rejections().stream().filter(x -> x.personId() == personId && x.decidedAt().isBefore(r.publishedAt()))
                .findFirst().map(x -> new Exemption(ExemptionKind.REVIEW_REJECTION, x.reviewId(), x.decidedAt(),
                        "第 " + x.step() + " 步（" + x.stepName() + "）驳回第 " + r.revisionNumber() + " 版"
                                + (x.comment() == null ? "" : "：" + x.comment())));
    }
}
