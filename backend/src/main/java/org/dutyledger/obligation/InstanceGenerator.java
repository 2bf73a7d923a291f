package org.dutyledger.obligation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.dutyledger.common.SqlParams;
import org.dutyledger.common.Today;
import org.dutyledger.duty.DutyHoldersChanged;
import org.dutyledger.duty.HeldOn;
import org.dutyledger.organization.OrganizationChanged;
import org.dutyledger.organization.OrganizationRepository;

import java.time.LocalDate;
import java.util.List;

/**
 * Creates the instances each rule is owed, set-based: one INSERT … SELECT per rule and period over the issuer's
 * subtree, ON CONFLICT DO NOTHING on the unique key (series, organization, period, holder), so concurrent runs never
 * duplicate. Only the current and the next period, never a closed one. An organization owes a period when it is
 * active, of a type the rule applies to, in the issuer's subtree and existed by the period's due date. Instances
 * no longer owed (the organization moved away or was dissolved, the holder's duty ended before the period) are
 * removed while not yet due, unless a record counts toward them or they were waived.
 */
@ApplicationScoped
public class InstanceGenerator {

    /** Advisory-lock namespace: one generation per rule series at a time, taken in series order (no deadlock). */
    private static final long LOCK_BASE = 0x0B1_0000_0000L;

    @Inject
    EntityManager em;

    @Inject
    OrganizationRepository organizations;

    /** Every rule in force; returns how many instances were created. */
    @Transactional
    public int generateAll(LocalDate today) {
        int created = 0;
        for (ObligationRule rule : rulesInForce(today)) {
            created += generate(rule, null, today);
        }
        recomputeOpen(today);
        return created;
    }

    /** One rule as on a given day, in its own transaction (tests move the day; the job uses {@link #generateAll}). */
    @Transactional
    public int generateFor(long ruleId, LocalDate today) {
        int created = generate(em.find(ObligationRule.class, ruleId), null, today);
        String status = StatusRule.sql("i", "CAST(?1 AS date)");
        em.createNativeQuery("UPDATE obligation_instance i SET status = " + status + ", updated_at = now()"
                        + " WHERE i.rule_id = ?2 AND i.status IN ('UPCOMING', 'DUE', 'OVERDUE') AND " + DUE_SOON
                        + " AND i.status <> " + status)
                .setParameter(1, today).setParameter(2, ruleId).executeUpdate();
        return created;
    }

    /** One rule (after it was created or changed). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int generate(ObligationRule rule, LocalDate today) {
        int created = generate(rule, null, today);
        recomputeOpen(today);
        return created;
    }

    /** The tree changed: every rule, for the changed organization's subtree only, in the change's transaction. */
    void onOrganizationChanged(@Observes OrganizationChanged change) {
        em.flush();
        LocalDate today = Today.date();
        for (ObligationRule rule : rulesInForce(today)) {
            generate(rule, change.path(), today);
        }
    }

    /**
     * A hand-over, an end or a correction changed who holds a role: the per-holder rules of that role give the new
     * holder their instances (and drop the not-yet-due ones of a holder who left) at once, in the change's transaction.
     */
    void onDutyHoldersChanged(@Observes DutyHoldersChanged change) {
        LocalDate today = Today.date();
        String path = organizations.pathOf(change.organizationId()).orElseThrow();
        for (ObligationRule rule : rulesInForce(today)) {
            if (change.role().name().equals(rule.perHolderRole)) {
                generate(rule, path, today);
            }
        }
    }

    List<ObligationRule> rulesInForce(LocalDate today) {
        return em.createQuery("from ObligationRule where retiredAt is null and (validTo is null or validTo >= ?1)"
                + " order by seriesId, id", ObligationRule.class).setParameter(1, today.minusYears(1)).getResultList();
    }

