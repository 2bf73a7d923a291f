package org.dutyledger.organization.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The organizations a page of import rows names by code, read in one query per page (every kind refers to them). */
@ApplicationScoped
public class OrgLookups {

    public record Org(long id, String code, String name, String shortName, String type, Long parentId, String parentCode,
                      String path, int sortOrder, boolean active) {
    }

    @Inject
    EntityManager em;

    public Map<String, Org> orgs(Collection<String> codes) {
        Map<String, Org> out = new HashMap<>();
        if (codes.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT o.id, o.code, o.name, o.short_name, o.type, o.parent_id, p.code, o.path, o.sort_order, o.active
                        FROM organization o LEFT JOIN organization p ON p.id = o.parent_id
                        WHERE o.code = ANY(?1)""")
                .setParameter(1, codes.toArray(String[]::new)).getResultList();
        for (Object[] r : rows) {
            out.put((String) r[1], new Org(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    (String) r[4], r[5] == null ? null : ((Number) r[5]).longValue(), (String) r[6], (String) r[7],
                    ((Number) r[8]).intValue(), (Boolean) r[9]));
        }
        return out;
    }
}
