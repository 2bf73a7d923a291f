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

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dutyledger.support.Duties.assign;
import static org.dutyledger.support.Duties.assigned;
import static org.dutyledger.support.Duties.body;
import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.nullValue;

/** The invariants of duty assignments and their errors, on a fresh unit under 东湖街道 per test. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class DutyAssignmentApiTest {

    @Inject
    Fixtures fixtures;

    long unit;
    String unitCode;
    long alice;
    long bob;

    @BeforeEach
    void freshUnit() {
        JsonPath org = Demo.createOrg("责任测试单位", "DEPARTMENT", Duties.container());
        unit = org.getLong("id");
        unitCode = org.getString("code");
        alice = fixtures.newPerson(Fixtures.unique("甲"), null, unitCode, MembershipRole.STAFF);
        bob = fixtures.newPerson(Fixtures.unique("乙"), null, unitCode, MembershipRole.STAFF);
    }

    @Test
    void assigningADutyAnswers201WithTheViewAndAuditsIt() {
        Map<String, Object> b = body(alice, unit, "FIRST_RESPONSIBLE", "2024-01-01", null);
        b.put("basis", Map.of("documentNumber", "测试党〔2024〕1号", "title", "责任分工通知"));
        long id = assign("secretary", b).statusCode(201)
                .header("Location", containsString("/api/v1/duty-assignments/"))
                .body("role", equalTo("FIRST_RESPONSIBLE"))
                .body("person.id", equalTo((int) alice))
                .body("organization.code", equalTo(unitCode))
                .body("validFrom", equalTo("2024-01-01"))
                .body("validTo", nullValue())
                .body("basis.documentNumber", equalTo("测试党〔2024〕1号"))
                .body("scope", hasSize(0))
                .body("version", equalTo(0))
                .extract().jsonPath().getLong("id");
        as("secretary").get("/api/v1/duty-assignments/" + id).then().statusCode(200).body("id", equalTo((int) id));
        JsonPath audit = Duties.audit("duty_assignment", id);
        assertThat(audit.getString("items[0].action")).isEqualTo("duty.assigned");
        assertThat(audit.getString("items[0].actorUsername")).isEqualTo("secretary");
        assertThat(audit.getLong("items[0].organizationId")).isEqualTo(unit);
        assertThat(audit.getString("items[0].changes.role.after")).isEqualTo("FIRST_RESPONSIBLE");
        assertThat(audit.getString("items[0].changes.basisNumber.after")).isEqualTo("测试党〔2024〕1号");
    }

    @Test
    void aSecondFirstResponsibleOnAnOverlappingDayIs409NamingTheHolder() {
        long first = assigned(alice, unit, "FIRST_RESPONSIBLE", "2024-01-01", null);
        String aliceName = as("admin").get("/api/v1/people/" + alice).then().extract().path("name");
        assign("admin", body(bob, unit, "FIRST_RESPONSIBLE", "2024-06-01", null)).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://dutyledger.org/problems/duty-conflict"))
                .body("title", equalTo("职责任职冲突"))
                .body("detail", containsString("任职 " + first))
                .body("detail", containsString(aliceName))
                .body("detail", containsString("2024-01-01"))
                .body("errors[0].field", equalTo("validFrom"))
                .body("errors[0].code", equalTo("overlaps"))
                .body("errors[0].args.assignmentId", hasToString(String.valueOf(first)))
                .body("errors[0].args.holder", equalTo(aliceName))
                .body("errors[0].args.role", equalTo("FIRST_RESPONSIBLE"))
                .body("errors[0].args.from", equalTo("2024-01-01"))
                .body("errors[0].message", equalTo("与任职 " + first + "（" + aliceName + "，FIRST_RESPONSIBLE，2024-01-01 – ）时间重叠"));
        // The same refusal in English when the request prefers it.
        as("admin").header("Accept-Language", "en").body(body(bob, unit, "FIRST_RESPONSIBLE", "2024-06-01", null))
                .post("/api/v1/duty-assignments").then().statusCode(409)
                .body("title", equalTo("Conflicting duty assignment"))
                .body("detail", containsString("assignment " + first))
                .body("errors[0].code", equalTo("overlaps"))
                .body("errors[0].message", equalTo("overlaps assignment " + first + " of " + aliceName
                        + " as FIRST_RESPONSIBLE (2024-01-01 – )"));
        // Touching periods do not overlap: the end date is the last day held.
        assigned(bob, unit, "FIRST_RESPONSIBLE", "2023-01-01", "2023-12-31");
        assign("admin", body(bob, unit, "FIRST_RESPONSIBLE", "2023-06-01", "2024-01-01")).statusCode(409);
    }

    @Test
    void aSecondDirectResponsibleNeedsTheOrganizationsFlag() {
        String settings = "/api/v1/organizations/" + unit + "/duty-settings";
        as("secretary").get(settings).then().statusCode(200).body("allowMultipleDirectResponsible", equalTo(false));
        long first = assigned(alice, unit, "DIRECT_RESPONSIBLE", "2024-01-01", null);
        assign("admin", body(bob, unit, "DIRECT_RESPONSIBLE", "2024-02-01", null)).statusCode(409)
                .body("errors[0].code", equalTo("overlaps"))
                .body("errors[0].args.assignmentId", hasToString(String.valueOf(first)));
        as("secretary").body(Map.of("allowMultipleDirectResponsible", true)).put(settings).then().statusCode(200)
                .body("allowMultipleDirectResponsible", equalTo(true));
        assigned(bob, unit, "DIRECT_RESPONSIBLE", "2024-02-01", null);
        as("secretary").body(Map.of("allowMultipleDirectResponsible", false)).put(settings).then().statusCode(409)
                .body("type", equalTo("https://dutyledger.org/problems/duty-conflict"));
        assertThat(Duties.audit("organization", unit).getString("items[0].action")).isEqualTo("duty.settings-changed");
    }

    @Test
    void theSamePersonCannotHoldTheSameRoleTwiceInOverlappingPeriods() {
        long liaison = assigned(alice, unit, "LIAISON", "2024-01-01", "2024-12-31");
        assign("admin", body(alice, unit, "LIAISON", "2024-12-31", null)).statusCode(409)
                .body("errors[0].code", equalTo("overlaps"))
                .body("errors[0].args.assignmentId", hasToString(String.valueOf(liaison)));
        // Other people may be liaisons side by side.
        assigned(bob, unit, "LIAISON", "2024-03-01", null);
        assigned(alice, unit, "LIAISON", "2025-01-01", null);
    }

    @Test
    void anEndBeforeTheStartIs422NamingValidTo() {
        assign("admin", body(alice, unit, "LIAISON", "2024-05-01", "2024-04-30")).statusCode(422)
                .body("errors[0].field", equalTo("validTo"));
        long id = assigned(alice, unit, "LIAISON", "2024-05-01", null);
        as("admin").body(Map.of("version", 0, "validTo", "2024-04-01")).post("/api/v1/duty-assignments/" + id + "/end")
                .then().statusCode(422).body("errors[0].field", equalTo("validTo"));
    }

    @Test
    void anUnknownPersonOrOneOutsideTheScopeIs404NamingPersonId() {
        assign("admin", body(987654321L, unit, "LIAISON", "2024-01-01", null)).statusCode(404)
                .body("errors[0].field", equalTo("personId"));
        long westerner = fixtures.newPerson("STREET-XS", MembershipRole.STAFF);
        assign("secretary", body(westerner, unit, "LIAISON", "2024-01-01", null)).statusCode(404)
                .body("errors[0].field", equalTo("personId"));
        assign("admin", body(alice, 987654321L, "LIAISON", "2024-01-01", null)).statusCode(404)
                .body("errors[0].field", equalTo("organizationId"));
    }

    @Test
    void anInactivePersonCannotBeAssigned() {
        as("admin").body(Map.of("version", fixtures.personVersion(bob), "active", false))
                .patch("/api/v1/people/" + bob).then().statusCode(200);
        assign("admin", body(bob, unit, "LIAISON", "2024-01-01", null)).statusCode(422)
                .body("errors[0].field", equalTo("personId"));
    }

    @Test
    void aDualDutyScopeMustLieInTheSubtree() {
        long child = Demo.createOrg("下属单位", "DEPARTMENT", unit).getLong("id");
        Map<String, Object> b = body(alice, unit, "MEMBER_DUAL_DUTY", "2024-01-01", null);
        b.put("scopeOrganizationIds", List.of(child, Demo.org("STREET-XS")));
        assign("admin", b).statusCode(422).body("errors[0].field", equalTo("scopeOrganizationIds[1]"));
        b.put("scopeOrganizationIds", List.of());
        assign("admin", b).statusCode(422).body("errors[0].field", equalTo("scopeOrganizationIds"));
        b.put("scopeOrganizationIds", List.of(child));
        assign("admin", b).statusCode(201).body("scope.id", equalTo(List.of((int) child)));
        Map<String, Object> liaison = body(bob, unit, "LIAISON", "2024-01-01", null);
        liaison.put("scopeOrganizationIds", List.of(child));
        assign("admin", liaison).statusCode(422).body("errors[0].field", equalTo("scopeOrganizationIds"));
    }

    @Test
    void aChannelAdministratorNamesAChannelOfTheOrganization() {
        long own = Duties.channel(unit, "单位网站", "ACTIVE");
        long foreign = Duties.channel(Demo.org("STREET-XS"), Fixtures.unique("西山网站"), "ACTIVE");
        Map<String, Object> b = body(alice, unit, "CHANNEL_ADMIN", "2024-01-01", null);
        b.put("channelId", foreign);
        assign("admin", b).statusCode(422).body("errors[0].field", equalTo("channelId"));
        b.put("channelId", own);
        assign("admin", b).statusCode(201).body("channel.id", equalTo((int) own)).body("channel.name", equalTo("单位网站"));
        Map<String, Object> liaison = body(alice, unit, "LIAISON", "2024-01-01", null);
        liaison.put("channelId", own);
        assign("admin", liaison).statusCode(422).body("errors[0].field", equalTo("channelId"));
    }

    @Test
    void aBadDateIs400NamingTheField() {
        Map<String, Object> b = body(alice, unit, "LIAISON", "2024-13-01", null);
        assign("admin", b).statusCode(400).body("errors[0].field", equalTo("validFrom"));
        b.put("validFrom", "2024/01/01");
        assign("admin", b).statusCode(400).body("errors[0].field", equalTo("validFrom"));
        as("admin").queryParam("at", "01.02.2024").get("/api/v1/organizations/" + unit + "/responsibility")
                .then().statusCode(400).body("errors[0].field", equalTo("at"));
        as("admin").queryParam("at", "2024-02-30").get("/api/v1/duty-assignments")
                .then().statusCode(400).body("errors[0].field", equalTo("at"));
        assign("admin", body(alice, unit, "CHIEF", "2024-01-01", null)).statusCode(400).body("errors[0].field", equalTo("role"));
        b.put("validFrom", null);
        assign("admin", b).statusCode(422).body("errors[0].field", equalTo("validFrom"));
    }

    @Test
    void endingClosesThePeriodOnceAndAStaleVersionIs409() {
        long id = assigned(alice, unit, "PROPAGANDA_OFFICER", "2024-01-01", null);
        String end = "/api/v1/duty-assignments/" + id + "/end";
        as("admin").body(Map.of("version", 3, "validTo", "2024-06-30")).post(end).then().statusCode(409)
                .body("type", equalTo("https://dutyledger.org/problems/version-conflict"));
        as("secretary").body(Map.of("version", 0, "validTo", "2024-06-30", "reason", "调任")).post(end).then().statusCode(200)
                .body("validTo", equalTo("2024-06-30")).body("endReason", equalTo("调任")).body("version", equalTo(1));
        as("admin").body(Map.of("version", 1, "validTo", "2024-07-30")).post(end).then().statusCode(409);
        JsonPath audit = Duties.audit("duty_assignment", id);
        assertThat(audit.getString("items[0].action")).isEqualTo("duty.ended");
        assertThat(audit.getString("items[0].changes.validTo.after")).isEqualTo("2024-06-30");
        assertThat(audit.getString("items[0].changes.endReason.after")).isEqualTo("调任");
    }

    @Test
    void aCorrectionNeedsAReasonAndIsAuditedWithBeforeAndAfter() {
        long id = assigned(alice, unit, "LIAISON", "2024-01-01", null);
        String correct = "/api/v1/duty-assignments/" + id + "/correct";
        Map<String, Object> fix = new java.util.HashMap<>(Map.of("version", 0, "personId", bob, "role", "LIAISON",
                "validFrom", "2024-02-01"));
        as("admin").body(fix).post(correct).then().statusCode(422).body("errors[0].field", equalTo("reason"));
        fix.put("reason", "录入错误：应为乙");
        as("secretary").body(fix).post(correct).then().statusCode(200)
                .body("person.id", equalTo((int) bob)).body("validFrom", equalTo("2024-02-01"))
                .body("correctionReason", equalTo("录入错误：应为乙")).body("version", equalTo(1));
        JsonPath audit = Duties.audit("duty_assignment", id);
        assertThat(audit.getString("items[0].action")).isEqualTo("duty.corrected");
        assertThat(audit.getString("items[0].changes.person.before")).contains("#" + alice);
        assertThat(audit.getString("items[0].changes.person.after")).contains("#" + bob);
        assertThat(audit.getString("items[0].changes.validFrom.before")).isEqualTo("2024-01-01");
        assertThat(audit.getString("items[0].changes.reason.after")).isEqualTo("录入错误：应为乙");
        // A correction must keep the invariants too.
        assigned(alice, unit, "FIRST_RESPONSIBLE", "2024-01-01", null);
        fix.put("version", 1);
        fix.put("role", "FIRST_RESPONSIBLE");
        as("admin").body(fix).post(correct).then().statusCode(409);
        as("admin").body(Map.of("version", 1, "reason", "x", "personId", bob, "role", "LIAISON", "validFrom", "2024-02-01"))
                .post("/api/v1/duty-assignments/" + id + "/correct").then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void theDatabaseRefusesOverlapsThatBypassTheService() throws SQLException {
        long first = assigned(alice, unit, "FIRST_RESPONSIBLE", "2024-01-01", null);
        try (Connection c = EmbeddedPostgresResource.superuser(); Statement s = c.createStatement()) {
            String insert = "INSERT INTO duty_assignment (id, person_id, organization_id, role, valid_from, valid_to, "
                    + "created_at, updated_at) VALUES (nextval('duty_assignment_seq') * 1000, %d, %d, '%s', DATE '%s', %s, now(), now())";
            assertThatThrownBy(() -> s.execute(String.format(insert, bob, unit, "FIRST_RESPONSIBLE", "2025-01-01", "NULL")))
                    .hasMessageContaining("duty_assignment_sole_holder");
            assertThatThrownBy(() -> s.execute(String.format(insert, alice, unit, "LIAISON", "2025-01-01", "DATE '2024-01-01'")))
                    .hasMessageContaining("duty_assignment_period_valid");
        }
        assertThat(first).isPositive();
    }

    @Test
    void theListFiltersByPersonRoleOrganizationAndDay() {
        long a = assigned(alice, unit, "LIAISON", "2024-01-01", "2024-06-30");
        long b = assigned(bob, unit, "LIAISON", "2024-07-01", null);
        JsonPath all = as("secretary").queryParam("organization", unit).get("/api/v1/duty-assignments").then()
                .statusCode(200).extract().jsonPath();
        assertThat(all.getList("items.id", Long.class)).containsExactlyInAnyOrder(a, b);
        assertThat(as("secretary").queryParam("organization", unit).queryParam("at", "2024-03-01")
                .get("/api/v1/duty-assignments").then().extract().jsonPath().getList("items.id", Long.class)).containsExactly(a);
        assertThat(as("secretary").queryParam("person", bob).queryParam("role", "LIAISON")
                .get("/api/v1/duty-assignments").then().extract().jsonPath().getList("items.id", Long.class)).containsExactly(b);
        assertThat(as("outsider").queryParam("person", bob).get("/api/v1/duty-assignments").then().statusCode(200)
                .extract().jsonPath().getInt("total")).isZero();
        assertThat(as("admin").get("/api/v1/organizations/" + unit + "/duty-assignments").then().statusCode(200)
                .extract().jsonPath().getList("items.id", Long.class)).containsExactly(b, a);
    }

    @Test
    void aPersonsDutiesExportToExcel() throws Exception {
        assigned(alice, unit, "LIAISON", "2024-01-01", "2024-06-30");
        Map<String, Object> b = body(alice, unit, "FIRST_RESPONSIBLE", "2024-07-01", null);
        b.put("basis", Map.of("documentNumber", "导出〔2024〕1号"));
        assign("admin", b).statusCode(201);
        byte[] file = as("secretary").queryParam("person", alice).get("/api/v1/duty-assignments/export.xlsx")
                .then().statusCode(200).extract().asByteArray();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(file))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("责任角色");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("第一责任人");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("至今");
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("导出〔2024〕1号");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("联络员");
        }
    }
}
