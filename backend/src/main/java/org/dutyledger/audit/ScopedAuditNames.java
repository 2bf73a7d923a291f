package org.dutyledger.audit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.security.OrgScope;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every {@link AuditNameSource} repeats: run the capability's own query and keep the names the caller may read.
 * The query takes the ids as ?1 and answers rows of (id, name, path of the record's organization); a record whose
 * path is null (of no organization) is named for those who read everything only. A record may come back in several
 * rows (a person with several memberships): one readable row names it.
 */
public abstract class ScopedAuditNames implements AuditNameSource {

    private final String kind;
    private final String namesSql;

    @Inject
    EntityManager em;

    @Inject
    OrgScope scope;

    /** The kind of record named, and the capability's query over its own tables (see the class comment). */
    protected ScopedAuditNames(String kind, String namesSql) {
        this.kind = kind;
        this.namesSql = namesSql;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public Map<Long, String> readableNames(Collection<Long> ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(namesSql)
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
