package org.dutyledger.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.dutyledger.audit.AuditTrail;
import org.dutyledger.audit.Changes;
import org.dutyledger.common.FieldCode;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.Texts;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.security.CurrentUser;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores per target and item, and what follows from them: the total, the grade from the template's bands — POOR
 * whatever the total when a veto item (一票否决) is failed — and the ranking by total (equal totals share a rank).
 * Each target's sheet has its own version, so scorers of different targets do not collide.
 */
@ApplicationScoped
public class InspectionScoring {

    @Inject
    EntityManager em;

    @Inject
    InspectionAccess access;

    @Inject
    OrganizationRepository organizations;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser user;

    @Inject
    SheetRevisions revisions;

    /** One stored score. */
    record Stored(BigDecimal points, Boolean passed, String note, String scoredByName, Instant scoredAt) {
    }

    /** A target's sheet; 404 when the caller may not read it (another target's, or before conclusion). */
    public InspectionViews.ScoreSheet sheet(long inspectionId, long organizationId) {
        Inspection i = access.visible(inspectionId);
        if (!access.readableTargets(i).contains(organizationId)) {
            throw ProblemException.notFound("Inspection target", organizationId);
        }
        return sheet(i, template(i), organizationId);
    }

    @Transactional
    public InspectionViews.ScoreSheet score(long inspectionId, long organizationId, InspectionRequests.Scores req) {
        Inspection i = access.visible(inspectionId);
        if (!access.inspectingSide(i) || !access.targetIds(i.id).contains(organizationId)) {
            throw ProblemException.notFound("Inspection target", organizationId);
        }
        access.requireScorer(i);
        if (i.status == InspectionStatus.CONCLUDED) {
            throw InspectionProblems.concluded();
        }
        if (i.status == InspectionStatus.PLANNED) {
            throw InspectionProblems.transition(i.status, "score");
        }
        @SuppressWarnings("unchecked")
        List<Number> version = em.createNativeQuery("SELECT version FROM inspection_target WHERE inspection_id = ?1"
                + " AND organization_id = ?2 FOR UPDATE").setParameter(1, i.id).setParameter(2, organizationId).getResultList();
        long current = version.get(0).longValue();
        if (req.version() != current) {
            throw ProblemException.versionConflict("Inspection score sheet", i.id + "/" + organizationId, req.version(), current);
        }
        // The status is read again under a share lock on the inspection: a conclusion (which takes it for update)
        // either got in first and wins, or waits until these scores are committed.
        em.lock(i, jakarta.persistence.LockModeType.PESSIMISTIC_READ);
        em.refresh(i);
        if (i.status == InspectionStatus.CONCLUDED) {
            throw InspectionProblems.concluded();
        }
        ScoringTemplate t = template(i);
        List<Object[]> rows = validated(t, req.items());
        Set<String> codes = new java.util.TreeSet<>();
        rows.forEach(r -> codes.add((String) r[0]));
        write(i.id, organizationId, rows);
        InspectionViews.ScoreSheet after = sheet(i, t, organizationId);
        Map<String, Object> data = InspectionService.event(i);
        data.put("targetOrganizationId", organizationId);
        data.put("total", after.total().toPlainString());
        data.put("grade", after.grade().name());
        audit.record("inspection.scored", InspectionService.ENTITY, i.id, i.organizationId, Changes.create()
                .put("targetOrganizationId", null, organizationId).put("items", null, codes.toString())
                .put("total", null, after.total().toPlainString()).put("grade", null, after.grade())
                .put("vetoFailed", null, after.vetoFailed()), data);
        return after;
    }

