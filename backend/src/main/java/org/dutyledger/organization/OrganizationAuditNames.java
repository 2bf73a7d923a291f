package org.dutyledger.organization;

import jakarta.enterprise.context.ApplicationScoped;
import org.dutyledger.audit.ScopedAuditNames;

/** Names of organizations for the audit trail's view: those in the caller's read scope (by their organization's path). */
@ApplicationScoped
public class OrganizationAuditNames extends ScopedAuditNames {

    public OrganizationAuditNames() {
        super("organization", "SELECT o.id, o.name, o.path FROM organization o WHERE o.id = ANY(?1)");
    }
}
