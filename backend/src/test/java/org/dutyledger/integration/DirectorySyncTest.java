package org.dutyledger.integration;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.duty.DutyRole;
import org.dutyledger.person.MembershipRole;
import org.dutyledger.support.DutyFixtures;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.dutyledger.support.Fixtures.unique;
import static org.dutyledger.support.Tokens.as;
import static org.dutyledger.support.Tokens.integration;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class DirectorySyncTest {

    static final String ORGS = "/api/v1/sync/organizations";
    static final String PEOPLE = "/api/v1/sync/people";

    @Inject
    EntityManager em;

    @Inject
    Fixtures fixtures;

    @Inject
    DutyFixtures dutyFixtures;

    static Map<String, Object> org(String code, String name, String parentCode) {
        Map<String, Object> m = new HashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("type", "DEPARTMENT");
        m.put("parentCode", parentCode);
        return m;
    }

    static Map<String, Object> person(String externalId, String name, String main, Object... deptAndLeader) {
        List<Map<String, Object>> departments = new ArrayList<>();
        for (int i = 0; i < deptAndLeader.length; i += 2) {
            departments.add(Map.of("code", deptAndLeader[i], "leader", deptAndLeader[i + 1]));
        }
        Map<String, Object> m = new HashMap<>();
        m.put("externalId", externalId);
        m.put("name", name);
        m.put("departments", departments);
        m.put("mainDepartment", main);
        return m;
    }

    long auditHead() {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("SELECT last_seq FROM audit_chain_head WHERE id = 1").getSingleResult()).longValue());
    }

    JsonPath syncOrgs(List<?> batch, String query) {
        return integration().body(batch).put(ORGS + query).then().statusCode(200).extract().jsonPath();
    }

    JsonPath syncPeople(List<?> batch, String query) {
        return integration().body(batch).put(PEOPLE + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void sameBatchTwiceChangesNothingTheSecondTime() {
        String root = unique("OA");
        List<Map<String, Object>> batch = List.of(org(root, "OA 根部门", "STREET-DH"),
                org(root + "-1", "一科", root), org(root + "-2", "二科", root));
        JsonPath first = syncOrgs(batch, "");
        assertEquals(List.of("created", "created", "created"), first.getList("items.outcome"));
        long head = auditHead();
        long lastEvent = lastOutboxEvent();
        JsonPath second = syncOrgs(batch, "");
        assertEquals(List.of("unchanged", "unchanged", "unchanged"), second.getList("items.outcome"));
        assertEquals(first.getList("items.id"), second.getList("items.id"));
        assertEquals(head, auditHead(), "no audit event for an unchanged batch");
        assertEquals(lastEvent, lastOutboxEvent(), "no outbox event (so no webhook) for an unchanged batch");
        JsonPath third = syncOrgs(List.of(org(root + "-2", "二科（改名）", root)), "");
        assertEquals("updated", third.getString("items[0].outcome"));
        assertTrue(auditHead() > head);
        List<Object[]> events = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT type, payload->>'entityId', payload->'changes'->'name'->>'after', payload->'actor'->>'username'"
                        + " FROM outbox_event WHERE id > ?1 ORDER BY id").setParameter(1, lastEvent).getResultList());
        assertEquals(1, events.size());
        assertEquals("organization.updated", events.get(0)[0]);
        assertEquals(String.valueOf(third.getLong("items[0].id")), events.get(0)[1]);
        assertEquals("二科（改名）", events.get(0)[2]);
        assertEquals("service-account-oa-sync", events.get(0)[3]);
    }

    long lastOutboxEvent() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT coalesce(max(id), 0) FROM outbox_event").getSingleResult()).longValue());
    }

    @Test
    void changesAreAuditedAsTheServiceAccount() {
        String code = unique("OA");
        long id = syncOrgs(List.of(org(code, "审计测试", "STREET-DH")), "").getLong("items[0].id");
        as("admin").get("/api/v1/audit-events?entityType=organization&entityId=" + id).then().statusCode(200)
                .body("items.actorUsername", everyItem(equalTo("service-account-oa-sync")));
    }

    @Test
    void aSourcedCreateIsOneAuditEventAndOneWebhookEventPerItem() {
        String source = unique("dingtalk");
        String root = unique("OA");
        long head = auditHead();
        long lastEvent = lastOutboxEvent();
        JsonPath orgs = syncOrgs(List.of(org(root, "来源根", "STREET-DH"), org(root + "-1", "来源一科", root)),
                "?mode=full&source=" + source);
        assertEquals(List.of("created", "created"), orgs.getList("items.outcome"));
        String who = unique("u");
        JsonPath people = syncPeople(List.of(person(who, "来源人员", root, root, true)), "?source=" + source);
        assertEquals("created", people.getString("items[0].outcome"));
        assertEquals(head + 3, auditHead(), "one audit event per created item");
        List<?> types = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT type FROM outbox_event WHERE id > ?1 ORDER BY id").setParameter(1, lastEvent).getResultList());
        assertEquals(List.of("organization.created", "organization.created", "person.created"), types);
        for (Object id : orgs.getList("items.id")) {
            as("admin").get("/api/v1/audit-events?entityType=organization&entityId=" + id).then().statusCode(200)
                    .body("items.action", contains("organization.created"));
        }
        as("admin").get("/api/v1/audit-events?entityType=person&entityId=" + people.getLong("items[0].id")).then()
                .statusCode(200).body("items.action", contains("person.created"));
        // The source was stored with the create: a full sync of that source knows the items as its own.
        assertEquals(List.of(root + "-1"), syncOrgs(List.of(org(root, "来源根", "STREET-DH")), "?mode=full&source=" + source)
                .getList("missing.key"));
        // Moving an existing item to another source is a change of its own, audited once.
        long before = auditHead();
        JsonPath moved = syncOrgs(List.of(org(root, "来源根", "STREET-DH")), "?source=" + unique("feishu"));
        assertEquals("updated", moved.getString("items[0].outcome"));
        assertEquals(before + 1, auditHead());
    }

    @Test
    void parentsMayComeLaterInTheBatch() {
        String root = unique("OA");
        List<Map<String, Object>> batch = List.of(org(root + "-a-1", "孙部门", root + "-a"),
                org(root + "-a", "子部门", root), org(root, "根", "STREET-DH"));
        JsonPath r = syncOrgs(batch, "");
        assertEquals(List.of(root + "-a-1", root + "-a", root), r.getList("items.key"));
        assertEquals(List.of("created", "created", "created"), r.getList("items.outcome"));
        as("admin").get("/api/v1/organizations/" + r.getLong("items[0].id")).then().statusCode(200)
                .body("parentId", equalTo(r.getInt("items[1].id")));
    }

    @Test
    void oneBadItemDoesNotStopTheOthers() {
        String root = unique("OA");
        Map<String, Object> badType = org(root + "-x", "坏类型", "STREET-DH");
        badType.put("type", "KINGDOM");
        List<Map<String, Object>> batch = List.of(org(root, "好的", "STREET-DH"), badType,
                org(root + "-y", "", "STREET-DH"), org(root + "-z", "无父", "NO-SUCH-" + root),
                org("bad code!", "坏编码", "STREET-DH"), org(root + "-c", "缺父的子", root + "-x"));
        JsonPath r = syncOrgs(batch, "");
        assertEquals(List.of("created", "error", "error", "error", "error", "error"), r.getList("items.outcome"));
        assertEquals("type", r.getString("items[1].errors[0].field"));
        assertEquals("name", r.getString("items[2].errors[0].field"));
        assertEquals("parentCode", r.getString("items[3].errors[0].field"));
        assertEquals("code", r.getString("items[4].errors[0].field"));
        assertEquals("parentCode", r.getString("items[5].errors[0].field"));
        assertEquals(1, r.getInt("created"));
        assertEquals(5, r.getInt("errors"));
    }

    @Test
    void peopleBecomeMembershipsMainIsPrimaryLeaderIsStaff() {
        String root = unique("OA");
        syncOrgs(List.of(org(root, "人员根", "STREET-DH"), org(root + "-1", "一科", root)), "");
        String ext = unique("u");
        JsonPath r = syncPeople(List.of(person(ext, "张三", root + "-1", root, true, root + "-1", false)), "");
        assertEquals("created", r.getString("items[0].outcome"));
        long id = r.getLong("items[0].id");
        as("admin").get("/api/v1/people/" + id).then().statusCode(200)
                .body("externalId", equalTo(ext))
                .body("memberships", hasSize(2))
                .body("memberships.find { it.organizationCode == '" + root + "' }.role", equalTo("STAFF"))
                .body("memberships.find { it.organizationCode == '" + root + "' }.primary", equalTo(false))
                .body("memberships.find { it.organizationCode == '" + root + "-1' }.role", equalTo("MEMBER"))
                .body("memberships.find { it.organizationCode == '" + root + "-1' }.primary", equalTo(true));
        long head = auditHead();
        assertEquals("unchanged", syncPeople(List.of(person(ext, "张三", root + "-1", root, true, root + "-1", false)), "")
                .getString("items[0].outcome"));
        assertEquals(head, auditHead());
        JsonPath moved = syncPeople(List.of(person(ext, "张三", root, root, false)), "");
        assertEquals("updated", moved.getString("items[0].outcome"));
        as("admin").get("/api/v1/people/" + id).then().statusCode(200)
                .body("memberships.organizationCode", contains(root))
                .body("memberships[0].role", equalTo("MEMBER"));
        JsonPath bad = syncPeople(List.of(person(unique("u"), "李四", "NOPE", root, false),
                person(unique("u"), "王五", root, "NOPE-" + root, false, root, false)), "");
        assertEquals(List.of("error", "error"), bad.getList("items.outcome"));
        assertEquals("mainDepartment", bad.getString("items[0].errors[0].field"));
        assertEquals("departments[0].code", bad.getString("items[1].errors[0].field"));
    }

    @Test
    void fullSyncReportsMissingAndDeactivatesOnlyWhenAsked() {
        String source = unique("wecom");
        String root = unique("OA");
        syncOrgs(List.of(org(root, "全量根", "STREET-DH"), org(root + "-old", "旧科", root)), "?mode=full&source=" + source);
        String keep = unique("u");
        String gone = unique("u");
        syncPeople(List.of(person(keep, "留下", root, root, false), person(gone, "离职", root + "-old", root + "-old", false)),
                "?mode=full&source=" + source);

        JsonPath report = syncPeople(List.of(person(keep, "留下", root, root, false)), "?mode=full&source=" + source);
        assertEquals(List.of(gone), report.getList("missing.key"));
        assertEquals(false, report.getBoolean("missing[0].deactivated"));
        long goneId = report.getLong("missing[0].id");
        as("admin").get("/api/v1/people/" + goneId).then().body("active", equalTo(true));

        JsonPath deactivated = syncPeople(List.of(person(keep, "留下", root, root, false)),
                "?mode=full&source=" + source + "&deactivateMissing=true");
        assertEquals(true, deactivated.getBoolean("missing[0].deactivated"));
        as("admin").get("/api/v1/people/" + goneId).then().statusCode(200).body("active", equalTo(false));
        assertEquals(List.of(), syncPeople(List.of(person(keep, "留下", root, root, false)), "?mode=full&source=" + source)
                .getList("missing"));

        JsonPath orgs = syncOrgs(List.of(org(root, "全量根", "STREET-DH")),
                "?mode=full&source=" + source + "&deactivateMissing=true");
        assertEquals("unchanged", orgs.getString("items[0].outcome"));
        assertEquals(List.of(root + "-old"), orgs.getList("missing.key"));
        assertEquals(true, orgs.getBoolean("missing[0].deactivated"));
        as("admin").get("/api/v1/organizations/" + orgs.getLong("missing[0].id")).then().body("active", equalTo(false));
    }

    @Test
    void fullSyncCannotDissolveAParentWithActiveChildrenAndSaysWhy() {
        String source = unique("dingtalk");
        String root = unique("OA");
        syncOrgs(List.of(org(root, "父", "STREET-DH")), "?mode=full&source=" + source);
        syncOrgs(List.of(org(root + "-child", "别的来源的子", root)), "");  // no source: not this directory's
        JsonPath r = syncOrgs(List.of(), "?mode=full&source=" + source + "&deactivateMissing=true");
        assertEquals(List.of(root), r.getList("missing.key"));
        assertEquals(false, r.getBoolean("missing[0].deactivated"));
        assertTrue(r.getString("missing[0].reason").contains("未撤销的下级组织"));
    }

    @Test
    void onlyIntegrationClientsAndAdminsMaySync() {
        List<Map<String, Object>> batch = List.of(org(unique("OA"), "无权", "STREET-DH"));
        as("outsider").body(batch).put(ORGS).then().statusCode(403);
        as("auditor").body(List.of(person(unique("u"), "无权", "STREET-DH", "STREET-DH", false))).put(PEOPLE).then().statusCode(403);
        org.dutyledger.support.Tokens.anonymous().body(batch).put(ORGS).then().statusCode(401);
        as("admin").body(batch).put(ORGS).then().statusCode(200).body("items[0].outcome", equalTo("created"));
    }

    @Test
    void aBatchOverFiveThousandItemsIsRefused() {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i <= 5_000; i++) {
            batch.add(Map.of("code", "X" + i, "name", "x", "type", "OTHER"));
        }
        integration().body(batch).put(ORGS).then().statusCode(413).body("status", equalTo(413));
        integration().body(List.of()).put(ORGS + "?mode=full").then().statusCode(400);
    }

    /**
     * The holder-in-line rule decides for the matrix and for the alert alike: a membership in the organization, in
     * an organization above it or below it keeps the holder in the organization's line; a membership only beside it
     * (a sibling) does not.
     */
    @Test
    void theMatrixAndTheVacancyAlertAgreeOnAHolderWhoseOnlyMembershipIsAbove() {
        String parent = unique("OA");
        String child = parent + "-1";
        String sibling = parent + "-2";
        syncOrgs(List.of(org(parent, "上级部门", "STREET-DH"), org(child, "下级科室", parent), org(sibling, "平级科室", parent)), "");
        long childId = fixtures.orgId(child);
        long staff = fixtures.newPerson(child, MembershipRole.STAFF);
        String ext = unique("u");
        long holder = syncPeople(List.of(person(ext, "信息员乙", child, child, false)), "").getLong("items[0].id");
        long assignment = dutyFixtures.assign(holder, childId, DutyRole.INFORMATION_OFFICER, "2024-01-01");

        // Moved up to the parent organization only: still in the child's line.
        assertEquals("updated", syncPeople(List.of(person(ext, "信息员乙", parent, parent, false)), "").getString("items[0].outcome"));
        assertEquals(List.of(), holderVacancies(childId, assignment), "the matrix");
        assertEquals(0, vacancyAlerts(staff, assignment), "the alert");

        // Moved beside it: out of the line, for both.
        assertEquals("updated", syncPeople(List.of(person(ext, "信息员乙", sibling, sibling, false)), "").getString("items[0].outcome"));
        assertEquals(List.of("HOLDER_NOT_MEMBER"), holderVacancies(childId, assignment), "the matrix");
        assertEquals(1, vacancyAlerts(staff, assignment), "the alert");
    }

    /** The vacancy types the matrix shows today for one assignment, the same in a page counted in PostgreSQL. */
    List<String> holderVacancies(long orgId, long assignmentId) {
        JsonPath whole = as("admin").queryParam("under", orgId).get("/api/v1/responsibility-matrix").then().statusCode(200)
                .extract().jsonPath();
        List<String> types = whole.getList("rows[0].vacancies.findAll { it.assignmentId == " + assignmentId + " }.type", String.class);
        JsonPath counted = as("admin").queryParam("under", orgId).queryParam("onlyProblems", true)
                .get("/api/v1/responsibility-matrix").then().statusCode(200).extract().jsonPath();
        assertEquals(whole.getLong("vacancyCount"), counted.getLong("vacancyCount"), "a page counts what the whole matrix shows");
        return types;
    }

    long vacancyAlerts(long recipient, long assignmentId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM notification WHERE type = 'VACANCY' AND person_id = ?1 AND subject_key = ?2")
                .setParameter(1, recipient).setParameter(2, "duty-assignment:" + assignmentId).getSingleResult()).longValue());
    }

    @Test
    void deactivatingADutyHolderNotifiesTheOfficeOncePerVacancy() {
        String root = unique("OA");
        syncOrgs(List.of(org(root, "缺位测试", "STREET-DH")), "");
        long orgId = fixtures.orgId(root);
        long staff = fixtures.newPerson(root, MembershipRole.STAFF);
        String ext = unique("u");
        long holder = syncPeople(List.of(person(ext, "联络员甲", root, root, false)), "").getLong("items[0].id");
        dutyFixtures.assign(holder, orgId, DutyRole.LIAISON, "2024-01-01");
        Map<String, Object> leaving = person(ext, "联络员甲", root, root, false);
        leaving.put("active", false);
        assertEquals("updated", syncPeople(List.of(leaving), "").getString("items[0].outcome"));
        assertEquals("unchanged", syncPeople(List.of(leaving), "").getString("items[0].outcome"));
        List<Object[]> notes = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT person_id, title FROM notification WHERE type = 'VACANCY' AND subject_key LIKE 'duty-assignment:%' AND person_id = ?1")
                .setParameter(1, staff).getResultList());
        assertEquals(1, notes.size());
        assertTrue(((String) notes.get(0)[1]).contains("联络员甲"));
    }
}
