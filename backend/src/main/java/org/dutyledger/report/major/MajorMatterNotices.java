package org.dutyledger.report.major;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dutyledger.common.Today;
import org.dutyledger.duty.DutyRole;
import org.dutyledger.duty.DutyHolders;
import org.dutyledger.notification.Notifications;
import org.dutyledger.organization.Organization;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who is told about a major matter: the recipient's 第一责任人 and 联络员 of the day when it arrives, the reporter when
 * the recipient answers, the 第一责任人 (while vacant, who stands in) when the acknowledgement is overdue. Each in the
 * transaction of the step.
 */
@ApplicationScoped
public class MajorMatterNotices {

    @Inject
    Notifications notifications;

    @Inject
    DutyHolders dutyHolders;

    /** Notification type from an event type: major-matter.followed-up → MAJOR_MATTER_FOLLOWED_UP. */
    static String type(String event) {
        return event.toUpperCase().replace('.', '_').replace('-', '_');
    }

    static String link(MajorMatter m) {
        return "/major-matters/" + m.id;
    }

    /** Tells the current recipient's FIRST_RESPONSIBLE and LIAISON holders; returns who was told. */
    Set<Long> toRecipient(MajorMatter m, String event, String subject, String text, Long except) {
        Set<Long> to = new LinkedHashSet<>(holders(m.recipientOrganizationId, DutyRole.FIRST_RESPONSIBLE));
        to.addAll(holders(m.recipientOrganizationId, DutyRole.LIAISON));
        to.remove(except);
        to.forEach(person -> notifications.notifyOnce(person, m.organizationId, type(event), subject, text, link(m)));
        return to;
    }

    /** Tells the person who filed the matter, unless they took the step themselves. */
    Set<Long> toReporter(MajorMatter m, String event, String subject, String text, Long actor) {
        if (m.reportedByPersonId == null || Objects.equals(m.reportedByPersonId, actor)) {
            return Set.of();
        }
        notifications.notifyOnce(m.reportedByPersonId, m.organizationId, type(event), subject, text, link(m));
        return Set.of(m.reportedByPersonId);
    }

    /**
     * Tells that the acknowledgement is overdue: the current recipient's FIRST_RESPONSIBLE holders of today. While that
     * post is vacant someone else answerable must hear it: the recipient's LIAISON holders, and when it has none either,
     * the FIRST_RESPONSIBLE of the organization above it (the notice then says the post is vacant). Returns who was told.
     */
    Set<Long> ackOverdue(MajorMatter m, Organization recipient, String subject, String text) {
        Set<Long> to = new LinkedHashSet<>(holders(recipient.id, DutyRole.FIRST_RESPONSIBLE));
        String said = text;
        if (to.isEmpty()) {
            to.addAll(holders(recipient.id, DutyRole.LIAISON));
            if (to.isEmpty() && recipient.parentId != null) {
                to.addAll(holders(recipient.parentId, DutyRole.FIRST_RESPONSIBLE));
            }
            said = text + "（" + recipient.name + "第一责任人空缺）";
        }
        String notice = said;
        to.forEach(person -> notifications.notifyOnce(person, m.organizationId, type("major-matter.ack-overdue"), subject, notice, link(m)));
        return to;
    }

    private List<Long> holders(long organizationId, DutyRole role) {
        return dutyHolders.personIds(organizationId, role, Today.date());
    }
}
