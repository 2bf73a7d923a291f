package org.dutyledger.obligation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dutyledger.notification.WaitingWork;

/** The badge of 我的工作要求: of the caller's obligations (`/me/obligations`), those due now or overdue. */
@ApplicationScoped
public class DueObligationsCount implements WaitingWork {

    @Inject
    ObligationQueries queries;

    @Override
    public String counter() {
        return "obligationsDue";
    }

    @Override
    public long waitingForCaller() {
        return queries.mine().stream()
                .filter(i -> i.status() == ObligationStatus.DUE || i.status() == ObligationStatus.OVERDUE).count();
    }
}
