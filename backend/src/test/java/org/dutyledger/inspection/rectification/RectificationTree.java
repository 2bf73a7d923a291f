package org.dutyledger.inspection.rectification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import jakarta.persistence.EntityManager;
import org.dutyledger.common.Today;
import org.dutyledger.duty.DutyRole;
import org.dutyledger.person.MembershipRole;
import org.dutyledger.support.Demo;
import org.dutyledger.support.DutyFixtures;
import org.dutyledger.support.Duties;
import org.dutyledger.support.Fixtures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.dutyledger.support.Tokens.as;

/**
 * A small tree for rectification tests, made through the API and the services: a street S (the raising organization)
 * with the communities A (the target) and B (A's sibling), and a sibling street X. A's 直接责任人 `ownerA` is the
 * responsible person; A's 联络员, 第一责任人 and a successor; S's 第一责任人 and 联络员; staff of A, B, S (two), X.
 */
final class RectificationTree {

    final long s;
    final long a;
    final long b;
    final long x;
    final String staffS;
    final String staffS2;
    final String staffA;
    final String staffB;
    final String staffX;
    final String ownerA;
    final String successorA;
    final String liaisonA;
    final String firstA;
    final String firstS;
    final String liaisonS;
    final long ownerAId;
    final long successorAId;
    final long liaisonAId;
    final long firstAId;
    final long firstSId;
    final long liaisonSId;
    final long staffAId;

    RectificationTree(Fixtures fixtures, DutyFixtures duties) {
        String tag = Demo.uniqueCode("");
        JsonPath sOrg = Demo.createOrg("整改测试街道" + tag, "OTHER", Duties.container());
        s = sOrg.getLong("id");
        JsonPath xOrg = Demo.createOrg("整改测试乙街道" + tag, "OTHER", Duties.container());
        x = xOrg.getLong("id");
        JsonPath aOrg = Demo.createOrg("整改测试甲社区" + tag, "COMMUNITY", s);
        a = aOrg.getLong("id");
        JsonPath bOrg = Demo.createOrg("整改测试乙社区" + tag, "COMMUNITY", s);
        b = bOrg.getLong("id");
        String k = Long.toString(System.nanoTime(), 36);
        staffS = "rcs" + k;
        staffS2 = "rcv" + k;
        staffA = "rca" + k;
        staffB = "rcb" + k;
        staffX = "rcx" + k;
        ownerA = "rco" + k;
        successorA = "rcn" + k;
        liaisonA = "rcl" + k;
        firstA = "rcf" + k;
        firstS = "rcfs" + k;
        liaisonS = "rcls" + k;
        fixtures.newPerson("街道干事" + tag, staffS, sOrg.getString("code"), MembershipRole.STAFF);
        fixtures.newPerson("街道验收员" + tag, staffS2, sOrg.getString("code"), MembershipRole.STAFF);
        staffAId = fixtures.newPerson("社区干事" + tag, staffA, aOrg.getString("code"), MembershipRole.STAFF);
        fixtures.newPerson("乙社区干事" + tag, staffB, bOrg.getString("code"), MembershipRole.STAFF);
        fixtures.newPerson("乙街道干事" + tag, staffX, xOrg.getString("code"), MembershipRole.STAFF);
        ownerAId = fixtures.newPerson("社区直接责任人" + tag, ownerA, aOrg.getString("code"), MembershipRole.STAFF);
        successorAId = fixtures.newPerson("社区接任者" + tag, successorA, aOrg.getString("code"), MembershipRole.STAFF);
        liaisonAId = fixtures.newPerson("社区联络员" + tag, liaisonA, aOrg.getString("code"), MembershipRole.MEMBER);
        firstAId = fixtures.newPerson("社区书记" + tag, firstA, aOrg.getString("code"), MembershipRole.MEMBER);
        firstSId = fixtures.newPerson("街道书记" + tag, firstS, sOrg.getString("code"), MembershipRole.MEMBER);
        liaisonSId = fixtures.newPerson("街道联络员" + tag, liaisonS, sOrg.getString("code"), MembershipRole.MEMBER);
        duties.assign(ownerAId, a, DutyRole.DIRECT_RESPONSIBLE, "2024-01-01");
        duties.assign(liaisonAId, a, DutyRole.LIAISON, "2024-01-01");
        duties.assign(firstAId, a, DutyRole.FIRST_RESPONSIBLE, "2024-01-01");
        duties.assign(firstSId, s, DutyRole.FIRST_RESPONSIBLE, "2024-01-01");
        duties.assign(liaisonSId, s, DutyRole.LIAISON, "2024-01-01");
    }

    Map<String, Object> finding(String description) {
        Map<String, Object> f = new HashMap<>();
        f.put("targetOrganizationId", a);
        f.put("raisingOrganizationId", s);
        f.put("source", "DIRECT");
        f.put("description", description);
        f.put("severity", "MEDIUM");
        return f;
    }

    long raised(String description) {
        return as(staffS).body(finding(description)).post("/api/v1/findings").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    Map<String, Object> rectification(long findingId, String deadline) {
        Map<String, Object> r = new HashMap<>();
        r.put("findingId", findingId);
        r.put("measures", "一、完善审核台账；\n二、落实三审三校。");
        r.put("responsibleRole", "DIRECT_RESPONSIBLE");
        r.put("deadline", deadline);
        return r;
    }

    /** A finding and its rectification due on `deadline`, made by the street's staff; its id. */
    long rectification(String description, String deadline) {
        long finding = raised(description);
        return as(staffS).body(rectification(finding, deadline)).post("/api/v1/rectifications").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    long rectificationDueToday(String description) {
        return rectification(description, Today.date().toString());
    }

    static JsonPath get(String user, long id) {
        return as(user).get("/api/v1/rectifications/" + id).then().statusCode(200).extract().jsonPath();
    }

    static long version(String user, long id) {
        return get(user, id).getLong("version");
    }

    /** Notification types of a login about one rectification, newest first. */
    static List<String> notices(String user, long id) {
        JsonPath inbox = as(user).queryParam("limit", 500).get("/api/v1/me/notifications").then().statusCode(200).extract().jsonPath();
        return inbox.getList("items.findAll { it.link == '/rectifications/" + id + "' }.type", String.class);
    }

    /** Outbox event types of one rectification, oldest first. */
    static List<String> outbox(EntityManager em, long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<String> types = em.createNativeQuery("SELECT type FROM outbox_event WHERE aggregate_type = 'rectification'"
                    + " AND aggregate_id = ?1 ORDER BY id").setParameter(1, String.valueOf(id)).getResultList();
            return types;
        });
    }
}
