package org.dutyledger.accountability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dutyledger.notification.WaitingWork;

/** The badge of 涉及本人的问责: the caller's lines on cases under review that have no statement (申辩) yet. */
@ApplicationScoped
public class AccountabilityLinesWaiting implements WaitingWork {

    @Inject
    AccountabilityQueries queries;

    @Override
    public String counter() {
        return "accountabilityLines";
    }

    @Override
    public long waitingForCaller() {
        return queries.openLinesOfCaller();
    }
}
