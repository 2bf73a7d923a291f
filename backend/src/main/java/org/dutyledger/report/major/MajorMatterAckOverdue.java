package org.dutyledger.report.major;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.dutyledger.audit.AuditTrail;
import org.dutyledger.audit.Changes;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationRepository;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "A major matter cannot sit unacknowledged without someone responsible being told": every
 * `dutyledger.major-matters.ack-check-every`, matters still REPORTED past their acknowledgement deadline are claimed
 * with FOR UPDATE SKIP LOCKED, the current recipient's 第一责任人 of the day is notified (while the post is vacant,
 * who stands in: {@link MajorMatterNotices#ackOverdue}), the matter is marked (so it is told once per recipient), and
 * the step is audited with its outbox event `major-matter.ack-overdue` — all in one transaction per batch, so two
 * service instances never tell twice.
 */
@ApplicationScoped
public class MajorMatterAckOverdue {

    static final int BATCH = 100;

    @Inject
    EntityManager em;

    @Inject
    MajorMatterNotices notices;

    @Inject
    AuditTrail audit;

    @Inject
    OrganizationRepository organizations;

    @Scheduled(every = "${dutyledger.major-matters.ack-check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        run(Instant.now());
    }

    /** Tells every matter overdue as of `now`, batch by batch; returns how many were told. */
    public int run(Instant now) {
        int total = 0;
        while (true) {
            int told = QuarkusTransaction.requiringNew().call(() -> tellAll(claim(now), now));
            if (told == 0) {
                return total;
            }
            total += told;
        }
    }

    /** Locks up to a batch of overdue, untold matters that no other transaction holds; the caller's transaction keeps them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Long> claim(Instant now) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT m.id FROM major_matter m WHERE "
                        + MajorMatterDeadlines.ackOverdueUntold("m", "?1") + " ORDER BY m.ack_deadline, m.id LIMIT " + BATCH
                        + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, now.atOffset(java.time.ZoneOffset.UTC)).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Tells the claimed matters (in the claiming transaction); returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int tellAll(List<Long> claimed, Instant now) {
        for (long id : claimed) {
            tell(em.find(MajorMatter.class, id), now);
        }
        return claimed.size();
    }

    private void tell(MajorMatter m, Instant now) {
        m.ackOverdueNotifiedAt = now;
        em.flush();
        Organization recipient = organizations.require(m.recipientOrganizationId);
        Set<Long> told = notices.ackOverdue(m, recipient, "major-matter:" + m.id + ":ack-overdue:" + m.recipientOrganizationId,
                "重大事项确认超时：" + organizations.require(m.organizationId).name + "报告的《" + m.title + "》应于 "
                        + MajorMatterService.local(m.ackDeadline) + " 前由" + recipient.name + "确认收到，至今未确认");
        Map<String, Object> data = MajorMatterService.event(m, told);
        audit.record("major-matter.ack-overdue", MajorMatterService.ENTITY, m.id, m.organizationId, Changes.create()
                .put("ackOverdueNotifiedAt", null, now).put("ackDeadline", null, m.ackDeadline)
                .put("recipientOrganizationId", null, m.recipientOrganizationId), data);
    }
}
