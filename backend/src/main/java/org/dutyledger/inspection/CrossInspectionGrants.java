package org.dutyledger.inspection;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.dutyledger.audit.AuditTrail;
import org.dutyledger.audit.Changes;
import org.dutyledger.common.Today;
import org.dutyledger.security.ReadGrantUsed;
import org.dutyledger.security.ReadGrants;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A CROSS inspection (交叉检查) lets its team, from peer organizations, read each target's own ledger on the inspection's
 * days only ({@link ReadGrants}): granted when it starts, expired when it concludes or after its last day (the job), and
 * each person's first read of a target on a day is recorded — all three as audit events of the inspection
 * (`inspection.read-granted`, `inspection.read-used`, `inspection.read-expired`).
 */
@ApplicationScoped
public class CrossInspectionGrants {

    static final String SOURCE = "inspection";

    @Inject
    ReadGrants grants;

    @Inject
    AuditTrail audit;

    /** On start, in its transaction: a grant per team member and target. */
    void granted(Inspection i, List<Long> team, List<Long> targets) {
        if (i.kind != InspectionKind.CROSS) {
            return;
        }
        for (long person : team) {
            for (long target : targets) {
                long id = grants.grant(person, target, i.startsOn, i.endsOn, SOURCE, i.id);
                audit.record("inspection.read-granted", InspectionService.ENTITY, i.id, target, Changes.create()
                        .put("grantId", null, id).put("personId", null, person).put("targetOrganizationId", null, target)
                        .put("validFrom", null, i.startsOn.toString()).put("validTo", null, i.endsOn.toString()), data(i, person, target));
            }
        }
    }

    /** On conclusion, in its transaction: every open grant ends. */
    void ended(Inspection i) {
        expired(i.id, grants.end(SOURCE, i.id), "concluded");
    }

    void onUsed(@Observes ReadGrantUsed e) {
        if (!SOURCE.equals(e.sourceType())) {
            return;
        }
        Map<String, Object> data = Map.of("inspectionId", e.sourceId(), "personId", e.personId(),
                "targetOrganizationId", e.organizationId(), "day", e.day().toString());
        audit.record("inspection.read-used", InspectionService.ENTITY, e.sourceId(), e.organizationId(), Changes.create()
                .put("grantId", null, e.grantId()).put("personId", null, e.personId())
                .put("targetOrganizationId", null, e.organizationId()).put("day", null, e.day().toString()), data);
    }

    @Scheduled(every = "${dutyledger.read-grants.expire-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        expireLapsed(Today.date());
    }

    /** Ends the grants past their inspection's last day, an inspection per transaction; returns how many ended. */
    public int expireLapsed(LocalDate today) {
        int total = 0;
        for (long inspectionId : QuarkusTransaction.requiringNew().call(() -> grants.lapsedSources(SOURCE, today))) {
            total += QuarkusTransaction.requiringNew().call(() -> {
                List<ReadGrants.Ended> ended = grants.endLapsed(SOURCE, inspectionId, today);
                expired(inspectionId, ended, "ended");
                return ended.size();
            });
        }
        return total;
    }

    private void expired(long inspectionId, List<ReadGrants.Ended> ended, String why) {
        for (ReadGrants.Ended g : ended) {
            audit.record("inspection.read-expired", InspectionService.ENTITY, inspectionId, g.organizationId(), Changes.create()
                    .put("grantId", null, g.grantId()).put("personId", null, g.personId())
                    .put("targetOrganizationId", null, g.organizationId()).put("reason", null, why),
                    Map.of("inspectionId", inspectionId, "personId", g.personId(), "targetOrganizationId", g.organizationId()));
        }
    }

    private static Map<String, Object> data(Inspection i, long person, long target) {
        Map<String, Object> data = InspectionService.event(i);
        data.put("personId", person);
        data.put("targetOrganizationId", target);
        return data;
    }
}
