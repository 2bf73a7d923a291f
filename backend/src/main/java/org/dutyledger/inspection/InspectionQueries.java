package org.dutyledger.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.common.FieldCode;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.SqlParams;
import org.dutyledger.common.Today;
import org.dutyledger.duty.RequiredRoleVacancies;
import org.dutyledger.obligation.PeriodRecord;
import org.dutyledger.obligation.Periods;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.publication.ReviewCountsOfPeriod;
import org.dutyledger.report.WorkReportsOfPeriod;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Lists and views of inspections, and a target's own record for the period (asked of obligation, report and duty). */
@ApplicationScoped
public class InspectionQueries {

    @Inject
    EntityManager em;

    @Inject
    InspectionAccess access;

    @Inject
    OrganizationRepository organizations;

    @Inject
    PeriodRecord obligations;

    @Inject
    WorkReportsOfPeriod reports;

    @Inject
    RequiredRoleVacancies vacancies;

    @Inject
    ReviewCountsOfPeriod reviews;

    public InspectionViews.Page list(Long organizationId, InspectionStatus status, String period, int page, int size) {
        SqlParams p = SqlParams.forJpa();
        StringBuilder where = new StringBuilder(" WHERE ").append(access.listCondition(p));
        if (organizationId != null) {
            where.append(" AND i.organization_id = ").append(p.bind(organizationId));
        }
        if (status != null) {
            where.append(" AND i.status = ").append(p.bind(status.name()));
        }
        if (period != null) {
            where.append(" AND i.period_key = ").append(p.bind(Periods.parse("period", period).key()));
        }
        String from = " FROM inspection i JOIN organization o ON o.id = i.organization_id";
        long total = ((Number) p.applyTo(em.createNativeQuery("SELECT count(*)" + from + where)).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Inspection> rows = p.applyTo(em.createNativeQuery("SELECT i.*" + from + where
                + " ORDER BY i.starts_on DESC, i.id DESC", Inspection.class)).setFirstResult(page * size).setMaxResults(size)
                .getResultList();
        List<InspectionViews.View> items = new ArrayList<>();
        rows.forEach(i -> items.add(view(i)));
        return new InspectionViews.Page(items, total, page, size);
    }

    public InspectionViews.View view(Inspection i) {
        ScoringTemplate t = em.find(ScoringTemplate.class, i.templateId);
        @SuppressWarnings("unchecked")
        List<Object[]> team = em.createNativeQuery("SELECT p.id, p.name FROM inspection_team m JOIN person p ON p.id = m.person_id"
                + " WHERE m.inspection_id = ?1 ORDER BY p.name, p.id").setParameter(1, i.id).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> targets = em.createNativeQuery("SELECT o.id, o.name FROM inspection_target t JOIN organization o"
                + " ON o.id = t.organization_id WHERE t.inspection_id = ?1 ORDER BY o.path").setParameter(1, i.id).getResultList();
        InspectionViews.Draw draw = i.drawSeed == null ? null
                : new InspectionViews.Draw(Arrays.asList(i.drawCandidateIds), i.drawCount, i.drawSeed);
        return new InspectionViews.View(i.id, i.version, i.organizationId, organizations.require(i.organizationId).name, i.kind,
                i.title, i.periodKey, t.id, t.name, t.revision, i.startsOn, i.endsOn, i.status, i.concludedAt,
                team.stream().map(r -> new InspectionViews.Member(((Number) r[0]).longValue(), (String) r[1])).toList(),
                targets.stream().map(r -> new InspectionViews.Target(((Number) r[0]).longValue(), (String) r[1])).toList(),
                draw, i.fulfilmentId, i.createdAt);
    }

    /** The draw re-run from its inputs (no scope: it is arithmetic over the ids given). */
    public static InspectionViews.DrawResult draw(String candidateIds, String count, String seed) {
        if (candidateIds == null || candidateIds.isBlank()) {
            throw ProblemException.badRequest("candidateIds", FieldCode.REQUIRED);
        }
        List<Long> ids = new ArrayList<>();
        for (String part : candidateIds.split(",")) {
            try {
                long id = Long.parseLong(part.strip());
                if (id <= 0) {
                    throw new NumberFormatException();
                }
                ids.add(id);
            } catch (NumberFormatException e) {
                throw ProblemException.badRequest("candidateIds", FieldCode.NOT_A_WHOLE_NUMBER);
            }
        }
        List<Long> distinct = ids.stream().distinct().toList();
        if (distinct.size() != ids.size()) {
            throw ProblemException.badRequest("candidateIds", FieldCode.LISTED_TWICE, Map.of("id", "candidate"));
        }
        int n = org.dutyledger.common.Params.intInRange("count", count, -1, 1, distinct.size());
        if (n < 0) {
            throw ProblemException.badRequest("count", FieldCode.REQUIRED);
        }
        if (seed == null || seed.isBlank()) {
            throw ProblemException.badRequest("seed", FieldCode.REQUIRED);
        }
        if (seed.length() > 100) {
            throw ProblemException.badRequest("seed", FieldCode.TOO_LONG, Map.of("max", 100));
        }
        String s = seed.strip();
        return new InspectionViews.DrawResult(distinct, n, s, InspectionDraw.draw(distinct, n, s));
    }

    /** The target's record for the inspection's period: for the inspecting side only. */
    public InspectionViews.Record record(long inspectionId, long organizationId) {
        Inspection i = access.visible(inspectionId);
        if (!access.inspectingSide(i) || !access.targetIds(i.id).contains(organizationId)) {
            throw ProblemException.notFound("Inspection target", organizationId);
        }
        Periods.Period period = Periods.parse("period", i.periodKey);
        PeriodRecord.Of o = obligations.of(organizationId, period);
        ReviewCountsOfPeriod.Counts rv = reviews.of(organizationId, period.start(), period.end());
        return new InspectionViews.Record(organizationId, i.periodKey,
                new InspectionViews.ObligationCounts(o.totals().due(), o.totals().fulfilled(), o.totals().overdue(), o.totals().waived()),
                o.byRule().stream().map(r -> new InspectionViews.RuleCounts(r.ruleId(), r.ruleName(), r.kind(), r.due(), r.fulfilled(),
                        r.overdue())).toList(),
                reports.of(organizationId, period).stream().map(r -> new InspectionViews.ReportLine(r.id(), r.kind(), r.period(),
                        r.status(), r.late())).toList(),
                vacancies.on(organizationId, Today.date()).stream().map(v -> new InspectionViews.Vacancy(v.role(), v.since())).toList(),
                new InspectionViews.Reviews(rv.published(), rv.rejected(), rv.retracted()));
    }
}
