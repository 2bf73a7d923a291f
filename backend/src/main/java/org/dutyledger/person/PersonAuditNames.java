package org.dutyledger.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.audit.AuditNameSource;
import org.dutyledger.security.OrgScope;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names of people for the audit trail's view, by the rule of the person views ({@link PersonScope}): a person lies
 * where their memberships lie, so one of them must be in the caller's read scope (admin and auditor read all).
 */
@ApplicationScoped
public class PersonAuditNames implements AuditNameSource {

    @Inject
    EntityManager em;

    @Inject
    OrgScope scope;

    @Override
    public String kind() {
        return "person";
    }

    @Override
    public Map<Long, String> readableNames(Collection<Long> ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT p.id, p.name, o.path FROM person p"
                        + " LEFT JOIN " + MembershipSql.withOrganization("m", "o") + " ON m.person_id = p.id"
                        + " WHERE p.id = ANY(?1)")
                .setParameter(1, ids.toArray(Long[]::new)).getResultList();
        boolean everything = scope.readsEverything();
        Map<Long, String> out = new HashMap<>();
        for (Object[] r : rows) {
            String path = (String) r[2];
            if (everything || (path != null && scope.canRead(path))) {
                out.put(((Number) r[0]).longValue(), (String) r[1]);
            }
        }
        return out;
    }
}
