package org.dutyledger.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.common.FieldCode;
import org.dutyledger.common.ProblemException;

import java.util.Map;

/**
 * What a finding may say about the inspection it comes from: the inspection was held by the raising organization, the
 * target was one of its targets and the item is on its scoring sheet. Refusals name the request's fields.
 */
@ApplicationScoped
public class InspectionFacts {

    @Inject
    EntityManager em;

    @Inject
    InspectionAccess access;

    public void requireFindingSource(long inspectionId, long raisingOrganizationId, long targetOrganizationId,
            String targetName, String itemCode) {
        Inspection i = em.find(Inspection.class, inspectionId);
        if (i == null || i.organizationId != raisingOrganizationId) {
            throw ProblemException.unknownReference("inspectionId", "inspection", inspectionId);
        }
        if (!access.targetIds(i.id).contains(targetOrganizationId)) {
            throw ProblemException.invalid("targetOrganizationId", FieldCode.NOT_INSPECTED, Map.of("organization", targetName));
        }
        if (itemCode != null && em.find(ScoringTemplate.class, i.templateId).item(itemCode) == null) {
            throw ProblemException.invalid("itemCode", FieldCode.UNKNOWN_ITEM, Map.of("code", itemCode));
        }
    }
}
