package org.dutyledger.inspection.rectification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dutyledger.common.Today;
import org.dutyledger.duty.DutyHolders;
import org.dutyledger.duty.DutyRole;
import org.dutyledger.notification.Notifications;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who is told about a rectification: the responsible person when it is created, re-pointed, rejected or an extension is
 * decided; the escalation ladder's people by their duty of the day. Each in the transaction of the step.
 */
@ApplicationScoped
public class RectificationNotices {

    @Inject
    Notifications notifications;

    @Inject
    DutyHolders holders;

    /** Notification type from an event type: rectification.extension-approved → RECTIFICATION_EXTENSION_APPROVED. */
    static String type(String event) {
        return event.toUpperCase().replace('.', '_').replace('-', '_');
    }

    static String link(Rectification r) {
        return "/rectifications/" + r.id;
    }

    /** Tells the responsible person, unless they took the step themselves; returns who was told. */
    Set<Long> toOwner(Rectification r, long organizationId, String event, String subject, String text, Long actor) {
        if (Objects.equals(r.responsiblePersonId, actor)) {
            return Set.of();
        }
        return tell(Set.of(r.responsiblePersonId), r, organizationId, event, subject, text);
    }

    /** The holders of each role in the organization today. */
    Set<Long> holdersOf(long organizationId, DutyRole... roles) {
        Set<Long> to = new LinkedHashSet<>();
        for (DutyRole role : roles) {
            to.addAll(holders.personIds(organizationId, role, Today.date()));
        }
        return to;
    }

    Set<Long> tell(Collection<Long> people, Rectification r, long organizationId, String event, String subject, String text) {
        Set<Long> to = new LinkedHashSet<>(people);
        to.forEach(person -> notifications.notifyOnce(person, organizationId, type(event), subject, text, link(r)));
        return to;
    }
}
