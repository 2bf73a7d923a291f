package org.dutyledger.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.common.Today;
import org.dutyledger.duty.DutyRole;
import org.dutyledger.obligation.FulfilmentService;
import org.dutyledger.obligation.InstanceGenerator;
import org.dutyledger.obligation.ObligationKind;
import org.dutyledger.obligation.ObligationQueries;
import org.dutyledger.obligation.ObligationRequests;
import org.dutyledger.obligation.ObligationRuleService;
import org.dutyledger.obligation.ObligationViews;
import org.dutyledger.obligation.PeriodKind;
import org.dutyledger.obligation.Periods;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.organization.OrganizationType;
import org.dutyledger.person.PersonRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The obligations of the source documents, issued by the city committee (市委) for its whole tree, their instances and
 * a few fulfilment records. 柳岸社区 (the `community` login) still owes this quarter's 分析研判. Whatever today is,
 * 柳岸社区 and 东湖街道 have an overdue instance with a responsible person: the yearly work plan is due 01-15 and
 * stays overdue until its year has closed (01-30 of the next year), and last year's plan, also unmet, covers the
 * first days of January. 东湖街道's pledge (due 03-31) is overdue from April on, and 李明华's monthly briefing of the
 * previous month in the first 30 days of a month. DemoObligationsEveryDayTest holds this for every month end.
 */
@ApplicationScoped
public class DemoObligations {

    static final String BASIS = "江委发〔2024〕8号";
    static final List<OrganizationType> PARTY = List.of(OrganizationType.PARTY_COMMITTEE, OrganizationType.PARTY_GROUP,
            OrganizationType.PARTY_WORKING_COMMITTEE);
    static final List<OrganizationType> ALL_UNITS = List.of(OrganizationType.PARTY_COMMITTEE, OrganizationType.PARTY_GROUP,
            OrganizationType.PARTY_WORKING_COMMITTEE, OrganizationType.GOVERNMENT_DEPARTMENT, OrganizationType.COMPANY,
            OrganizationType.COMMUNITY, OrganizationType.VILLAGE);

    @Inject
    ObligationRuleService rules;

    @Inject
    FulfilmentService fulfilments;

    @Inject
    InstanceGenerator generator;

    @Inject
    ObligationQueries queries;

    @Inject
    OrganizationRepository organizations;

    @Inject
    PersonRepository people;

    @Inject
    EntityManager em;

