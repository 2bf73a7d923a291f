package org.dutyledger.obligation;

import org.dutyledger.common.FieldCode;
import org.dutyledger.common.Problem;
import java.util.List;
import java.util.Map;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.dutyledger.audit.AuditTrail;
import org.dutyledger.audit.Changes;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.Texts;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.security.CurrentUser;

/** Waivers: the issuing level excuses one instance, with a reason; never the obligated organization itself. */
@ApplicationScoped
public class ObligationService {

    static final String ENTITY = "obligation";

    @Inject
    EntityManager em;

    @Inject
    ObligationQueries queries;

    @Inject
    ObligationRuleService rules;

    @Inject
    OrganizationRepository organizations;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;


    @Transactional
    public long waive(long id, ObligationRequests.Waive req) {
        ObligationQueries.InstanceRow row = queries.requireVisible(id);
        rules.requireIssuerStaff(organizations.require(row.issuerOrganizationId()), "obligation", id);
        String reason = Texts.clean(req.reason());
        if (reason == null) {
            throw ProblemException.invalid("reason", FieldCode.REQUIRED);
        }
        if (row.status() == ObligationStatus.WAIVED) {
            throw ProblemException.withErrors(409, "conflict", "Conflict",
                    List.of(Problem.FieldError.of("id", FieldCode.ALREADY_WAIVED, Map.of("obligationId", id))));
        }
        int changed = em.createNativeQuery("UPDATE obligation_instance SET waived_reason = ?3, waived_at = now(),"
                        + " waived_by_person_id = ?4, status = 'WAIVED', version = version + 1, updated_at = now()"
                        + " WHERE id = ?1 AND version = ?2")
                .setParameter(1, id).setParameter(2, req.version()).setParameter(3, reason).setParameter(4, user.personId())
                .executeUpdate();
        if (changed == 0) {
            throw ProblemException.versionConflict("Obligation", id, req.version(), row.version());
        }
        audit.record("obligation.waived", ENTITY, id, row.organizationId(), Changes.create()
                .put("status", row.status(), ObligationStatus.WAIVED).put("reason", null, reason));
        return id;
    }
}
