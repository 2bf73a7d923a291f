package org.dutyledger.report.major;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dutyledger.notification.WaitingWork;

/**
 * The badge of 重大事项: the matters of the caller's inbox (`/me/major-matters`) — to acknowledge, and the other open
 * ones of or to the caller's organizations, which wait for a follow-up, a forward or the closing.
 */
@ApplicationScoped
public class MajorMattersWaiting implements WaitingWork {

    @Inject
    MajorMatterQueries queries;

    @Override
    public String counter() {
        return "majorMatters";
    }

    @Override
    public long waitingForCaller() {
        MajorMatterViews.Mine mine = queries.mine();
        return mine.toAcknowledge().size() + mine.open().size();
    }
}
