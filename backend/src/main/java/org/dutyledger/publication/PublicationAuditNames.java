package org.dutyledger.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.audit.AuditNameSource;
import org.dutyledger.security.OrgScope;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Titles of publications for the audit trail's view: those in the caller's read scope (by their organization's path). */
@ApplicationScoped
public class PublicationAuditNames implements AuditNameSource {

    @Inject
    EntityManager em;

    @Inject
    OrgScope scope;

    @Override
    public String kind() {
        return "publication";
    }

    @Override
    public Map<Long, String> readableNames(Collection<Long> ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT p.id, p.title, o.path FROM publication p JOIN organization o ON o.id = p.organization_id WHERE p.id = ANY(?1)")
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
