package org.dutyledger.accountability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dutyledger.notification.Notifications;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who is told about a case: the named persons when it is submitted (they may add a statement) and when it is decided;
 * the filers of the organization above when it is filed upward. Each in the step's transaction.
 */
@ApplicationScoped
public class AccountabilityNotices {

    @Inject
    Notifications notifications;

    static String link(AccountabilityCase c) {
        return "/accountability/" + c.id;
    }

    Set<Long> tell(Collection<Long> people, AccountabilityCase c, long organizationId, String type, String step, String text) {
        Set<Long> to = new LinkedHashSet<>(people);
        to.forEach(p -> notifications.notifyOnce(p, organizationId, type, "accountability-case:" + c.id + ":" + step, text, link(c)));
        return to;
    }
}
