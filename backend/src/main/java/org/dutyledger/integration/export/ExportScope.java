package org.dutyledger.integration.export;

import org.dutyledger.common.SqlParams;
import org.dutyledger.security.OrgScope;

/** Which rows an export may contain: what the caller reads, optionally only an organization's subtree. */
public final class ExportScope {

    private final OrgScope scope;
    private final SqlParams params;
    private final String underPath;

    ExportScope(OrgScope scope, SqlParams params, String underPath) {
        this.scope = scope;
        this.params = params;
        this.underPath = underPath;
    }

    /** The condition on an organization path column (e.g. {@code o.path}): readable, and in the subtree asked for. */
    public String visible(String pathColumn) {
        String readable = scope.readCondition(pathColumn, params);
        return underPath == null ? readable : readable + " AND " + pathColumn + " LIKE " + params.bind(underPath + "%");
    }

    /** True when no row is left out: the caller reads everything and asked for no subtree. */
    public boolean everything() {
        return underPath == null && scope.readsEverything();
    }

    /** Binds a value of the query; returns its placeholder. */
    public String bind(Object value) {
        return params.bind(value);
    }

    SqlParams params() {
        return params;
    }
}
