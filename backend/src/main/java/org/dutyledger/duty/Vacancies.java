package org.dutyledger.duty;

import org.dutyledger.duty.rest.MatrixViews;

import java.util.ArrayList;
import java.util.List;

/** What is missing in one organization on one day: the gaps an office must close (缺位). */
final class Vacancies {

    private Vacancies() {
    }

    static List<MatrixViews.Vacancy> of(List<ResponsibilityMatrix.Holding> held, List<ResponsibilityMatrix.ActiveChannel> channels) {
        List<MatrixViews.Vacancy> out = new ArrayList<>();
        for (DutyRole role : DutyRole.REQUIRED) {
            if (held.stream().noneMatch(h -> h.role() == role)) {
                out.add(new MatrixViews.Vacancy("NO_" + role.name(), role, null, null, null, null, null, "缺" + role.label));
            }
        }
        for (ResponsibilityMatrix.Holding h : held) {
            if (!h.personActive()) {
                out.add(new MatrixViews.Vacancy("HOLDER_INACTIVE", h.role(), h.assignmentId(), h.personId(), h.personName(),
                        h.channelId(), h.channelName(), h.role().label + h.personName() + "已停用"));
            } else if (!h.member()) {
                out.add(new MatrixViews.Vacancy("HOLDER_NOT_MEMBER", h.role(), h.assignmentId(), h.personId(), h.personName(),
                        h.channelId(), h.channelName(), h.role().label + h.personName() + "已不在本组织"));
            }
        }
        for (ResponsibilityMatrix.ActiveChannel c : channels) {
            if (!c.administered()) {
                out.add(new MatrixViews.Vacancy("CHANNEL_WITHOUT_ADMIN", DutyRole.CHANNEL_ADMIN, null, null, null,
                        c.id(), c.name(), "阵地「" + c.name() + "」无管理员"));
            }
        }
        return out;
    }
}
