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
                .body("ended[0].endReason", containsString("交接给"))
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
