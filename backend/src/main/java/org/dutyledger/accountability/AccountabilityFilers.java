package org.dutyledger.accountability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.dutyledger.audit.AuditTrail;
import org.dutyledger.audit.Changes;
import org.dutyledger.common.FieldCode;
import org.dutyledger.common.Problem;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.SqlParams;
import org.dutyledger.common.SqlValues;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.person.PersonQueries;
import org.dutyledger.security.CurrentUser;
import org.dutyledger.security.OrgScope;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Who may file cases (授权立案): an administrator grants a member of an organization the right to file in its name,
 * and revokes it. Admins and auditors list every grant; a filer lists those of the organizations where they hold one.
 */
@ApplicationScoped
public class AccountabilityFilers {

    static final String ENTITY = "accountability-filer";

    @Inject
    EntityManager em;

    @Inject
    OrgScope scope;

    @Inject
    CurrentUser user;

    @Inject
    CaseVisibility visibility;

    @Inject
    OrganizationRepository organizations;

    @Inject
    PersonQueries people;

    @Inject
    AuditTrail audit;

    public List<AccountabilityViews.Filer> list(Long organizationId) {
        SqlParams params = SqlParams.forJpa();
        StringBuilder where = new StringBuilder("TRUE");
        if (!scope.readsEverything()) {
            List<String> paths = visibility.filerPaths();
            if (paths.isEmpty()) {
                throw ProblemException.forbidden("只有管理员、审计员和授权立案人员可以查看立案授权",
                        "only administrators, auditors and filers see filing grants");
            }
            where.append(" AND (FALSE");
            paths.forEach(p -> where.append(" OR o.path LIKE ").append(params.bind(p + "%")));
            where.append(')');
        }
        if (organizationId != null) {
            where.append(" AND f.organization_id = ").append(params.bind(organizationId));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = params.applyTo(em.createNativeQuery("SELECT f.id, f.organization_id, o.name, f.person_id, p.name,"
                + " f.granted_at, f.granted_by_name FROM accountability_filer f JOIN organization o ON o.id = f.organization_id"
                + " JOIN person p ON p.id = f.person_id WHERE " + where + " ORDER BY o.path, p.name, f.id")).getResultList();
        return rows.stream().map(r -> new AccountabilityViews.Filer(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2], ((Number) r[3]).longValue(), (String) r[4], SqlValues.instant(r[5]), (String) r[6])).toList();
    }

    @Transactional
    public AccountabilityViews.Filer grant(AccountabilityRequests.GrantFiler req) {
        scope.requireAdmin("授予立案权限");
        Organization org = organizations.findById(req.organizationId());
        if (org == null) {
            throw ProblemException.unknownReference("organizationId", "organization", req.organizationId());
        }
        org.requireActive("organizationId");
        if (people.names(List.of(req.personId())).isEmpty()) {
            throw ProblemException.unknownReference("personId", "person", req.personId());
        }
        if (people.memberships(req.personId()).stream().noneMatch(m -> m.organizationId() == org.id)) {
            throw ProblemException.invalid("personId", FieldCode.NOT_A_MEMBER_OF,
                    Map.of("personId", req.personId(), "organizationId", org.id));
        }
        Instant now = Instant.now();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("INSERT INTO accountability_filer (organization_id, person_id, granted_at,"
                        + " granted_by_name) VALUES (?1, ?2, ?3, ?4) ON CONFLICT ON CONSTRAINT accountability_filer_once DO NOTHING RETURNING id")
                .setParameter(1, org.id).setParameter(2, req.personId()).setParameter(3, now.atOffset(ZoneOffset.UTC))
                .setParameter(4, user.displayName()).getResultList();
        if (ids.isEmpty()) {
            throw ProblemException.withErrors(409, "conflict", "Conflict",
                    List.of(Problem.FieldError.of("personId", FieldCode.TAKEN)));
        }
        long id = ids.get(0).longValue();
        audit.record("accountability-filer.granted", ENTITY, id, org.id, Changes.create()
                .put("organizationId", null, org.id).put("personId", null, req.personId()));
        return list(org.id).stream().filter(f -> f.id() == id).findFirst().orElseThrow();
    }

    @Transactional
    public void revoke(long id) {
        scope.requireAdmin("撤销立案权限");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("DELETE FROM accountability_filer WHERE id = ?1 RETURNING organization_id, person_id")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Accountability filer", id);
        }
        long org = ((Number) rows.get(0)[0]).longValue();
        audit.record("accountability-filer.revoked", ENTITY, id, org, Changes.create()
                .put("organizationId", org, null).put("personId", ((Number) rows.get(0)[1]).longValue(), null));
    }
}
