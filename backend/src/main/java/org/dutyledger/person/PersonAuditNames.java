package org.dutyledger.person;

import jakarta.enterprise.context.ApplicationScoped;
import org.dutyledger.audit.ScopedAuditNames;

/**
 * Names of people for the audit trail's view, by the rule of the person views ({@link PersonScope}): a person lies
 * where their memberships lie, so one of them must be in the caller's read scope (admin and auditor read all).
 */
@ApplicationScoped
public class PersonAuditNames extends ScopedAuditNames {

    public PersonAuditNames() {
        super("person", "SELECT p.id, p.name, o.path FROM person p"
                + " LEFT JOIN " + MembershipSql.withOrganization("m", "o") + " ON m.person_id = p.id"
                + " WHERE p.id = ANY(?1)");
    }
}
