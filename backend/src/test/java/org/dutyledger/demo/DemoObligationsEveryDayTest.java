package org.dutyledger.demo;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.dutyledger.common.Today;
import org.dutyledger.obligation.ObligationQueries;
import org.dutyledger.obligation.ObligationStatus;
import org.dutyledger.obligation.ObligationViews;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.security.CurrentUser;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The end-to-end test and DemoObligationsTest expect an overdue instance with a responsible person for 东湖街道 (and
 * 柳岸社区) on the day the demo data is loaded, whatever that day is. The demo obligations are issued again as on
 * each month end, Jan 1 and Feb 29 of a leap year, in a transaction that is rolled back.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class DemoObligationsEveryDayTest {

    @Inject
    DemoObligations demo;

    @Inject
    ObligationQueries queries;

    @Inject
    OrganizationRepository organizations;

    @Inject
    CurrentUser currentUser;

    @Inject
    UserTransaction tx;

    static List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>(List.of(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1),
                LocalDate.of(2028, 1, 31), LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 31)));
        for (int month = 1; month <= 12; month++) {
            days.add(YearMonth.of(2027, month).atEndOfMonth());
        }
        return days;
    }

    @Test
    void theStreetAndTheCommunityHaveAnOverdueInstanceWithAResponsiblePersonOnEveryDay() throws Exception {
        for (LocalDate day : days()) {
            Map<String, List<ObligationViews.Instance>> overdue = overdueAsOn(day, List.of("STREET-DH", "DH-LIUAN"));
            overdue.forEach((code, instances) -> assertThat(instances)
                    .as("overdue demo instances of %s on %s", code, day)
                    .anySatisfy(i -> assertThat(i.responsible()).isNotEmpty()));
        }
    }

    /** Loads the demo obligations as on `day` and returns each organization's overdue instances of those rules. */
    private Map<String, List<ObligationViews.Instance>> overdueAsOn(LocalDate day, List<String> codes) throws Exception {
        Map<String, List<ObligationViews.Instance>> out = new HashMap<>();
        ManagedContext requests = Arc.container().requestContext();
        boolean activated = !requests.isActive();
        if (activated) {
            requests.activate();
        }
        try (Today.Pretence ignored = Today.pretend(day)) {
            tx.begin();
            try {
                currentUser.actAsSystem();
                Map<String, Long> orgIds = new HashMap<>();
                organizations.listAll().forEach(o -> orgIds.put(o.code, o.id));
                List<Long> rules = demo.load(orgIds);
                for (String code : codes) {
                    Organization org = organizations.byCode(code).orElseThrow();
                    out.put(code, queries.instances(new ObligationQueries.InstanceFilter(org, null, ObligationStatus.OVERDUE),
                            0, 500).items().stream().filter(i -> rules.contains(i.ruleId()) && i.organization().id() == org.id)
                            .toList());
                }
            } finally {
                tx.rollback();
            }
        } finally {
            if (activated) {
                requests.terminate();
            }
        }
        return out;
    }
}
