package org.dutyledger.channel;

import jakarta.enterprise.context.ApplicationScoped;
import org.dutyledger.audit.ScopedAuditNames;

/** Names of channels for the audit trail's view: those in the caller's read scope (by their organization's path). */
@ApplicationScoped
public class ChannelAuditNames extends ScopedAuditNames {

    public ChannelAuditNames() {
        super("channel", "SELECT c.id, c.name, o.path FROM channel c JOIN organization o ON o.id = c.organization_id"
                + " WHERE c.id = ANY(?1)");
    }
}
