package org.dutyledger.duty;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.dutyledger.common.ProblemException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class DutyAssignmentRepository implements PanacheRepository<DutyAssignment> {

    public DutyAssignment require(long id) {
        DutyAssignment a = findById(id);
        if (a == null) {
            throw ProblemException.notFound("Duty assignment", id);
        }
        return a;
    }

    /**
     * Serializes duty writes per organization for the rest of the transaction: every invariant is keyed by
     * the organization, so the checks in code see what a concurrent writer committed.
     */
    public void lockOrganization(long organizationId) {
        getEntityManager().createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(7301, ?1)) l")
                .setParameter(1, (int) organizationId).getSingleResult();
    }

    /** Scope organization ids of many assignments, in one query. */
    public Map<Long, List<Long>> scopes(Collection<Long> assignmentIds) {
        Map<Long, List<Long>> out = new HashMap<>();
        if (assignmentIds.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        SELECT s.assignment_id, s.organization_id FROM duty_assignment_scope s
                        JOIN organization o ON o.id = s.organization_id
                        WHERE s.assignment_id = ANY(?1) ORDER BY s.assignment_id, o.path""")
                .setParameter(1, assignmentIds.toArray(Long[]::new)).getResultList();
        rows.forEach(r -> out.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                .add(((Number) r[1]).longValue()));
        return out;
    }

    public void replaceScope(long assignmentId, List<Long> organizationIds) {
        getEntityManager().flush();
        getEntityManager().createNativeQuery("DELETE FROM duty_assignment_scope WHERE assignment_id = ?1")
                .setParameter(1, assignmentId).executeUpdate();
        for (Long orgId : organizationIds) {
            getEntityManager().createNativeQuery(
                            "INSERT INTO duty_assignment_scope (assignment_id, organization_id) VALUES (?1, ?2)")
                    .setParameter(1, assignmentId).setParameter(2, orgId).executeUpdate();
        }
    }

    public boolean allowsMultipleDirectResponsible(long organizationId) {
        return (Boolean) getEntityManager().createNativeQuery(
                        "SELECT allow_multiple_direct_responsible FROM organization WHERE id = ?1")
                .setParameter(1, organizationId).getSingleResult();
    }
}
