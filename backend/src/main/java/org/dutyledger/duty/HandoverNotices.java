package org.dutyledger.duty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.dutyledger.notification.Notifications;
import org.dutyledger.organization.Organization;

import java.util.List;

/** Tells the new holder of a handed-over duty at once, in the hand-over's transaction. */
@ApplicationScoped
public class HandoverNotices {

    public static final String TYPE = "DUTY_HANDED_OVER";

    @Inject
    Notifications notifications;

    @Inject
    DutyAudit describe;

    /** `started` is the successor's new assignment; `ended` the predecessors' ones the hand-over closed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void toNewHolder(Organization org, DutyAssignment started, List<DutyAssignment> ended) {
        String from = ended.isEmpty() ? "" : "，接替 " + String.join("、", ended.stream()
                .map(a -> describe.personName(a.personId)).distinct().toList());
        notifications.notifyOnce(started.personId, org.id, TYPE, "duty-assignment:" + started.id,
                "职责交接：自 " + started.validFrom + " 起由您担任" + org.name + "的" + started.role.label + from,
                "/organizations/" + org.id + "/duties");
    }
}
