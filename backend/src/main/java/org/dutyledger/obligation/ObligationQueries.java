package org.dutyledger.obligation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.SqlParams;
import org.dutyledger.common.Today;
import org.dutyledger.duty.DutyRole;
import org.dutyledger.duty.HeldOn;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationQueries;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.organization.OrganizationType;
import org.dutyledger.organization.OrganizationRef;
import org.dutyledger.security.CurrentUser;
import org.dutyledger.security.OrgScope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rules and instances as the API shows them: scope-filtered lists, views with names, responsible people. */
@ApplicationScoped
public class ObligationQueries {

    @Inject
    EntityManager em;

    @Inject
    OrgScope scope;

    @Inject
    CurrentUser user;

    @Inject
    OrganizationQueries organizationQueries;

    @Inject
    OrganizationRepository organizations;

    public record InstanceFilter(Organization under, Periods.Period period, ObligationStatus status) {
    }

    // ---- rules

    public ObligationViews.RulePage rules(Organization issuer, boolean includeRetired, int page, int size) {
        SqlParams p = SqlParams.forJpa();
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.readOrBelowCondition("o.path", p));
        if (issuer != null) {
            where.append(" AND r.issuer_organization_id = ").append(p.bind(issuer.id));
        }
        if (!includeRetired) {
            where.append(" AND r.retired_at IS NULL AND r.superseded_by_id IS NULL");
        }
        String from = " FROM obligation_rule r JOIN organization o ON o.id = r.issuer_organization_id" + where;
        long total = ((Number) p.applyTo(em.createNativeQuery("SELECT count(*)" + from)).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<ObligationRule> rows = p.applyTo(em.createNativeQuery("SELECT r.*" + from + " ORDER BY o.path, r.series_id, r.id",
                ObligationRule.class)).setFirstResult(page * size).setMaxResults(size).getResultList();
        return new ObligationViews.RulePage(ruleViews(rows), total, page, size);
    }

    public ObligationViews.Rule ruleView(ObligationRule rule) {
        return ruleViews(List.of(rule)).get(0);
    }

    List<ObligationViews.Rule> ruleViews(List<ObligationRule> rules) {
        Map<Long, OrganizationRef> refs = organizationQueries.refs(rules.stream().map(r -> r.issuerOrganizationId).distinct().toList());
        return rules.stream().map(r -> new ObligationViews.Rule(r.id, r.version, r.seriesId, refs.get(r.issuerOrganizationId),
                r.issuerOrganizationId, r.title, r.kind, r.period, r.minCount, r.dueMonthDay,
                Arrays.stream(r.appliesTo).map(OrganizationType::valueOf).toList(), r.includeIssuer,
                r.perHolderRole == null ? null : DutyRole.valueOf(r.perHolderRole), DutyRole.valueOf(r.accountableRole),
                r.basis, r.validFrom, r.validTo, r.retired(), r.retireReason, r.supersededById, r.createdAt)).toList();
    }

    // ---- instances

    private static final String INSTANCE_COLUMNS = "SELECT i.id, i.version, i.rule_id, r.title, r.kind, i.organization_id,"
            + " i.period_key, i.period_start, i.period_end, i.due_date, i.holder_person_id, hp.name, i.min_count, i.met_count,"
            + " i.status, i.waived_reason";
    private static final String INSTANCE_FROM = " FROM obligation_instance i JOIN obligation_rule r ON r.id = i.rule_id"
            + " JOIN organization o ON o.id = i.organization_id LEFT JOIN person hp ON hp.id = i.holder_person_id";

    public ObligationViews.InstancePage instances(InstanceFilter f, int page, int size) {
        SqlParams p = SqlParams.forJpa();
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.readCondition("o.path", p));
        if (f.under() != null) {
            where.append(" AND o.path LIKE ").append(p.bind(f.under().path + "%"));
        }
        if (f.period() != null) {
            where.append(" AND i.period_start >= ").append(p.bind(f.period().start()))
                    .append(" AND i.period_end <= ").append(p.bind(f.period().end()));
        }
        if (f.status() != null) {
            where.append(" AND i.status = ").append(p.bind(f.status().name()));
        }
        long total = ((Number) p.applyTo(em.createNativeQuery("SELECT count(*)" + INSTANCE_FROM + where)).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = p.applyTo(em.createNativeQuery(INSTANCE_COLUMNS + INSTANCE_FROM + where
                + " ORDER BY i.due_date, o.path, r.series_id, i.id")).setFirstResult(page * size).setMaxResults(size).getResultList();
        return new ObligationViews.InstancePage(instanceViews(rows), total, page, size);
    }

