package org.dutyledger.inspection.rectification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.dutyledger.audit.AuditTrail;
import org.dutyledger.audit.Changes;
import org.dutyledger.common.FieldCode;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.Texts;
import org.dutyledger.inspection.InspectionFacts;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.security.CurrentUser;
import org.dutyledger.security.OrgScope;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Findings (问题): raised by staff of an organization above the target, or by the target itself in a self-check. */
@ApplicationScoped
public class FindingService {

    static final String ENTITY = "finding";

    @Inject
    EntityManager em;

    @Inject
    OrgScope scope;

    @Inject
    CurrentUser user;

    @Inject
    OrganizationRepository organizations;

    @Inject
    AuditTrail audit;

    @Inject
    InspectionFacts inspections;

    /** A finding whose target the caller may read; 404 otherwise. */
    public Finding get(long id) {
        Finding f = em.find(Finding.class, id);
        if (f == null || !scope.canRead(organizations.require(f.targetOrganizationId).path)) {
            throw ProblemException.notFound("Finding", id);
        }
        return f;
    }

    @Transactional
    public Finding raise(RectificationRequests.RaiseFinding req) {
        Organization target = organizations.findById(req.targetOrganizationId());
        if (target == null || !scope.canRead(target.path)) {
            throw ProblemException.unknownReference("targetOrganizationId", "organization", req.targetOrganizationId());
        }
        if (!target.active) {
            throw ProblemException.invalid("targetOrganizationId", FieldCode.DISSOLVED, Map.of("organizationId", target.id));
        }
        Organization raising = organizations.findById(req.raisingOrganizationId());
        if (raising == null || !scope.canReadOrBelow(raising.path)) {
            throw ProblemException.unknownReference("raisingOrganizationId", "organization", req.raisingOrganizationId());
        }
        if (req.source() == FindingSource.SELF_CHECK) {
            if (!raising.id.equals(target.id)) {
                throw ProblemException.invalid("raisingOrganizationId", FieldCode.SELF_CHECK_BY_TARGET);
            }
        } else if (raising.id.equals(target.id) || !target.path.startsWith(raising.path)) {
            throw ProblemException.invalid("raisingOrganizationId", FieldCode.NOT_AN_ANCESTOR, Map.of("organization", target.name));
        }
        // Raised in the name of an organization where the caller is STAFF (a finding of the level above, not about it).
        if (!scope.canWrite(raising.path)) {
            throw ProblemException.invalid("raisingOrganizationId", FieldCode.NOT_IN_SCOPE);
        }
        if (req.source() != FindingSource.INSPECTION) {
            if (req.inspectionId() != null) {
                throw ProblemException.invalid("inspectionId", FieldCode.INSPECTION_ONLY);
            }
            if (Texts.clean(req.itemCode()) != null) {
                throw ProblemException.invalid("itemCode", FieldCode.INSPECTION_ONLY);
            }
        } else if (req.inspectionId() == null) {
            throw ProblemException.invalid("inspectionId", FieldCode.REQUIRED);
        }
        if (req.source() == FindingSource.INSPECTION) {
            inspections.requireFindingSource(req.inspectionId(), raising.id, target.id, target.name, Texts.clean(req.itemCode()));
        }
        String description = Texts.clean(req.description());
        if (description == null) {
            throw ProblemException.invalid("description", FieldCode.REQUIRED);
        }
        Instant now = Instant.now();
        Finding f = new Finding();
        f.targetOrganizationId = target.id;
        f.raisingOrganizationId = raising.id;
        f.source = req.source();
        f.inspectionId = req.inspectionId();
        f.itemCode = Texts.clean(req.itemCode());
        f.description = description;
        f.severity = req.severity();
        f.raisedByPersonId = user.personId();
        f.raisedByName = user.displayName();
        f.createdAt = f.updatedAt = now;
        em.persist(f);
        em.flush();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("findingId", f.id);
        data.put("targetOrganizationId", f.targetOrganizationId);
        data.put("raisingOrganizationId", f.raisingOrganizationId);
        data.put("source", f.source.name());
        data.put("inspectionId", f.inspectionId);
        data.put("severity", f.severity.name());
        audit.record("finding.raised", ENTITY, f.id, target.id, Changes.create()
                .put("raisingOrganizationId", null, f.raisingOrganizationId).put("source", null, f.source)
                .put("inspectionId", null, f.inspectionId).put("itemCode", null, f.itemCode)
                .put("severity", null, f.severity).put("description", null, f.description), data);
        return f;
    }
}
