package org.dutyledger.inspection.rectification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dutyledger.notification.WaitingWork;

/** The badge of 问题整改: what `/me/rectifications` lists — the caller's open rectifications and those to verify. */
@ApplicationScoped
public class RectificationsWaiting implements WaitingWork {

    @Inject
    RectificationQueries queries;

    @Override
    public String counter() {
        return "rectifications";
    }

    @Override
    public long waitingForCaller() {
        RectificationViews.Mine mine = queries.mine();
        return mine.owned().size() + mine.toVerify().size();
    }
}
