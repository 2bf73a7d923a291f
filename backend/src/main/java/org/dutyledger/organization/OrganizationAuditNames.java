package org.dutyledger.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.audit.AuditNameSource;
import org.dutyledger.security.OrgScope;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Names of organizations for the audit trail's view: those in the caller's read scope (by their organization's path). */
@ApplicationScoped
public class OrganizationAuditNames implements AuditNameSource {

    @Inject
    EntityManager em;

    @Inject
    OrgScope scope;

    @Override
    public String kind() {
        return "organization";
    }

    @Override
    public Map<Long, String> readableNames(Collection<Long> ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT o.id, o.name, o.path FROM organization o WHERE o.id = ANY(?1)")
                .setParameter(1, ids.toArray(Long[]::new)).getResultList();
        Map<Long, String> out = new HashMap<>();
        for (Object[] r : rows) {
            if (scope.canRead((String) r[2])) {
                out.put(((Number) r[0]).longValue(), (String) r[1]);
            }
        }
        return out;
    }
}