    /** What the caller's own organizations (and the caller as a holder) owe: open ones and those due lately, soonest first. */
    public List<ObligationViews.Instance> mine() {
        Long personId = user.personId();
        List<Long> orgs = user.memberships().stream().map(m -> m.organizationId()).distinct().toList();
        if (personId == null && orgs.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(INSTANCE_COLUMNS + INSTANCE_FROM
                        + " WHERE (i.organization_id = ANY(?1) OR i.holder_person_id = ?2)"
                        + " AND (i.status IN ('UPCOMING', 'DUE', 'OVERDUE') OR i.due_date >= ?3)"
                        + " ORDER BY i.due_date, o.path, r.series_id, i.id")
                .setParameter(1, orgs.toArray(Long[]::new)).setParameter(2, personId == null ? -1L : personId)
                .setParameter(3, Today.date().minusDays(92)).setMaxResults(500).getResultList();
        return instanceViews(rows);
    }

    /** The organization's instances whose period lies in the year (its calendar). */
    public List<ObligationViews.Instance> calendar(Organization org, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(INSTANCE_COLUMNS + INSTANCE_FROM
                        + " WHERE i.organization_id = ?1 AND i.period_start >= ?2 AND i.period_end <= ?3"
                        + " ORDER BY i.due_date, r.series_id, i.id")
                .setParameter(1, org.id).setParameter(2, LocalDate.of(year, 1, 1)).setParameter(3, LocalDate.of(year, 12, 31))
                .getResultList();
        return instanceViews(rows);
    }

    public ObligationViews.Instance instance(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(INSTANCE_COLUMNS + INSTANCE_FROM + " WHERE i.id = ?1")
                .setParameter(1, id).getResultList();
        return instanceViews(rows).get(0);
    }

    public List<ObligationViews.FulfilmentSummary> fulfilmentsOf(long instanceId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT f.id, f.happened_on, f.title, f.kind, f.late,"
                        + " (SELECT count(*) FROM fulfilment_attachment a WHERE a.record_id = f.id)"
                        + " FROM fulfilment_record f JOIN fulfilment_record_instance l ON l.record_id = f.id"
                        + " WHERE l.instance_id = ?1 ORDER BY f.happened_on, f.id").setParameter(1, instanceId).getResultList();
        return rows.stream().map(r -> new ObligationViews.FulfilmentSummary(Rows.l(r[0]), Rows.date(r[1]), (String) r[2],
                ObligationKind.valueOf((String) r[3]), (Boolean) r[4], Rows.i(r[5]))).toList();
    }

    List<ObligationViews.Instance> instanceViews(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> Rows.l(r[0])).toList();
        Map<Long, OrganizationRef> refs = organizationQueries.refs(rows.stream().map(r -> Rows.l(r[5])).distinct().toList());
        Map<Long, List<ObligationViews.PersonRef>> responsible = responsible(ids);
        Map<Long, List<Long>> records = recordIds(ids);
        List<ObligationViews.Instance> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            long id = Rows.l(r[0]);
            out.add(new ObligationViews.Instance(id, Rows.l(r[1]), Rows.l(r[2]), (String) r[3], ObligationKind.valueOf((String) r[4]),
                    refs.get(Rows.l(r[5])), (String) r[6], Rows.date(r[7]), Rows.date(r[8]), Rows.date(r[9]),
                    r[10] == null ? null : new ObligationViews.PersonRef(Rows.l(r[10]), (String) r[11]), Rows.i(r[12]),
                    Rows.i(r[13]), ObligationStatus.valueOf((String) r[14]), responsible.getOrDefault(id, List.of()),
                    (String) r[15], records.getOrDefault(id, List.of())));
        }
        return out;
    }

    /** Holders of each instance's accountable role on its due date, or today while the due date is ahead. */
    Map<Long, List<ObligationViews.PersonRef>> responsible(List<Long> instanceIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT i.id, p.id AS person_id, p.name FROM obligation_instance i"
                        + " JOIN obligation_rule r ON r.id = i.rule_id"
                        + " JOIN LATERAL (" + HeldOn.holdersOf("r.accountable_role", "least(i.due_date, CAST(?2 AS date))")
                        + ") h ON h.organization_id = i.organization_id JOIN person p ON p.id = h.person_id"
                        + " WHERE i.id = ANY(?1) ORDER BY i.id, p.name, p.id")
                .setParameter(1, instanceIds.toArray(Long[]::new)).setParameter(2, Today.date()).getResultList();
        Map<Long, List<ObligationViews.PersonRef>> out = new HashMap<>();
        for (Object[] r : rows) {
            out.computeIfAbsent(Rows.l(r[0]), k -> new ArrayList<>()).add(new ObligationViews.PersonRef(Rows.l(r[1]), (String) r[2]));
        }
        return out;
    }

    private Map<Long, List<Long>> recordIds(List<Long> instanceIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT instance_id, record_id FROM fulfilment_record_instance"
                + " WHERE instance_id = ANY(?1) ORDER BY instance_id, record_id").setParameter(1, instanceIds.toArray(Long[]::new))
                .getResultList();
        Map<Long, List<Long>> out = new LinkedHashMap<>();
        for (Object[] r : rows) {
            out.computeIfAbsent(Rows.l(r[0]), k -> new ArrayList<>()).add(Rows.l(r[1]));
        }
        return out;
    }

    /** The instance's organization path, or 404 when it does not exist or lies outside the caller's read scope. */
    public InstanceRow requireVisible(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT i.id, i.version, i.organization_id, o.path, r.issuer_organization_id,"
                        + " i.status, i.due_date FROM obligation_instance i JOIN organization o ON o.id = i.organization_id"
                        + " JOIN obligation_rule r ON r.id = i.rule_id WHERE i.id = ?1")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty() || !scope.canRead((String) rows.get(0)[3])) {
            throw ProblemException.notFound("Obligation", id);
        }
        Object[] r = rows.get(0);
        return new InstanceRow(Rows.l(r[0]), Rows.l(r[1]), Rows.l(r[2]), (String) r[3], Rows.l(r[4]),
                ObligationStatus.valueOf((String) r[5]), Rows.date(r[6]));
    }

    public record InstanceRow(long id, long version, long organizationId, String organizationPath, long issuerOrganizationId,
                              ObligationStatus status, LocalDate dueDate) {
    }
}
