package org.dutyledger.report;

import org.dutyledger.common.ProblemException;

/** The work report's own problem types. */
public final class WorkReportProblems {

    private WorkReportProblems() {
    }

    /** One report per organization, kind, period and recipient. */
    public static ProblemException exists() {
        return new ProblemException(409, "report-exists", "Report exists", ProblemException.detail(
                "该组织本期已有同类报告报送给此上级组织，请修改已有的报告",
                "the organization already has a report of this kind and period to this recipient; edit that one"));
    }

    /** Only the holder of FIRST_RESPONSIBLE of the organization on the day signs a report off. */
    static ProblemException notFirstResponsible(String organization) {
        return new ProblemException(403, "not-first-responsible", "Not the first responsible", ProblemException.detail(
                "只有" + organization + "当日的第一责任人可以签发报告",
                "only the FIRST_RESPONSIBLE of " + organization + " on the day signs the report off"));
    }

    /** Submitting needs the principal leader's sign-off first. */
    static ProblemException notSigned(WorkReportStatus status) {
        return new ProblemException(409, "report-not-signed", "Report not signed off", ProblemException.detail(
                "报告（" + status.label + "）须经第一责任人签发后才能报送",
                "the report (" + status + ") must be signed off by the FIRST_RESPONSIBLE before it is submitted"));
    }

    /** A step the state machine does not allow from where the report is. */
    static ProblemException transition(WorkReportStatus from, WorkReportStatus to) {
        return new ProblemException(409, "report-transition", "Transition not allowed", ProblemException.detail(
                "报告不能从“" + from.label + "”(" + from + ") 变为“" + to.label + "”(" + to + ")",
                "a report cannot go from " + from + " to " + to));
    }
}
