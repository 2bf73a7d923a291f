package org.dutyledger.duty;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.dutyledger.person.MembershipRole;
import org.dutyledger.support.Demo;
import org.dutyledger.support.Duties;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.support.Duties.assigned;
import static org.dutyledger.support.Duties.handOver;
import static org.dutyledger.support.Duties.holders;
import static org.dutyledger.support.Duties.responsibility;
import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** Hand-overs and the point-in-time answers they leave behind. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class HandoverApiTest {

    @Inject
    Fixtures fixtures;

    long unit;
    String unitCode;

    @BeforeEach
    void freshUnit() {
        JsonPath org = Demo.createOrg("交接测试单位", "COMMUNITY", Duties.container());
        unit = org.getLong("id");
        unitCode = org.getString("code");
    }

    long person(String name) {
        return fixtures.newPerson(Fixtures.unique(name), null, unitCode, MembershipRole.STAFF);
    }

    String name(long personId) {
        return as("admin").get("/api/v1/people/" + personId).then().extract().path("name");
    }

    @Test
    void aHandOverEndsTheHolderTheDayBeforeAndStartsTheNewOneWithAuditEventsForBoth() {
        long old = person("旧");
        long successor = person("新");
        long before = assigned(old, unit, "DIRECT_RESPONSIBLE", "2023-01-01", null);
        JsonPath result = handOver("secretary", unit, "DIRECT_RESPONSIBLE", successor, "2024-07-01").statusCode(201)
                .header("Location", containsString("/api/v1/duty-assignments/"))
                .body("ended", hasSize(1))
                .body("ended[0].id", equalTo((int) before))
                .body("ended[0].validTo", equalTo("2024-06-30"))
                .body("ended[0].endReasonCode", equalTo("HANDED_OVER"))
                .body("ended[0].successor.person.id", equalTo((int) successor))
                .body("ended[0].successor.validFrom", equalTo("2024-07-01"))
                .body("ended[0].endReason", nullValue())
                .body("started.person.id", equalTo((int) successor))
                .body("started.validFrom", equalTo("2024-07-01"))
                .body("started.validTo", nullValue())
                .body("started.basis.documentNumber", equalTo("测试〔2024〕9号"))
                .extract().jsonPath();
        assertThat(Duties.audit("duty_assignment", before).getString("items[0].action")).isEqualTo("duty.ended");
        JsonPath started = Duties.audit("duty_assignment", result.getLong("started.id"));
        assertThat(started.getString("items[0].action")).isEqualTo("duty.handed-over");
        assertThat(started.getString("items[0].changes.handedOverFrom.after")).contains("assignment " + before);
        assertThat(started.getString("items[0].requestId"))
                .isEqualTo(Duties.audit("duty_assignment", before).getString("items[0].requestId"));
    }

    @Test
    void whoHeldTheRoleIsAnsweredForAnyDayAcrossTwoHandOversAndACorrection() {
        long first = person("甲");
        long second = person("乙");
        long third = person("丙");
        long actual = person("丁");
        assigned(first, unit, "FIRST_RESPONSIBLE", "2020-01-01", null);
        long secondId = handOver("admin", unit, "FIRST_RESPONSIBLE", second, "2022-01-01").statusCode(201)
                .extract().jsonPath().getLong("started.id");
        handOver("admin", unit, "FIRST_RESPONSIBLE", third, "2023-07-01").statusCode(201);
        // The second hand-over was recorded for the wrong person: corrected, with a reason.
        Map<String, Object> fix = new HashMap<>(Map.of("version", 1, "reason", "文件核对：接任者为丁", "personId", actual,
                "role", "FIRST_RESPONSIBLE", "validFrom", "2022-01-01", "validTo", "2023-06-30"));
        as("admin").body(fix).post("/api/v1/duty-assignments/" + secondId + "/correct").then().statusCode(200);

        assertThat(holders(responsibility(unit, "2019-12-31"), "FIRST_RESPONSIBLE")).isEmpty();
        assertThat(holders(responsibility(unit, "2021-12-31"), "FIRST_RESPONSIBLE")).containsExactly(name(first));
        assertThat(holders(responsibility(unit, "2022-01-01"), "FIRST_RESPONSIBLE")).containsExactly(name(actual));
        assertThat(holders(responsibility(unit, "2023-06-30"), "FIRST_RESPONSIBLE")).containsExactly(name(actual));
        assertThat(holders(responsibility(unit, "2023-07-01"), "FIRST_RESPONSIBLE")).containsExactly(name(third));
        JsonPath today = as("admin").get("/api/v1/organizations/" + unit + "/responsibility").then().statusCode(200)
                .extract().jsonPath();
        assertThat(holders(today, "FIRST_RESPONSIBLE")).containsExactly(name(third));
        assertThat(today.getList("roles.role")).hasSize(7).first().isEqualTo("FIRST_RESPONSIBLE");
        assertThat(as("admin").queryParam("organization", unit).queryParam("at", "2022-03-01").queryParam("role", "FIRST_RESPONSIBLE")
                .get("/api/v1/duty-assignments").then().extract().jsonPath().getList("items.person.name"))
                .containsExactly(name(actual));
        assertThat(holders(responsibility(unit, "2022-03-01"), "FIRST_RESPONSIBLE")).doesNotContain(name(second));
        JsonPath timeline = as("admin").get("/api/v1/organizations/" + unit + "/duty-assignments").then().statusCode(200)
                .extract().jsonPath();
        assertThat(timeline.getList("items.validFrom")).containsExactly("2023-07-01", "2022-01-01", "2020-01-01");
        assertThat(timeline.getString("items[1].correctionReason")).isEqualTo("文件核对：接任者为丁");
    }

    @Test
    void theDualDutyOfAnAncestorCoversTheOrganizationsInItsScope() {
        long covered = Demo.createOrg("被督导", "DEPARTMENT", unit).getLong("id");
        long below = Demo.createOrg("被督导下级", "DEPARTMENT", covered).getLong("id");
        long other = Demo.createOrg("未督导", "DEPARTMENT", unit).getLong("id");
        long member = person("双责");
        Map<String, Object> b = Duties.body(member, unit, "MEMBER_DUAL_DUTY", "2024-01-01", null);
        b.put("scopeOrganizationIds", List.of(covered));
        Duties.assign("admin", b).statusCode(201);
        assertThat(holders(responsibility(covered, "2024-05-01"), "MEMBER_DUAL_DUTY")).containsExactly(name(member));
        assertThat(holders(responsibility(below, "2024-05-01"), "MEMBER_DUAL_DUTY")).containsExactly(name(member));
        assertThat(holders(responsibility(other, "2024-05-01"), "MEMBER_DUAL_DUTY")).isEmpty();
        assertThat(holders(responsibility(covered, "2023-05-01"), "MEMBER_DUAL_DUTY")).isEmpty();
        assertThat(responsibility(covered, "2024-05-01").getLong("roles[3].holders[0].organization.id")).isEqualTo(unit);
    }

    @Test
    void aHandOverIsRefusedWhenItCannotEndTheCurrentHolderCleanly() {
        long holder = person("现任");
        assigned(holder, unit, "FIRST_RESPONSIBLE", "2024-01-01", null);
        handOver("admin", unit, "FIRST_RESPONSIBLE", holder, "2024-05-01").statusCode(422)
                .body("errors[0].field", equalTo("personId"));
        handOver("admin", unit, "FIRST_RESPONSIBLE", person("新任"), "2024-01-01").statusCode(409)
                .body("type", equalTo("https://dutyledger.org/problems/duty-conflict"));
        handOver("admin", unit, "MEMBER_DUAL_DUTY", person("双责"), "2024-05-01").statusCode(422)
                .body("errors[0].field", equalTo("role"));
        handOver("admin", unit, "CHANNEL_ADMIN", person("管理员"), "2024-05-01").statusCode(422)
                .body("errors[0].field", equalTo("channelId"));
        handOver("admin", unit, "FIRST_RESPONSIBLE", 987654321L, "2024-05-01").statusCode(404)
                .body("errors[0].field", equalTo("personId"));
        assertThat(holders(responsibility(unit, "2024-06-01"), "FIRST_RESPONSIBLE")).containsExactly(name(holder));
    }

    @Test
    void aHandOverOnTheDayTheHolderStartedIsRefusedAsHandoverSameDayAndACorrectionReplacesTheHolder() {
        long earlier = person("前任");
        long wrong = person("误录");
        long right = person("实任");
        long earlierId = assigned(earlier, unit, "FIRST_RESPONSIBLE", "2020-01-01", null);
        long wrongId = handOver("admin", unit, "FIRST_RESPONSIBLE", wrong, "2024-05-01").statusCode(201)
                .extract().jsonPath().getLong("started.id");

        handOver("secretary", unit, "FIRST_RESPONSIBLE", right, "2024-05-01").statusCode(409)
                .body("type", equalTo("https://dutyledger.org/problems/duty-conflict"))
                .body("errors[0].field", equalTo("effectiveDate"))
                .body("errors[0].code", equalTo("handover-same-day"))
                .body("errors[0].args.assignmentId", equalTo((int) wrongId))
                .body("errors[0].args.from", equalTo("2024-05-01"))
                .body("errors[0].message", containsString("更正"));
        // nothing changed: the wrong entry still holds from its first day
        assertThat(holders(responsibility(unit, "2024-05-01"), "FIRST_RESPONSIBLE")).containsExactly(name(wrong));

        // 更正: the right person replaces the wrong one from its start, recorded as a correction
        Map<String, Object> fix = new HashMap<>(Map.of("version", 0, "reason", "当日交接有误，改为实任人员",
                "personId", right, "role", "FIRST_RESPONSIBLE", "validFrom", "2024-05-01"));
        as("secretary").body(fix).post("/api/v1/duty-assignments/" + wrongId + "/correct").then().statusCode(200)
                .body("person.id", equalTo((int) right)).body("validFrom", equalTo("2024-05-01"))
                .body("validTo", nullValue()).body("correctionReason", equalTo("当日交接有误，改为实任人员"));
        assertThat(holders(responsibility(unit, "2024-05-01"), "FIRST_RESPONSIBLE")).containsExactly(name(right));
        assertThat(Duties.audit("duty_assignment", wrongId).getString("items[0].action")).isEqualTo("duty.corrected");
        // the predecessor's hand-over now names the corrected successor
        as("admin").get("/api/v1/duty-assignments/" + earlierId).then().statusCode(200)
                .body("validTo", equalTo("2024-04-30"))
                .body("endReasonCode", equalTo("HANDED_OVER"))
                .body("successor.assignmentId", equalTo((int) wrongId))
                .body("successor.person.name", equalTo(name(right)));
    }

    @Test
    void everyWayOfEndingStoresAStructuredReason() {
        long id = assigned(person("结束"), unit, "LIAISON", "2024-01-01", null);
        as("admin").body(Map.of("version", 0, "validTo", "2024-06-30", "reason", "调任"))
                .post("/api/v1/duty-assignments/" + id + "/end").then().statusCode(200)
                .body("endReasonCode", equalTo("ENDED")).body("endReason", equalTo("调任")).body("successor", nullValue());

        long corrected = assigned(person("更正"), unit, "INFORMATION_OFFICER", "2024-01-01", null);
        Map<String, Object> fix = new HashMap<>(Map.of("version", 0, "reason", "任期录漏", "personId",
                as("admin").get("/api/v1/duty-assignments/" + corrected).then().extract().path("person.id"),
                "role", "INFORMATION_OFFICER", "validFrom", "2024-01-01", "validTo", "2024-03-31"));
        as("admin").body(fix).post("/api/v1/duty-assignments/" + corrected + "/correct").then().statusCode(200)
                .body("endReasonCode", equalTo("CORRECTED"));
        fix.put("version", 1);
        fix.remove("validTo");
        as("admin").body(fix).post("/api/v1/duty-assignments/" + corrected + "/correct").then().statusCode(200)
                .body("validTo", nullValue()).body("endReasonCode", nullValue());

        long channel = Duties.channel(unit, "交接测试阵地", "ACTIVE");
        Map<String, Object> b = Duties.body(person("阵地"), unit, "CHANNEL_ADMIN", "2024-02-01", null);
        b.put("channelId", channel);
        long admin = Duties.assign("admin", b).statusCode(201).extract().jsonPath().getLong("id");
        as("admin").body(Map.of("version", 0, "closedOn", "2025-01-01", "reason", "停用"))
                .post("/api/v1/channels/" + channel + "/close").then().statusCode(200);
        as("admin").get("/api/v1/duty-assignments/" + admin).then().statusCode(200)
                .body("endReasonCode", equalTo("CHANNEL_CLOSED")).body("endReason", equalTo("停用"));

        // read in English, a hand-over carries no Chinese text the server wrote
        long from = assigned(person("英"), unit, "PROPAGANDA_OFFICER", "2024-01-01", null);
        handOver("admin", unit, "PROPAGANDA_OFFICER", person("文"), "2024-08-01").statusCode(201);
        as("admin").header("Accept-Language", "en").get("/api/v1/duty-assignments/" + from).then().statusCode(200)
                .body("endReasonCode", equalTo("HANDED_OVER")).body("endReason", nullValue());
    }

    @Test
    void theDialogCanAskWhetherACandidateIsInTheOrganizationsLine() {
        long sibling = Demo.createOrg("旁支单位", "COMMUNITY", Duties.container()).getLong("id");
        String siblingCode = as("admin").get("/api/v1/organizations/" + sibling).then().extract().path("code");
        long member = person("本单位");
        long elsewhere = fixtures.newPerson(Fixtures.unique("旁支"), null, siblingCode, MembershipRole.STAFF);
        String candidate = "/api/v1/organizations/" + unit + "/duty-candidates/";
        as("secretary").get(candidate + member).then().statusCode(200)
                .body("organizationId", equalTo((int) unit)).body("person.id", equalTo((int) member))
                .body("inLine", equalTo(true)).body("vacancy", nullValue());
        as("secretary").get(candidate + elsewhere).then().statusCode(200)
                .body("inLine", equalTo(false)).body("vacancy", equalTo("HOLDER_NOT_MEMBER"));
        // the matrix flags the same holder after the hand-over
        handOver("admin", unit, "LIAISON", elsewhere, "2024-01-01").statusCode(201);
        assertThat(as("admin").queryParam("under", unit).queryParam("at", "2024-05-01").get("/api/v1/vacancies")
                .then().statusCode(200).extract().jsonPath().getList("items.vacancy.type", String.class))
                .contains("HOLDER_NOT_MEMBER");
        as("outsider").get(candidate + member).then().statusCode(404);
        as("secretary").get(candidate + 987654321L).then().statusCode(404);
    }

    @Test
    void aHandOverIntoAnEmptyRoleSimplyStartsTheHolder() {
        long liaison = person("联络");
        handOver("admin", unit, "LIAISON", liaison, "2024-01-01").statusCode(201).body("ended", hasSize(0));
    }

    @Test
    void concurrentHandOversOfOneRoleLetExactlyOneSucceed() throws Exception {
        assigned(person("原任"), unit, "FIRST_RESPONSIBLE", "2024-01-01", null);
        List<Long> candidates = List.of(person("候选一"), person("候选二"), person("候选三"));
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        for (long candidate : candidates) {
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return handOver("admin", unit, "FIRST_RESPONSIBLE", candidate, "2024-09-01").extract().statusCode();
            }));
        }
        go.countDown();
        List<Integer> statuses = calls.stream().map(CompletableFuture::join).toList();
        assertThat(statuses).containsExactlyInAnyOrder(201, 409, 409);
        assertThat(holders(responsibility(unit, "2024-09-01"), "FIRST_RESPONSIBLE")).hasSize(1);
        assertThat(holders(responsibility(unit, "2024-08-31"), "FIRST_RESPONSIBLE")).hasSize(1);
    }
}
