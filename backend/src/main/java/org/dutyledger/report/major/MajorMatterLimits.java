package org.dutyledger.report.major;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.dutyledger.audit.AuditTrail;
import org.dutyledger.audit.Changes;
import org.dutyledger.common.FieldCode;
import org.dutyledger.common.ProblemException;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.security.OrgScope;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * An organization's limits as a recipient of major matters: hours from learning to report, hours to acknowledge.
 * Without a stored row the defaults apply (version 0); the first change stores version 1.
 */
@ApplicationScoped
public class MajorMatterLimits {

    @Inject
    EntityManager em;

    @Inject
    OrgScope scope;

    @Inject
    OrganizationRepository organizations;

    @Inject
    AuditTrail audit;

    /** Read by the organization's readers and by those below it, who report to it. */
    public MajorMatterViews.Limits get(long organizationId) {
        Organization org = organizations.findById(organizationId);
        if (org == null || !scope.canReadOrBelow(org.path)) {
            throw ProblemException.notFound("Organization", organizationId);
        }
        return of(org.id);
    }

    /** The limits in force for a recipient (no scope check: the reporting side needs them). */
    MajorMatterViews.Limits of(long organizationId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT report_hours, ack_hours, version FROM major_matter_limit"
                + " WHERE organization_id = ?1").setParameter(1, organizationId).getResultList();
        if (rows.isEmpty()) {
            return new MajorMatterViews.Limits(organizationId, MajorMatterDeadlines.DEFAULT_REPORT_HOURS,
                    MajorMatterDeadlines.DEFAULT_ACK_HOURS, 0);
        }
        Object[] r = rows.get(0);
        return new MajorMatterViews.Limits(organizationId, ((Number) r[0]).intValue(), ((Number) r[1]).intValue(),
                ((Number) r[2]).longValue());
    }

    @Transactional
    public MajorMatterViews.Limits set(long organizationId, MajorMatterRequests.Limits req) {
        Organization org = organizations.findById(organizationId);
        if (org == null || !scope.canRead(org.path)) {
            throw ProblemException.notFound("Organization", organizationId);
        }
        scope.requireWrite(org.path, "Organization", org.id);
        if (req.version() == null) {
            throw ProblemException.invalid("version", FieldCode.REQUIRED);
        }
        MajorMatterViews.Limits before = of(org.id);
        Instant now = Instant.now();
        // The version is the guard: a first change inserts only where no row is, a later one updates only its version.
        int written = before.version() == 0 && req.version() == 0
                ? em.createNativeQuery("INSERT INTO major_matter_limit (organization_id, report_hours, ack_hours, version, updated_at)"
                        + " VALUES (?1, ?2, ?3, 1, ?4) ON CONFLICT DO NOTHING").setParameter(1, org.id)
                .setParameter(2, req.reportHours()).setParameter(3, req.ackHours())
                .setParameter(4, now.atOffset(ZoneOffset.UTC)).executeUpdate()
                : em.createNativeQuery("UPDATE major_matter_limit SET report_hours = ?2, ack_hours = ?3, version = version + 1,"
                        + " updated_at = ?4 WHERE organization_id = ?1 AND version = ?5").setParameter(1, org.id)
                .setParameter(2, req.reportHours()).setParameter(3, req.ackHours())
                .setParameter(4, now.atOffset(ZoneOffset.UTC)).setParameter(5, req.version()).executeUpdate();
        if (written == 0) {
            throw ProblemException.versionConflict("Major-matter limits", org.id, req.version(), of(org.id).version());
        }
        audit.record("major-matter.limits-changed", "major-matter-limits", org.id, org.id, Changes.create()
                .put("reportHours", before.reportHours(), req.reportHours()).put("ackHours", before.ackHours(), req.ackHours()));
        return of(org.id);
    }
}
