package org.dutyledger.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dutyledger.notification.WaitingWork;

import java.util.List;
import java.util.stream.Stream;

/**
 * The badge of 工作汇报: the reports of the caller's inbox (`/me/work-reports`) — to sign off, to acknowledge, sent
 * back — each counted once (a returned report may wait for sign-off and for its staff at the same time).
 */
@ApplicationScoped
public class WorkReportsWaiting implements WaitingWork {

    @Inject
    WorkReportQueries queries;

    @Override
    public String counter() {
        return "workReports";
    }

    @Override
    public long waitingForCaller() {
        WorkReportViews.Mine mine = queries.mine();
        return Stream.of(mine.toSignOff(), mine.toAcknowledge(), mine.returned()).flatMap(List::stream)
                .map(WorkReportViews.Report::id).distinct().count();
    }
}
