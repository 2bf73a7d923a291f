package org.dutyledger.dossier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a package covers: the organization (its own rows only, or its subtree), the period (dates inclusive) and the
 * same period as instants, [fromInstant, toInstant) in the configured time zone. The worker acts as the requester
 * while the parts run, so a part limits its rows with the caller's read scope (security/OrgScope) as any request does.
 */
public record PackageScope(long organizationId, String organizationPath, String organizationName, LocalDate from,
                           LocalDate to, boolean subtree, Instant fromInstant, Instant toInstant) {

    /** Whether an organization path lies in what the package covers (the organization, or its subtree). */
    public boolean covers(String orgPath) {
        return subtree ? orgPath.startsWith(organizationPath) : orgPath.equals(organizationPath);
    }

    /** Whether a day lies in the period. */
    public boolean inPeriod(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    /** Whether an instant lies in the period. */
    public boolean inPeriod(Instant t) {
        return t != null && !t.isBefore(fromInstant) && t.isBefore(toInstant);
    }
}
