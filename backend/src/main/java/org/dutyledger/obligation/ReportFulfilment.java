package org.dutyledger.obligation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.dutyledger.audit.AuditTrail;
import org.dutyledger.audit.Changes;
import org.dutyledger.security.CurrentUser;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A submitted work report is the fulfilment of the organization's REPORT obligation (专题汇报) for its period: a
 * fulfilment record of kind REPORT, counted toward the organization's open REPORT instances whose period covers the
 * report's, audited like any record. The report capability calls it after its own scope checks. A concluded
 * inspection fulfils the inspecting organization's INSPECTION obligation (督查) the same way ({@link #record(ObligationKind,
 * long, LocalDate, String, String, String, LocalDate, LocalDate)}).
 */
@ApplicationScoped
public class ReportFulfilment {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    @Inject
    Statuses statuses;

    /** Records the submission on {@code day}; returns the record's id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long record(long organizationId, LocalDate day, String title, LocalDate periodStart, LocalDate periodEnd) {
        return record(ObligationKind.REPORT, organizationId, day, title, "报送工作汇报《" + title + "》", "work-report",
                periodStart, periodEnd);
    }

    /**
     * Records what another capability did on {@code day} as a fulfilment of {@code kind}, counted toward the
     * organization's open instances of that kind whose period covers [periodStart, periodEnd]; {@code source} names the
     * capability in the audit trail. Returns the record's id.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long record(ObligationKind kind, long organizationId, LocalDate day, String title, String summary, String source,
                       LocalDate periodStart, LocalDate periodEnd) {
        @SuppressWarnings("unchecked")
        List<Object[]> open = em.createNativeQuery("SELECT i.id, i.due_date FROM obligation_instance i"
                        + " JOIN obligation_rule r ON r.id = i.rule_id WHERE i.organization_id = ?1 AND r.kind = ?2"
                        + " AND i.status IN ('UPCOMING', 'DUE', 'OVERDUE') AND i.period_start <= ?3 AND i.period_end >= ?4"
                        + " ORDER BY i.id")
                .setParameter(1, organizationId).setParameter(2, kind.name()).setParameter(3, periodStart)
                .setParameter(4, periodEnd).getResultList();
        List<Long> instances = open.stream().map(r -> Rows.l(r[0])).toList();
        FulfilmentRecord f = new FulfilmentRecord();
        f.organizationId = organizationId;
        f.happenedOn = day;
        f.title = title;
        f.kind = kind;
        f.participantIds = new Long[0];
        f.summary = summary;
        f.decisions = List.of();
        f.late = open.stream().anyMatch(r -> day.isAfter(Rows.date(r[1])));
        f.recordedAt = f.updatedAt = Instant.now();
        f.recordedByPersonId = user.personId();
        f.recordedByUsername = user.username();
        em.persist(f);
        em.flush();
        for (Long instanceId : instances) {
            em.createNativeQuery("INSERT INTO fulfilment_record_instance (record_id, instance_id) VALUES (?1, ?2)")
                    .setParameter(1, f.id).setParameter(2, instanceId).executeUpdate();
        }
        audit.record("fulfilment.recorded", FulfilmentService.ENTITY, f.id, organizationId, Changes.create()
                .put("happenedOn", null, day.toString()).put("title", null, title).put("kind", null, f.kind)
                .put("obligationIds", null, instances.toString()).put("late", null, f.late).put("source", null, source));
        statuses.recount(instances);
        return f.id;
    }
}