    /** Issues the rules and records as on {@link Today#date()}; returns the ids of the rules it issued. */
    List<Long> load(Map<String, Long> orgIds) {
        // The fictional units have existed for years: an organization owes only periods due after it was created.
        em.flush();
        em.createNativeQuery("UPDATE organization SET created_at = TIMESTAMPTZ '2023-12-31 00:00:00+08' WHERE id = ANY(?1)")
                .setParameter(1, orgIds.values().toArray(Long[]::new)).executeUpdate();
        em.clear();
        long city = orgIds.get("CITY");
        long meeting = rule(city, "党委（党组）每年至少两次专题研究意识形态工作", ObligationKind.MEETING, PeriodKind.YEAR, 2, null,
                PARTY, null, DutyRole.FIRST_RESPONSIBLE);
        long study = rule(city, "理论学习中心组每年专题学习意识形态工作不少于2次", ObligationKind.STUDY, PeriodKind.YEAR, 2, null, PARTY, null,
                DutyRole.FIRST_RESPONSIBLE);
        long analysis = rule(city, "每季度开展一次意识形态工作分析研判", ObligationKind.ANALYSIS, PeriodKind.QUARTER, 1, null,
                ALL_UNITS, null, DutyRole.FIRST_RESPONSIBLE);
        long report = rule(city, "每半年向上级党委专题汇报意识形态工作（6月底、12月底前）", ObligationKind.REPORT, PeriodKind.HALF, 1, "06-30",
                List.of(OrganizationType.PARTY_COMMITTEE, OrganizationType.PARTY_WORKING_COMMITTEE,
                        OrganizationType.GOVERNMENT_DEPARTMENT, OrganizationType.COMPANY), null, DutyRole.FIRST_RESPONSIBLE);
        long briefing = rule(city, "每年至少通报一次意识形态工作情况", ObligationKind.BRIEFING, PeriodKind.YEAR, 1, null, PARTY, null,
                DutyRole.DIRECT_RESPONSIBLE);
        long inspection = rule(city, "每年开展一次意识形态工作专题督查", ObligationKind.INSPECTION, PeriodKind.YEAR, 1, null, PARTY, null,
                DutyRole.DIRECT_RESPONSIBLE);
        long pledge = rule(city, "每年签订意识形态工作责任书（3月底前）", ObligationKind.PLEDGE, PeriodKind.YEAR, 1, "03-31",
                ALL_UNITS, null, DutyRole.FIRST_RESPONSIBLE);
        long plan = rule(city, "每年1月15日前报送本单位年度意识形态工作要点", ObligationKind.OTHER, PeriodKind.YEAR, 1, "01-15",
                ALL_UNITS, null, DutyRole.FIRST_RESPONSIBLE);
        long monthly = rule(city, "分管领导每月听取一次意识形态工作汇报", ObligationKind.BRIEFING, PeriodKind.MONTH, 1, null,
                PARTY, DutyRole.DIRECT_RESPONSIBLE, DutyRole.DIRECT_RESPONSIBLE);
        long quarterly = rule(city, "主要领导每季度听取一次意识形态工作汇报", ObligationKind.BRIEFING, PeriodKind.QUARTER, 1, null,
                PARTY, DutyRole.FIRST_RESPONSIBLE, DutyRole.FIRST_RESPONSIBLE);

        LocalDate today = Today.date();
        // Last month's briefing of each 分管领导 is owed too (it came due before today).
        generator.generateFor(monthly, today.minusMonths(1));
        generator.generateFor(monthly, today);
        // Last year's work plan is owed too: unmet, it is overdue until 01-30, when this year's (due 01-15) already is.
        generator.generateFor(plan, today.minusYears(1));
        generator.generateFor(plan, today);

        long dh = orgIds.get("STREET-DH");
        long wang = person("王建国");
        long li = person("李明华");
        record(dh, meeting, PeriodKind.YEAR, today, "党工委会议专题研究网络意识形态工作", ObligationKind.MEETING,
                List.of(wang, li), "研究部署本年度网络意识形态工作，通报辖区网络舆情。",
                List.of(new ObligationRequests.Decision("建立街道网络舆情周报制度", List.of(
                        new ObligationRequests.Position(wang, ObligationRequests.Stance.AGREE, null),
                        new ObligationRequests.Position(li, ObligationRequests.Stance.AGREE, "由党政办牵头落实")))));
        record(dh, analysis, PeriodKind.QUARTER, today, "本季度意识形态工作分析研判会", ObligationKind.ANALYSIS, List.of(wang),
                "分析本季度辖区意识形态领域总体情况。", List.of());
        record(orgIds.get("DH-TAOYUAN"), analysis, PeriodKind.QUARTER, today, "桃园社区意识形态形势分析会",
                ObligationKind.ANALYSIS, List.of(person("周海涛")), "分析社区微信群舆情。", List.of());
        LocalDate pledgeDue = Periods.dueDate(Periods.containing(PeriodKind.YEAR, today), "03-31");
        LocalDate signed = pledgeDue.isBefore(today) ? pledgeDue.minusDays(10) : today;
        record(orgIds.get("DH-DONGHU"), pledge, PeriodKind.YEAR, signed, "签订年度意识形态工作责任书", ObligationKind.PLEDGE,
                List.of(person("吴秀英")), "村党支部书记与街道党工委签订责任书。", List.of());
        LocalDate planDue = Periods.dueDate(Periods.containing(PeriodKind.YEAR, today), "01-15");
        record(orgIds.get("DH-TAOYUAN"), plan, PeriodKind.YEAR, planDue.isBefore(today) ? planDue.minusDays(5) : today,
                "报送桃园社区年度意识形态工作要点", ObligationKind.OTHER, List.of(person("周海涛")), "社区党委研究制定本年度工作要点并报街道。",
                List.of());
        return List.of(meeting, study, analysis, report, briefing, inspection, pledge, plan, monthly, quarterly);
    }

    private long rule(long issuer, String title, ObligationKind kind, PeriodKind period, int minCount, String due,
                      List<OrganizationType> types, DutyRole perHolder, DutyRole accountable) {
        return rules.create(new ObligationRequests.Rule(null, issuer, title, kind, period, minCount, due, types, false, perHolder,
                accountable, BASIS, LocalDate.of(2024, 1, 1), null)).id;
    }

    /** A record toward the organization's instance of the rule in the period containing `day`. */
    private void record(long org, long ruleId, PeriodKind kind, LocalDate day, String title, ObligationKind what,
                        List<Long> participants, String summary, List<ObligationRequests.Decision> decisions) {
        Periods.Period p = Periods.containing(kind, day);
        List<Long> instances = queries.instances(new ObligationQueries.InstanceFilter(organizations.findById(org), p, null), 0, 500)
                .items().stream().filter(i -> i.ruleId() == ruleId && i.organization().id() == org)
                .map(ObligationViews.Instance::id).toList();
        fulfilments.record(new ObligationRequests.Fulfilment(org, day, title, what, participants, null, summary, decisions,
                instances));
    }

    private long person(String name) {
        return people.find("name", name).firstResult().id;
    }
}