    /** The items checked against the template: [code, points, passed, note] each; refusals name the field. */
    static List<Object[]> validated(ScoringTemplate t, List<InspectionRequests.Score> items) {
        Set<String> codes = new HashSet<>();
        List<Object[]> rows = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            InspectionRequests.Score s = items.get(k);
            String f = "items[" + k + "]";
            if (s == null || Texts.clean(s.code()) == null) {
                throw ProblemException.invalid(f + ".code", FieldCode.REQUIRED);
            }
            ScoringTemplate.Item item = t.item(s.code().strip());
            if (item == null) {
                throw ProblemException.invalid(f + ".code", FieldCode.UNKNOWN_ITEM, Map.of("code", s.code().strip()));
            }
            if (!codes.add(item.code())) {
                throw ProblemException.invalid(f + ".code", FieldCode.LISTED_TWICE, Map.of("id", item.code()));
            }
            BigDecimal points = null;
            if (s.points() != null) {
                points = ScoringTemplateRules.points(f + ".points", s.points());
                if (points.signum() < 0 || points.compareTo(item.maxPoints()) > 0) {
                    throw ProblemException.invalid(f + ".points", FieldCode.OUT_OF_RANGE,
                            Map.of("min", 0, "max", item.maxPoints().toPlainString()));
                }
            }
            if (s.passed() != null && !item.veto()) {
                throw ProblemException.invalid(f + ".passed", FieldCode.VETO_ONLY);
            }
            rows.add(new Object[]{item.code(), points, s.passed(), Texts.clean(s.note())});
        }
        return rows;
    }

    /** Upserts the items' scores as the caller's and steps the sheet's version. */
    void write(long inspectionId, long organizationId, List<Object[]> rows) {
        Instant now = Instant.now();
        for (Object[] r : rows) {
            @SuppressWarnings("unchecked")
            org.hibernate.query.NativeQuery<Object> q = em.createNativeQuery("INSERT INTO inspection_score (inspection_id,"
                            + " organization_id, item_code, points, passed, note, scored_by_person_id, scored_by_name, scored_at)"
                            + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
                            + " ON CONFLICT (inspection_id, organization_id, item_code) DO UPDATE SET points = EXCLUDED.points,"
                            + " passed = EXCLUDED.passed, note = EXCLUDED.note, scored_by_person_id = EXCLUDED.scored_by_person_id,"
                            + " scored_by_name = EXCLUDED.scored_by_name, scored_at = EXCLUDED.scored_at")
                    .unwrap(org.hibernate.query.NativeQuery.class);
            // Typed binds: a null points or passed must reach PostgreSQL as a numeric or boolean null.
            q.setParameter(1, inspectionId).setParameter(2, organizationId).setParameter(3, r[0])
                    .setParameter(4, (BigDecimal) r[1], BigDecimal.class)
                    .setParameter(5, (Boolean) r[2], Boolean.class)
                    .setParameter(6, (String) r[3], String.class)
                    .setParameter(7, user.personId(), Long.class).setParameter(8, user.displayName())
                    .setParameter(9, now.atOffset(ZoneOffset.UTC)).executeUpdate();
        }
        em.createNativeQuery("UPDATE inspection_target SET version = version + 1 WHERE inspection_id = ?1 AND organization_id = ?2")
                .setParameter(1, inspectionId).setParameter(2, organizationId).executeUpdate();
    }

    InspectionViews.ScoreSheet sheet(Inspection i, ScoringTemplate t, long organizationId) {
        Map<String, Stored> stored = stored(i.id, organizationId);
        @SuppressWarnings("unchecked")
        List<Number> version = em.createNativeQuery("SELECT version FROM inspection_target WHERE inspection_id = ?1 AND organization_id = ?2")
                .setParameter(1, i.id).setParameter(2, organizationId).getResultList();
        List<InspectionViews.ScoreLine> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        boolean vetoFailed = false;
        for (ScoringTemplate.Item item : t.items) {
            Stored s = stored.get(item.code());
            if (s != null && s.points() != null) {
                total = total.add(s.points());
            }
            vetoFailed |= item.veto() && s != null && Boolean.FALSE.equals(s.passed());
            lines.add(new InspectionViews.ScoreLine(item.code(), item.text(), item.method(), item.maxPoints(), item.veto(),
                    item.obligationRuleId(), s == null ? null : s.points(), s == null ? null : s.passed(), s == null ? null : s.note(),
                    s == null ? null : s.scoredByName(), s == null ? null : s.scoredAt()));
        }
        return new InspectionViews.ScoreSheet(organizationId, organizations.require(organizationId).name, version.get(0).longValue(),
                lines, total, t.maxTotal(), grade(t, total, vetoFailed), vetoFailed,
                i.status == InspectionStatus.CONCLUDED ? revisions.of(i.id, organizationId) : List.of());
    }

    /** The band the total falls in; POOR when a veto item failed. */
    static InspectionGrade grade(ScoringTemplate t, BigDecimal total, boolean vetoFailed) {
        if (vetoFailed) {
            return InspectionGrade.POOR;
        }
        return t.grades.stream().filter(b -> total.compareTo(b.minPoints()) >= 0).map(ScoringTemplate.Band::grade).findFirst()
                .orElse(InspectionGrade.POOR);
    }

    /** Every target's row, ranked; the caller's view is cut to {@link InspectionAccess#readableTargets}. */
    public InspectionViews.Results results(long inspectionId) {
        Inspection i = access.visible(inspectionId);
        List<Long> readable = access.readableTargets(i);
        if (readable.isEmpty() && !access.inspectingSide(i)) {
            throw ProblemException.notFound("Inspection results", inspectionId);
        }
        Set<Long> shown = new HashSet<>(readable);
        List<InspectionViews.ResultRow> all = ranked(i, template(i));
        return new InspectionViews.Results(i.id, i.status, all.stream().filter(r -> shown.contains(r.organizationId())).toList());
    }

    /** One grouped query over the scores; only veto items carry passed, so a false one is a failed veto. */
    List<InspectionViews.ResultRow> ranked(Inspection i, ScoringTemplate t) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT t.organization_id, o.name, coalesce(sum(s.points), 0),"
                        + " coalesce(bool_or(s.passed = false), false), count(s.points)"
                        + " FROM inspection_target t JOIN organization o ON o.id = t.organization_id"
                        + " LEFT JOIN inspection_score s ON s.inspection_id = t.inspection_id AND s.organization_id = t.organization_id"
                        + " WHERE t.inspection_id = ?1 GROUP BY t.organization_id, o.name, o.path ORDER BY 3 DESC, o.path")
                .setParameter(1, i.id).getResultList();
        List<InspectionViews.ResultRow> out = new ArrayList<>();
        BigDecimal previous = null;
        int rank = 0;
        for (int k = 0; k < rows.size(); k++) {
            Object[] r = rows.get(k);
            BigDecimal total = ((BigDecimal) r[2]).stripTrailingZeros();
            total = total.scale() < 0 ? total.setScale(0) : total;
            if (previous == null || total.compareTo(previous) != 0) {
                rank = k + 1;
                previous = total;
            }
            boolean veto = Boolean.TRUE.equals(r[3]);
            out.add(new InspectionViews.ResultRow(((Number) r[0]).longValue(), (String) r[1], total, grade(t, total, veto), rank,
                    veto, ((Number) r[4]).intValue()));
        }
        out.sort(Comparator.comparingInt(InspectionViews.ResultRow::rank));
        return out;
    }

    /** Every target's points by item code, for the export. */
    Map<Long, Map<String, BigDecimal>> pointsByTarget(long inspectionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT organization_id, item_code, points FROM inspection_score"
                + " WHERE inspection_id = ?1 AND points IS NOT NULL").setParameter(1, inspectionId).getResultList();
        Map<Long, Map<String, BigDecimal>> out = new HashMap<>();
        rows.forEach(r -> out.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashMap<>())
                .put((String) r[1], (BigDecimal) r[2]));
        return out;
    }

    private Map<String, Stored> stored(long inspectionId, long organizationId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT item_code, points, passed, note, scored_by_name, scored_at"
                        + " FROM inspection_score WHERE inspection_id = ?1 AND organization_id = ?2")
                .setParameter(1, inspectionId).setParameter(2, organizationId).getResultList();
        Map<String, Stored> out = new LinkedHashMap<>();
        for (Object[] r : rows) {
            BigDecimal p = r[1] == null ? null : ((BigDecimal) r[1]).stripTrailingZeros();
            if (p != null && p.scale() < 0) {
                p = p.setScale(0);
            }
            out.put((String) r[0], new Stored(p, (Boolean) r[2], (String) r[3], (String) r[4], instant(r[5])));
        }
        return out;
    }

    ScoringTemplate template(Inspection i) {
        return em.find(ScoringTemplate.class, i.templateId);
    }

    static Instant instant(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Instant in) {
            return in;
        }
        if (v instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) v).toInstant();
    }
}
