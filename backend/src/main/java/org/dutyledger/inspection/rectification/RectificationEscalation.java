package org.dutyledger.inspection.rectification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.dutyledger.audit.AuditTrail;
import org.dutyledger.audit.Changes;
import org.dutyledger.common.Today;
import org.dutyledger.duty.DutyRole;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.person.PersonRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Every problem found is tracked to a verified fix or escalated by name": every `dutyledger.rectifications.escalate-every`,
 * rectifications past their due day are claimed with FOR UPDATE SKIP LOCKED and each level of the ladder they reached
 * and were not yet told is told once ({@link RectificationOverdue}): level 1 the responsible person and the target's
 * 联络员, level 2 the target's 第一责任人, level 3 the raising organization's 第一责任人 and 联络员, all of the day. Each
 * level is marked with who was told (once per due day: an approved extension starts the ladder afresh), audited with
 * its outbox event `rectification.escalated`. Long-term items in MONITORING whose check date came are due again
 * (back to IN_PROGRESS, `rectification.due-again`). One transaction per batch, so two instances never tell twice.
 */
@ApplicationScoped
public class RectificationEscalation {

    static final int BATCH = 100;

    @Inject
    EntityManager em;

    @Inject
    RectificationNotices notices;

    @Inject
    AuditTrail audit;

    @Inject
    OrganizationRepository organizations;

    @Inject
    PersonRepository people;

    @Inject
    RectificationRepointing repointing;

    @Scheduled(every = "${dutyledger.rectifications.escalate-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        run(Today.date());
    }

    /** Brings every rectification up to date as of `today`, batch by batch; returns how many levels were told. */
    public int run(LocalDate today) {
        QuarkusTransaction.requiringNew().run(() -> repointing.repointAll(today));
        while (QuarkusTransaction.requiringNew().call(() -> dueAgain(claimDueAgain(today), today)) > 0) {
            // next batch
        }
        int total = 0;
        while (true) {
            List<Long> claimed = QuarkusTransaction.requiringNew().call(() -> {
                List<Long> ids = claim(today);
                tellAll(ids, today);
                return ids;
            });
            if (claimed.isEmpty()) {
                return total;
            }
            total += claimed.size();
        }
    }

    /** Locks up to a batch of overdue rectifications with a level not yet told that no other transaction holds. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Long> claim(LocalDate today) {
        String day = "CAST(?1 AS date)";
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT r.id FROM rectification r WHERE " + RectificationOverdue.sql("r", day)
                        + " AND r.escalation_level < " + RectificationOverdue.levelSql("r", day)
                        + " ORDER BY r.due_on, r.id LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, today).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Tells the claimed rectifications each level they reached (in the claiming transaction); returns how many levels. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int tellAll(List<Long> claimed, LocalDate today) {
        int told = 0;
        for (long id : claimed) {
            Rectification r = em.find(Rectification.class, id);
            em.refresh(r);
            int reached = RectificationOverdue.level(r.status, r.dueOn, today);
            for (int level = r.escalationLevel + 1; level <= reached; level++) {
                told += escalate(r, level, today) ? 1 : 0;
            }
            if (reached > r.escalationLevel) {
                r.escalationLevel = reached;
                em.flush();
            }
        }
        return told;
    }

    private boolean escalate(Rectification r, int level, LocalDate today) {
        Finding f = em.find(Finding.class, r.findingId);
        Set<Long> to = new LinkedHashSet<>();
        switch (level) {
            case 1 -> {
                to.add(r.responsiblePersonId);
                to.addAll(notices.holdersOf(f.targetOrganizationId, DutyRole.LIAISON));
            }
            case 2 -> to.addAll(notices.holdersOf(f.targetOrganizationId, DutyRole.FIRST_RESPONSIBLE));
            default -> to.addAll(notices.holdersOf(f.raisingOrganizationId, DutyRole.FIRST_RESPONSIBLE, DutyRole.LIAISON));
        }
        String names = to.stream().map(id -> people.require(id).name).collect(Collectors.joining("、"));
        Instant now = Instant.now();
        int marked = em.createNativeQuery("INSERT INTO rectification_escalation (rectification_id, due_on, level, escalated_at,"
                        + " notified_person_ids, notified_names) VALUES (?1, ?2, ?3, ?4, CAST(?5 AS bigint[]), ?6) ON CONFLICT DO NOTHING")
                .setParameter(1, r.id).setParameter(2, r.dueOn).setParameter(3, level).setParameter(4, now.atOffset(ZoneOffset.UTC))
                .setParameter(5, to.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
                .setParameter(6, names).executeUpdate();
        if (marked == 0) {
            return false;
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(r.dueOn, today);
        String target = organizations.require(f.targetOrganizationId).name;
        notices.tell(to, r, f.targetOrganizationId, "rectification.escalated", "rectification:" + r.id + ":escalated:" + r.dueOn + ":" + level,
                "整改逾期（第 " + level + " 级提醒）：" + target + "“" + RectificationService.brief(f.description) + "”应于 "
                        + r.dueOn + " 前完成整改，已逾期 " + days + " 天");
        Map<String, Object> data = RectificationService.event(r, f, to);
        data.put("level", level);
        data.put("daysOverdue", days);
        audit.record("rectification.escalated", RectificationService.ENTITY, r.id, f.targetOrganizationId, Changes.create()
                .put("escalationLevel", level - 1, level).put("dueOn", null, r.dueOn).put("notified", null, names), data);
        return true;
    }

    /** Locks up to a batch of long-term items in MONITORING whose check date came. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Long> claimDueAgain(LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT r.id FROM rectification r WHERE r.status = 'MONITORING'"
                        + " AND r.due_on <= CAST(?1 AS date) ORDER BY r.due_on, r.id LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, today).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int dueAgain(List<Long> claimed, LocalDate today) {
        for (long id : claimed) {
            Rectification r = em.find(Rectification.class, id);
            em.refresh(r);
            Finding f = em.find(Finding.class, r.findingId);
            r.status = RectificationStatus.IN_PROGRESS;
            r.escalationLevel = 0;
            r.updatedAt = Instant.now();
            em.flush();
            Set<Long> told = notices.toOwner(r, f.targetOrganizationId, "rectification.due-again",
                    "rectification:" + r.id + ":due-again:" + r.dueOn, "长期坚持整改到检查日：“" + RectificationService.brief(f.description)
                            + "”请于 " + r.dueOn + " 前报告进展并提交验收", null);
            audit.record("rectification.due-again", RectificationService.ENTITY, r.id, f.targetOrganizationId, Changes.create()
                    .put("status", RectificationStatus.MONITORING, r.status).put("dueOn", null, r.dueOn),
                    RectificationService.event(r, f, told));
        }
        return claimed.size();
    }
}
