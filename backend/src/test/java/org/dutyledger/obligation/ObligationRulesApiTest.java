package org.dutyledger.obligation;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.dutyledger.common.Today;
import org.dutyledger.support.Demo;
import org.dutyledger.support.Duties;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Fixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.obligation.ObligationTree.createRule;
import static org.dutyledger.obligation.ObligationTree.instances;
import static org.dutyledger.obligation.ObligationTree.instancesOf;
import static org.dutyledger.obligation.ObligationTree.rule;
import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** Rules: who writes them, versions from the next period, retirement; the instances they generate. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ObligationRulesApiTest {

    @Inject
    Fixtures fixtures;

    @Inject
    InstanceGenerator generator;

    ObligationTree t;

    @BeforeEach
    void tree() {
        t = new ObligationTree(fixtures, Demo.uniqueCode(""));
    }

    @Test
    void theIssuingStaffIssuesARuleAndEveryCommunityBelowOwesTheCurrentAndNextPeriod() {
        Map<String, Object> body = rule(t.x, "每季度开展一次分析研判", "ANALYSIS", "QUARTER", List.of("COMMUNITY"));
        long id = createRule(t.staffX, body);
        as(t.staffX).get("/api/v1/obligation-rules/" + id).then().statusCode(200)
                .body("seriesId", equalTo((int) id)).body("version", equalTo(0)).body("issuer.id", equalTo((int) t.x))
                .body("appliesTo", equalTo(List.of("COMMUNITY"))).body("retired", equalTo(false));
        assertThat(Duties.audit("obligation-rule", id).getList("items.action", String.class)).contains("obligation-rule.created");

        Periods.Period current = Periods.containing(PeriodKind.QUARTER, Today.date());
        List<Map<String, Object>> all = instances(t.x, null, id);
        assertThat(all).extracting(i -> (Object) ((Map<?, ?>) i.get("organization")).get("id"))
                .containsOnly((int) t.a, (int) t.a1, (int) t.b);
        assertThat(all).extracting(i -> i.get("period")).containsOnly(current.key(), current.next().key());
        assertThat(all).hasSize(6);
        assertThat(instancesOf(t.x, t.a, current.key(), id)).singleElement()
                .satisfies(i -> assertThat(i.get("dueDate")).isEqualTo(current.end().toString()))
                .satisfies(i -> assertThat(i.get("status")).isIn("DUE", "UPCOMING"));

        // The obligated side reads the rule, never changes it; a sibling street sees nothing.
        as(t.staffA).get("/api/v1/obligation-rules/" + id).then().statusCode(200);
        body.put("version", 0);
        as(t.staffA).body(body).put("/api/v1/obligation-rules/" + id).then().statusCode(403)
                .body("type", endsWith("self-waiver"));
        as("outsider").get("/api/v1/obligation-rules/" + id).then().statusCode(404);
        as(t.staffA).queryParam("issuer", t.x).get("/api/v1/obligation-rules").then().statusCode(200)
                .body("items.id", hasItem((int) id));
    }

    @Test
    void aChangeTakesEffectFromTheNextPeriodAsANewVersion() {
        Map<String, Object> body = rule(t.x, "每月听取一次汇报", "BRIEFING", "MONTH", List.of("COMMUNITY"));
        long id = createRule(t.staffX, body);
        Periods.Period current = Periods.containing(PeriodKind.MONTH, Today.date());
        body.put("version", 0);
        body.put("minCount", 2);
        long next = as(t.staffX).body(body).put("/api/v1/obligation-rules/" + id).then().statusCode(200)
                .body("seriesId", equalTo((int) id)).body("validFrom", equalTo(current.next().start().toString()))
                .body("minCount", equalTo(2)).extract().jsonPath().getLong("id");
        assertThat(next).isNotEqualTo(id);
        as(t.staffX).get("/api/v1/obligation-rules/" + id).then().statusCode(200)
                .body("validTo", equalTo(current.end().toString())).body("supersededById", equalTo((int) next));
        assertThat(instancesOf(t.x, t.a, current.key(), id, next)).singleElement()
                .satisfies(i -> assertThat(i.get("minCount")).isEqualTo(1))
                .satisfies(i -> assertThat(((Number) i.get("ruleId")).longValue()).isEqualTo(id));
        assertThat(instancesOf(t.x, t.a, current.next().key(), id, next)).singleElement()
                .satisfies(i -> assertThat(i.get("minCount")).isEqualTo(2))
                .satisfies(i -> assertThat(((Number) i.get("ruleId")).longValue()).isEqualTo(next));

        // The superseded version and a stale version are conflicts; nothing changes.
        as(t.staffX).body(body).put("/api/v1/obligation-rules/" + id).then().statusCode(409);
        // at its current version too: the refusal says which version to change, by its code
        Map<String, Object> atCurrent = new java.util.HashMap<>(body);
        atCurrent.put("version", as(t.staffX).get("/api/v1/obligation-rules/" + id).then().extract().jsonPath().getLong("version"));
        as(t.staffX).body(atCurrent).put("/api/v1/obligation-rules/" + id).then().statusCode(409)
                .body("errors[0].code", equalTo("rule-superseded"))
                .body("errors[0].message", equalTo("工作要求 " + id + " 已有新版本 " + next + "，请修改新版本"));
        body.put("version", 7);
        as(t.staffX).body(body).put("/api/v1/obligation-rules/" + next).then().statusCode(409);

        as(t.staffX).body(Map.of("version", 0, "reason", "合并到季度要求")).post("/api/v1/obligation-rules/" + next + "/retire")
                .then().statusCode(200).body("retired", equalTo(true)).body("retireReason", equalTo("合并到季度要求"));
        // A retired rule changes no more: the refusal carries its code, worded in the request's language.
        body.put("version", as(t.staffX).get("/api/v1/obligation-rules/" + next).then().extract().jsonPath().getLong("version"));
        as(t.staffX).header("Accept-Language", "en").body(body).put("/api/v1/obligation-rules/" + next).then().statusCode(409)
                .body("errors[0].code", equalTo("rule-retired"))
                .body("errors[0].message", equalTo("obligation rule " + next + " is retired"));
        assertThat(instancesOf(t.x, t.a, current.next().key(), id, next)).isEmpty();
        assertThat(instancesOf(t.x, t.a, current.key(), id, next)).hasSize(1);
        as(t.staffX).queryParam("issuer", t.x).get("/api/v1/obligation-rules").then().statusCode(200)
                .body("total", equalTo(0));
        as(t.staffX).queryParam("issuer", t.x).queryParam("includeRetired", "true").get("/api/v1/obligation-rules")
                .then().statusCode(200).body("total", equalTo(2));
    }

    @Test
    void badRulesAreRefusedNamingTheFieldAndNothingIsWritten() {
        Map<String, Object> body = rule(t.x, "坏规则", "MEETING", "YEAR", List.of("COMMUNITY"));
        body.put("minCount", 0);
        as(t.staffX).body(body).post("/api/v1/obligation-rules").then().statusCode(422).body("errors[0].field", equalTo("minCount"));
        body.put("minCount", 2);
        body.put("dueMonthDay", "13-01");
        as(t.staffX).body(body).post("/api/v1/obligation-rules").then().statusCode(422).body("errors[0].field", equalTo("dueMonthDay"));
        body.put("dueMonthDay", "06-30");
        body.put("validTo", "2023-12-31");
        as(t.staffX).body(body).post("/api/v1/obligation-rules").then().statusCode(422).body("errors[0].field", equalTo("validTo"));
        body.put("validTo", null);
        body.put("appliesTo", List.of());
        as(t.staffX).body(body).post("/api/v1/obligation-rules").then().statusCode(422).body("errors[0].field", equalTo("appliesTo"));
        body.put("appliesTo", List.of("COMMUNITY"));
        body.put("title", "坏\u0000规则");
        as(t.staffX).body(body).post("/api/v1/obligation-rules").then().statusCode(422).body("errors[0].field", equalTo("title"));
        body.put("title", "别人的规则");
        as(t.staffA).body(body).post("/api/v1/obligation-rules").then().statusCode(403).body("type", endsWith("self-waiver"));
        as("outsider").body(body).post("/api/v1/obligation-rules").then().statusCode(404)
                .body("errors[0].field", equalTo("issuerOrganizationId"));
        as("admin").queryParam("issuer", t.x).queryParam("includeRetired", "true").get("/api/v1/obligation-rules").then()
                .statusCode(200).body("total", equalTo(0));
        as("admin").queryParam("under", t.x).queryParam("size", 500).get("/api/v1/obligations").then().statusCode(200)
                .body("items.title", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.not(org.hamcrest.Matchers.endsWith("规则"))));
        as(t.staffX).queryParam("under", t.x).queryParam("period", "2026-Q5").get("/api/v1/obligations").then().statusCode(400)
                .body("errors[0].field", equalTo("period"));
    }

    @Test
    void aRuleStartingMidPeriodAndAnOrganizationCreatedAfterTheDueDate() {
        // Generated as on 2026-08-20 for a quarterly rule valid from 2026-08-15: Q3 is owed (it starts before the due date).
        Map<String, Object> body = rule(t.x, "季度督查", "INSPECTION", "QUARTER", List.of("TOWN"));
        body.put("validFrom", "2027-08-15");
        long id = createRule(t.staffX, body);
        assertThat(instances(t.x, null, id)).as("not in force yet").isEmpty();
        generator.generateFor(id, LocalDate.of(2027, 8, 20));
        // Every test organization was created today, long before 2027-09-30: the town owes 2027-Q3 and Q4.
        assertThat(instancesOf(t.x, t.v, null, id)).extracting(i -> i.get("period")).containsExactly("2027-Q3", "2027-Q4");

        LocalDate today = Today.date();
        Assumptions.assumeTrue(today.getDayOfYear() > 1, "needs a due date earlier this year");
        Map<String, Object> yearly = rule(t.x, "年度责任书", "PLEDGE", "YEAR", List.of("TOWN"));
        yearly.put("dueMonthDay", "01-01");
        long pledge = createRule(t.staffX, yearly);
        // The town was created today, after this year's due date (01-01): it owes next year only.
        assertThat(instancesOf(t.x, t.v, null, pledge))
                .extracting(i -> i.get("period")).containsExactly(String.valueOf(today.getYear() + 1));
    }

    @Test
    void organizationsCreatedMovedAndDissolvedGainAndLoseWhatTheyOwe() {
        long id = createRule(t.staffX, rule(t.x, "每年通报一次", "BRIEFING", "YEAR", List.of("COMMUNITY")));
        String year = String.valueOf(Today.date().getYear());
        var created = Demo.createOrg("新建社区", "COMMUNITY", t.x);
        long n = created.getLong("id");
        assertThat(instancesOf(t.x, n, null, id)).extracting(i -> i.get("period")).contains(year);

        // Moved out of the issuer's subtree: what it owed here and had not started on is gone.
        as("admin").body(Map.of("version", created.getLong("version"), "newParentId", Duties.container()))
                .post("/api/v1/organizations/" + n + "/move").then().statusCode(200);
        assertThat(instancesOf(t.x, n, null, id)).isEmpty();
        assertThat(instancesOf(Duties.container(), n, null, id)).isEmpty();

        // Dissolved: it owes nothing any more.
        var m = Demo.createOrg("将撤销社区", "COMMUNITY", t.x);
        assertThat(instancesOf(t.x, m.getLong("id"), null, id)).isNotEmpty();
        long version = as("admin").get("/api/v1/organizations/" + m.getLong("id")).then().statusCode(200)
                .extract().jsonPath().getLong("version");
        as("admin").body(Map.of("version", version)).post("/api/v1/organizations/" + m.getLong("id") + "/dissolve")
                .then().statusCode(200);
        assertThat(instancesOf(t.x, m.getLong("id"), null, id)).isEmpty();
    }

    @Test
    void perHolderRulesGiveTheNewHolderTheirOwnInstanceAtOnceAfterAHandOver() {
        long first = fixtures.newPerson(Demo.uniqueCode("分管甲"), null, null, org.dutyledger.person.MembershipRole.STAFF);
        long second = fixtures.newPerson(Demo.uniqueCode("分管乙"), null, null, org.dutyledger.person.MembershipRole.STAFF);
        Duties.assigned(first, t.b, "DIRECT_RESPONSIBLE", "2024-01-01", null);
        Map<String, Object> body = rule(t.x, "分管领导每月听取汇报", "BRIEFING", "MONTH", List.of("COMMUNITY"));
        body.put("perHolderRole", "DIRECT_RESPONSIBLE");
        long id = createRule(t.staffX, body);
        LocalDate today = Today.date();
        Periods.Period month = Periods.containing(PeriodKind.MONTH, today);
        assertThat(instancesOf(t.x, t.b, null, id)).extracting(i -> (Object) ((Map<?, ?>) i.get("holder")).get("id"))
                .containsOnly((int) first).hasSize(2);
        assertThat(instancesOf(t.x, t.a, null, id)).as("no holder, no instance").isEmpty();

        // No job runs: the hand-over itself gives the new holder their instances.
        Map<String, Object> successor = Duties.handOver("admin", t.b, "DIRECT_RESPONSIBLE", second, today.toString())
                .statusCode(201).extract().jsonPath().getMap("started");
        List<Map<String, Object>> b = instancesOf(t.x, t.b, null, id);
        assertThat(b).filteredOn(i -> ((Map<?, ?>) i.get("holder")).get("id").equals((int) second))
                .extracting(i -> i.get("period")).containsExactlyInAnyOrder(month.key(), month.next().key());
        assertThat(b).filteredOn(i -> ((Map<?, ?>) i.get("holder")).get("id").equals((int) first))
                .extracting(i -> i.get("period"))
                .containsExactlyElementsOf(today.equals(month.start()) ? List.of() : List.of(month.key()));

        // Ending the new holder's duty today drops their next month's instance (not yet due, nothing recorded) at once.
        as("admin").body(Map.of("version", successor.get("version"), "validTo", today.toString(), "reason", "调离"))
                .post("/api/v1/duty-assignments/" + successor.get("id") + "/end").then().statusCode(200);
        assertThat(instancesOf(t.x, t.b, null, id)).filteredOn(i -> ((Map<?, ?>) i.get("holder")).get("id").equals((int) second))
                .extracting(i -> i.get("period")).containsExactly(month.key());
    }

    @Test
    void twoJobsGeneratingAtOnceNeverDuplicate() {
        long id = createRule(t.staffX, rule(t.x, "每月学习", "STUDY", "MONTH", List.of("COMMUNITY", "TOWN")));
        LocalDate later = Today.date().plusMonths(3);
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> generator.generateFor(id, later));
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(() -> generator.generateFor(id, later));
        CompletableFuture<Integer> all1 = CompletableFuture.supplyAsync(() -> generator.generateAll(Today.date()));
        CompletableFuture<Integer> all2 = CompletableFuture.supplyAsync(() -> generator.generateAll(Today.date()));
        assertThat(one.join() + two.join()).isEqualTo(8);
        all1.join();
        all2.join();
        Periods.Period m = Periods.containing(PeriodKind.MONTH, later);
        for (String key : List.of(m.key(), m.next().key())) {
            assertThat(instances(t.x, key, id)).as(key).hasSize(4);
        }
        assertThat(instances(t.x, null, id)).hasSize(4 * 4);
        as("admin").get("/api/v1/obligation-rules/" + id).then().statusCode(200).body("createdAt", notNullValue());
    }
}
