package org.dutyledger.inspection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The kept revisions of a concluded inspection's score sheets: revision 1 is the sheet as concluded, each correction
 * adds the next with its reason. A snapshot copies the current scores (inspection_score) as they stand.
 */
@ApplicationScoped
public class SheetRevisions {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** The highest revision kept, 0 when the sheet was never corrected. */
    int latest(long inspectionId, long organizationId) {
        return ((Number) em.createNativeQuery("SELECT coalesce(max(revision), 0) FROM inspection_sheet_revision"
                + " WHERE inspection_id = ?1 AND organization_id = ?2").setParameter(1, inspectionId).setParameter(2, organizationId)
                .getSingleResult()).intValue();
    }

    /** Keeps the current scores as the given revision. */
    void snapshot(long inspectionId, long organizationId, int revision, InspectionViews.ScoreSheet sheet, String reason,
            String madeByName, Instant madeAt) {
        em.createNativeQuery("INSERT INTO inspection_sheet_revision (inspection_id, organization_id, revision, items, total, grade,"
                        + " veto_failed, reason, made_by_name, made_at) SELECT ?1, ?2, ?3, coalesce(jsonb_agg(jsonb_build_object("
                        + "'code', item_code, 'points', points, 'passed', passed, 'note', note) ORDER BY item_code), '[]'::jsonb),"
                        + " ?4, ?5, ?6, ?7, ?8, ?9 FROM inspection_score WHERE inspection_id = ?1 AND organization_id = ?2")
                .setParameter(1, inspectionId).setParameter(2, organizationId).setParameter(3, revision)
                .setParameter(4, sheet.total()).setParameter(5, sheet.grade().name()).setParameter(6, sheet.vetoFailed())
                .setParameter(7, reason).setParameter(8, madeByName).setParameter(9, madeAt.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    /** Every kept revision, oldest first. */
    List<InspectionViews.SheetRevision> of(long inspectionId, long organizationId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT revision, CAST(items AS text), total, grade, veto_failed, reason,"
                        + " made_by_name, made_at FROM inspection_sheet_revision WHERE inspection_id = ?1 AND organization_id = ?2"
                        + " ORDER BY revision").setParameter(1, inspectionId).setParameter(2, organizationId).getResultList();
        List<InspectionViews.SheetRevision> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new InspectionViews.SheetRevision(((Number) r[0]).intValue(), items((String) r[1]), plain((BigDecimal) r[2]),
                    InspectionGrade.valueOf((String) r[3]), (Boolean) r[4], (String) r[5], (String) r[6],
                    InspectionScoring.instant(r[7])));
        }
        return out;
    }

    private List<InspectionViews.RevisedScore> items(String text) {
        try {
            List<InspectionViews.RevisedScore> out = new ArrayList<>();
            for (JsonNode n : json.readTree(text)) {
                out.add(new InspectionViews.RevisedScore(n.get("code").asText(),
                        n.get("points").isNull() ? null : plain(n.get("points").decimalValue()),
                        n.get("passed").isNull() ? null : n.get("passed").asBoolean(),
                        n.get("note").isNull() ? null : n.get("note").asText()));
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("inspection_sheet_revision.items is not JSON", e);
        }
    }

    static BigDecimal plain(BigDecimal v) {
        BigDecimal p = v.stripTrailingZeros();
        return p.scale() < 0 ? p.setScale(0) : p;
    }
}
