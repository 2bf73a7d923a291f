package org.dutyledger.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.dutyledger.audit.AuditTrail;
import org.dutyledger.audit.Changes;
import org.dutyledger.security.IdentityLinked;

/** The audit event of a person's login being linked, in the linking transaction (synchronous observer). */
@ApplicationScoped
public class IdentityLinkAudit {

    @Inject
    AuditTrail audit;

    void onLinked(@Observes IdentityLinked linked) {
        audit.recordAs(linked.subject(), linked.username(), linked.personId(), "person.identity-linked", "person",
                Long.toString(linked.personId()), null, Changes.create().put("subject", null, linked.subject()));
    }
}
