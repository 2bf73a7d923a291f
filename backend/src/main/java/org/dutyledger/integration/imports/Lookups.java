package org.dutyledger.integration.imports;

import jakarta.persistence.EntityManager;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Batched reads for a page of rows: one query per page, not per row. The lookups of what rows refer to live with
 * the capability that owns the table (e.g. organization/imports/OrgLookups).
 */
public final class Lookups {

    private Lookups() {
    }

    /** The keys of a page's rows that a one-column query (taking the keys as ?1) finds. */
    public static Set<String> existing(EntityManager em, String sql, List<ImportRow> page, RowHandler handler) {
        List<String> keys = page.stream().map(handler::rowKey).filter(Objects::nonNull).toList();
        if (keys.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<String> found = em.createNativeQuery(sql).setParameter(1, keys.toArray(String[]::new)).getResultList();
        return new HashSet<>(found);
    }
}
