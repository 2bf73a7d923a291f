package org.dutyledger.publication;

import jakarta.enterprise.context.ApplicationScoped;
import org.dutyledger.audit.ScopedAuditNames;

/** Titles of publications for the audit trail's view: those in the caller's read scope (by their organization's path). */
@ApplicationScoped
public class PublicationAuditNames extends ScopedAuditNames {

    public PublicationAuditNames() {
        super("publication", "SELECT p.id, p.title, o.path FROM publication p JOIN organization o ON o.id = p.organization_id"
                + " WHERE p.id = ANY(?1)");
    }
}