    int generate(ObligationRule rule, String subtreePath, LocalDate today) {
        if (subtreePath == null) {
            // Whole-tree runs take the series lock; a tree change touches one subtree only and relies on the unique key,
            // so creating an organization never waits for a long job.
            em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, LOCK_BASE + rule.seriesId).getSingleResult();
        }
        Periods.Period current = Periods.containing(rule.period, today);
        int created = 0;
        for (Periods.Period p : List.of(current, current.next())) {
            LocalDate due = Periods.dueDate(p, rule.dueMonthDay);
            if (!rule.owes(p) || StatusRule.closed(due, p.end(), today)) {
                continue;
            }
            created += insert(rule, p, due, subtreePath, today);
            prune(rule, p, due, subtreePath, today);
        }
        return created;
    }

    /**
     * The organizations (and holders) owing `rule` for period `p`, as a condition over organization `o` and, for
     * per-holder rules, the holder column `holder`.
     */
    private String owed(ObligationRule rule, Periods.Period p, LocalDate due, String subtreePath, LocalDate today,
                        String holder, SqlParams sql) {
        StringBuilder w = new StringBuilder("o.active AND o.path LIKE (SELECT path FROM organization WHERE id = ")
                .append(sql.bind(rule.issuerOrganizationId)).append(") || '%'")
                .append(" AND o.type = ANY(").append(sql.bind(rule.appliesTo)).append(")")
                .append(" AND CAST(o.created_at AT TIME ZONE 'Asia/Shanghai' AS date) <= ").append(sql.bind(due));
        if (!rule.includeIssuer) {
            w.append(" AND o.id <> ").append(sql.bind(rule.issuerOrganizationId));
        }
        if (subtreePath != null) {
            w.append(" AND o.path LIKE ").append(sql.bind(subtreePath + "%"));
        }
        if (rule.perHolderRole != null) {
            LocalDate seen = today.isBefore(p.start()) ? p.start() : today.isAfter(p.end()) ? p.end() : today;
            String role = sql.bind(rule.perHolderRole);
            w.append(" AND (").append(holder).append(") IN (").append(HeldOn.holdersOf(role, sql.bind(p.start())))
                    .append(" UNION ").append(HeldOn.holdersOf(role, sql.bind(seen))).append(")");
        }
        return w.toString();
    }

    private int insert(ObligationRule rule, Periods.Period p, LocalDate due, String subtreePath, LocalDate today) {
        SqlParams sql = SqlParams.forJpa();
        String head = "INSERT INTO obligation_instance (rule_id, series_id, organization_id, period_key, period_start,"
                + " period_end, due_date, holder_person_id, min_count, status, created_at, updated_at)"
                + " SELECT " + sql.bind(rule.id) + ", " + sql.bind(rule.seriesId) + ", o.id, " + sql.bind(p.key())
                + ", " + sql.bind(p.start()) + ", i.period_end, i.due_date, ";
        String todayParam = "CAST(" + sql.bind(today) + " AS date)";
        String status = StatusRule.sql("i", todayParam);
        String from = " FROM organization o CROSS JOIN (SELECT CAST(" + sql.bind(due) + " AS date) AS due_date, CAST("
                + sql.bind(p.end()) + " AS date) AS period_end, 0 AS met_count, 0 AS met_on_time_count, "
                + sql.bind(rule.minCount) + " AS min_count, CAST(NULL AS timestamptz) AS waived_at) i";
        String text;
        if (rule.perHolderRole != null) {
            String role = sql.bind(rule.perHolderRole);
            LocalDate seen = today.isBefore(p.start()) ? p.start() : today.isAfter(p.end()) ? p.end() : today;
            text = head + "h.person_id, i.min_count, " + status + ", now(), now()" + from
                    + " JOIN (" + HeldOn.holdersOf(role, sql.bind(p.start())) + " UNION "
                    + HeldOn.holdersOf(role, sql.bind(seen)) + ") h ON h.organization_id = o.id WHERE "
                    + owed(rule, p, due, subtreePath, today, "o.id, h.person_id", sql);
        } else {
            text = head + "NULL, i.min_count, " + status + ", now(), now()" + from + " WHERE "
                    + owed(rule, p, due, subtreePath, today, null, sql);
        }
        return sql.applyTo(em.createNativeQuery(text + " ON CONFLICT DO NOTHING")).executeUpdate();
    }

    /** Removes this rule's not-yet-due, untouched instances of the period that are no longer owed. */
    private void prune(ObligationRule rule, Periods.Period p, LocalDate due, String subtreePath, LocalDate today) {
        if (due.isBefore(today)) {
            return;
        }
        SqlParams sql = SqlParams.forJpa();
        String gone = "SELECT x.id FROM obligation_instance x JOIN organization o ON o.id = x.organization_id"
                + " WHERE x.rule_id = " + sql.bind(rule.id) + " AND x.period_key = " + sql.bind(p.key())
                + " AND x.waived_at IS NULL AND x.met_count = 0"
                + " AND NOT EXISTS (SELECT 1 FROM fulfilment_record_instance l WHERE l.instance_id = x.id)"
                + (subtreePath == null ? "" : " AND o.path LIKE " + sql.bind(subtreePath + "%"))
                + " AND NOT (" + owed(rule, p, due, null, today, "o.id, x.holder_person_id", sql) + ")";
        InstanceRemoval.remove(em, sql.applyTo(em.createNativeQuery(gone)).getResultList());
    }

    /**
     * Time passing: open instances whose status changes with the day. Only those due within the reminder window (or
     * past due) can change: the others stay UPCOMING until then (records and waivers recount at once, in Statuses),
     * and skipping them keeps this a short range of obligation_instance_open_idx instead of every open instance.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recomputeOpen(LocalDate today) {
        String status = StatusRule.sql("i", "CAST(?1 AS date)");
        return em.createNativeQuery("UPDATE obligation_instance i SET status = " + status + ", updated_at = now()"
                        + " WHERE i.status IN ('UPCOMING', 'DUE', 'OVERDUE') AND " + DUE_SOON + " AND i.status <> " + status)
                .setParameter(1, today).executeUpdate();
    }

    /** Open instances whose status can change on day ?1 (see {@link #recomputeOpen}). */
    private static final String DUE_SOON = "i.due_date <= CAST(?1 AS date) + " + StatusRule.REMINDER_WINDOW_DAYS;
}
