package org.dutyledger.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.dutyledger.common.Today;
import org.dutyledger.duty.DutyRole;
import org.dutyledger.notification.Notifications;
import org.dutyledger.organization.Organization;

import java.time.LocalDate;
import java.util.List;

/**
 * In-app notices of the people who act next on a report: the 第一责任人 when a draft waits for sign-off, the
 * recipient's 第一责任人 and 联络员 of the day on submission, the author when the recipient answers. The subject
 * names the report and its version, so a resubmission is news again but a step is never told twice.
 */
@ApplicationScoped
public class WorkReportNotices {

    @Inject
    Notifications notifications;

    @Inject
    WorkReportPeople people;

    @Transactional(Transactional.TxType.MANDATORY)
    public void waitsForSignOff(WorkReport r, Organization org) {
        for (Long person : people.holders(org.id, List.of(DutyRole.FIRST_RESPONSIBLE), Today.date())) {
            notifications.notifyOnce(person, r.organizationId, "WORK_REPORT_SIGN_OFF", "work-report:" + r.id + ":sign-off",
                    fit("工作汇报待签发：" + org.name + "《" + r.title + "》"), link(r));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void submitted(WorkReport r, Organization org, Organization recipient, LocalDate day) {
        String text = "收到工作汇报：" + org.name + "《" + r.title + "》" + (r.late ? "（逾期报送）" : "");
        for (Long person : people.holders(recipient.id, List.of(DutyRole.FIRST_RESPONSIBLE, DutyRole.LIAISON), day)) {
            notifications.notifyOnce(person, r.organizationId, "WORK_REPORT_SUBMITTED", "work-report:" + r.id + ":submitted:" + r.version, fit(text), link(r));
        }
    }

    /** Acknowledged or returned: the author hears the answer. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void answered(WorkReport r, Organization recipient) {
        if (r.createdByPersonId == null) {
            return;
        }
        boolean returned = r.status == WorkReportStatus.RETURNED;
        String text = returned
                ? "工作汇报被退回：" + recipient.name + "退回《" + r.title + "》，意见：" + r.returnComment
                : "工作汇报已确认：" + recipient.name + "已确认收到《" + r.title + "》";
        notifications.notifyOnce(r.createdByPersonId, r.organizationId, returned ? "WORK_REPORT_RETURNED" : "WORK_REPORT_ACKNOWLEDGED",
                "work-report:" + r.id + ":" + r.status.name().toLowerCase() + ":" + r.version, fit(text), link(r));
    }

    /** A notification title holds 500 characters; a long return comment is cut short there. */
    private static String fit(String text) {
        return text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }

    private static String link(WorkReport r) {
        return "/work-reports/" + r.id;
    }
}
