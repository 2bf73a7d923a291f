package org.dutyledger.obligation;

import org.dutyledger.person.PersonQueries;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.common.Today;
import org.dutyledger.duty.DutyRole;
import org.dutyledger.duty.HeldOn;
import org.dutyledger.notification.Notifications;
import org.dutyledger.outbox.Outbox;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reminders at 30, 7 and 1 days before the due date and once overdue, to the holders of the accountable role;
 * escalation to the organization's 第一责任人 after 7 days overdue and to the issuing organization's staff after 15.
 * Each step of an instance is sent once: the step is written to obligation_reminder_sent (unique per instance and
 * step) in the transaction that sends it, and instances are claimed with FOR UPDATE SKIP LOCKED, so two service
 * instances never send the same step twice. A step missed while the service was down is replaced by the current one.
 */
@ApplicationScoped
public class ObligationReminders {

    static final int BATCH = 100;

    @Inject
    PersonQueries personQueries;

    @Inject
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    Outbox outbox;

    @Scheduled(every = "${dutyledger.obligations.remind-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        send(Today.date());
    }

    /** Sends every step due on `today`; returns how many steps were sent. */
    public int send(LocalDate today) {
        int total = 0;
        while (true) {
            int sent = QuarkusTransaction.requiringNew().call(() -> batch(today));
            if (sent == 0) {
                return total;
            }
            total += sent;
        }
    }

    /** The step due for instance `i` on `today` (null: none), as SQL. */
    static String stepSql(String i, String today) {
        return "CASE WHEN " + today + " <= " + i + ".due_date THEN CASE"
                + " WHEN " + i + ".due_date - " + today + " <= 1 THEN 'DUE_1'"
                + " WHEN " + i + ".due_date - " + today + " <= 7 THEN 'DUE_7'"
                + " WHEN " + i + ".due_date - " + today + " <= 30 THEN 'DUE_30' END"
                + " WHEN " + today + " - " + i + ".due_date >= 15 THEN 'ESCALATED_15'"
                + " WHEN " + today + " - " + i + ".due_date >= 7 THEN 'ESCALATED_7'"
                + " ELSE 'OVERDUE' END";
    }

    int batch(LocalDate today) {
        String step = stepSql("i", "CAST(?1 AS date)");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT i.id, i.organization_id, i.due_date, r.title, r.accountable_role,"
                        + " r.issuer_organization_id, i.holder_person_id, o.name, " + step + " AS step"
                        + " FROM obligation_instance i JOIN obligation_rule r ON r.id = i.rule_id"
                        + " JOIN organization o ON o.id = i.organization_id"
                        + " WHERE i.status IN ('UPCOMING', 'DUE', 'OVERDUE') AND (" + step + ") IS NOT NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM obligation_reminder_sent s WHERE s.instance_id = i.id AND s.step = (" + step + "))"
                        + " ORDER BY i.due_date, i.id LIMIT " + BATCH + " FOR UPDATE OF i SKIP LOCKED")
                .setParameter(1, today).getResultList();
        int sent = 0;
        for (Object[] r : rows) {
            long id = Rows.l(r[0]);
            String s = (String) r[8];
            int claimed = em.createNativeQuery("INSERT INTO obligation_reminder_sent (instance_id, step, sent_at)"
                    + " VALUES (?1, ?2, now()) ON CONFLICT DO NOTHING").setParameter(1, id).setParameter(2, s).executeUpdate();
            if (claimed == 0) {
                continue;
            }
            sent++;
            long orgId = Rows.l(r[1]);
            LocalDate due = Rows.date(r[2]);
            String title = (String) r[3];
            String orgName = (String) r[7];
            Set<Long> to = recipients(s, orgId, (String) r[4], Rows.l(r[5]), Rows.optL(r[6]), today);
            String type = s.startsWith("DUE") ? "obligation.due-soon" : s.equals("OVERDUE") ? "obligation.overdue" : "obligation.escalated";
            String text = switch (s) {
                case "DUE_30", "DUE_7", "DUE_1" -> "工作要求提醒：" + orgName + "《" + title + "》将于 " + due + " 到期";
                case "OVERDUE" -> "工作要求逾期：" + orgName + "《" + title + "》已于 " + due + " 到期，尚未完成";
                default -> "工作要求逾期督办：" + orgName + "《" + title + "》逾期超过 " + (s.equals("ESCALATED_7") ? 7 : 15) + " 天";
            };
            for (Long person : to) {
                notifications.notifyOnce(person, orgId, type.toUpperCase().replace('.', '_').replace('-', '_'), "obligation:" + id + ":" + s,
                        text, "/obligations/" + id);
            }
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("type", type);
            payload.put("obligationId", id);
            payload.put("organizationId", orgId);
            payload.put("title", title);
            payload.put("dueDate", due.toString());
            payload.put("step", s);
            payload.put("recipientPersonIds", List.copyOf(to));
            outbox.add(type, orgId, "obligation", id, payload);
        }
        return rows.size();
    }

    private Set<Long> recipients(String step, long orgId, String accountableRole, long issuerId, Long holder, LocalDate today) {
        Set<Long> to = new LinkedHashSet<>();
        switch (step) {
            case "ESCALATED_7" -> to.addAll(holders(orgId, DutyRole.FIRST_RESPONSIBLE.name(), today));
            case "ESCALATED_15" -> to.addAll(staffOf(issuerId));
            default -> {
                to.addAll(holders(orgId, accountableRole, today));
                if (holder != null) {
                    to.add(holder);
                }
            }
        }
        return to;
    }

    private List<Long> holders(long orgId, String role, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT h.person_id FROM (" + HeldOn.holdersOf("?1", "CAST(?2 AS date)")
                + ") h WHERE h.organization_id = ?3").setParameter(1, role).setParameter(2, day).setParameter(3, orgId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    private List<Long> staffOf(long orgId) {
        return personQueries.activeStaffOf(orgId);
    }
}
