package org.dutyledger.report.major;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import jakarta.persistence.EntityManager;
import org.dutyledger.duty.DutyRole;
import org.dutyledger.person.MembershipRole;
import org.dutyledger.support.Demo;
import org.dutyledger.support.DutyFixtures;
import org.dutyledger.support.Duties;
import org.dutyledger.support.Fixtures;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.dutyledger.support.Tokens.as;

/**
 * A small chain for major-matter tests, made through the API: a district D with two streets R (the recipient) and R2
 * (its sibling); under R the communities A (the reporter) and B (A's sibling). Logins: staff of A, B, R, R2 and D;
 * R's 第一责任人 and 联络员 (both STAFF of R), D's 第一责任人, and a read-only member of R.
 */
final class MajorMatterTree {

    final long d;
    final long r;
    final long r2;
    final long a;
    final long b;
    final String staffA;
    final String staffB;
    final String staffR;
    final String staffR2;
    final String staffD;
    final String firstR;
    final String liaisonR;
    final String firstD;
    final String memberR;
    final long personA;
    final long firstRId;
    final long liaisonRId;
    final long staffRId;
    final long firstDId;
    final long firstRAssignment;
    final long liaisonRAssignment;

    MajorMatterTree(Fixtures fixtures, DutyFixtures duties) {
        String tag = Demo.uniqueCode("");
        JsonPath dOrg = Demo.createOrg("重大事项测试区" + tag, "OTHER", Duties.container());
        d = dOrg.getLong("id");
        JsonPath rOrg = Demo.createOrg("重大事项测试街道" + tag, "OTHER", d);
        r = rOrg.getLong("id");
        JsonPath r2Org = Demo.createOrg("重大事项测试乙街道" + tag, "OTHER", d);
        r2 = r2Org.getLong("id");
        JsonPath aOrg = Demo.createOrg("重大事项测试甲社区" + tag, "COMMUNITY", r);
        a = aOrg.getLong("id");
        JsonPath bOrg = Demo.createOrg("重大事项测试乙社区" + tag, "COMMUNITY", r);
        b = bOrg.getLong("id");
        String s = Long.toString(System.nanoTime(), 36);
        staffA = "mma" + s;
        staffB = "mmb" + s;
        staffR = "mmr" + s;
        staffR2 = "mmq" + s;
        staffD = "mmd" + s;
        firstR = "mmfr" + s;
        liaisonR = "mmlr" + s;
        firstD = "mmfd" + s;
        memberR = "mmmr" + s;
        personA = fixtures.newPerson("甲社区干事" + tag, staffA, aOrg.getString("code"), MembershipRole.STAFF);
        fixtures.newPerson("乙社区干事" + tag, staffB, bOrg.getString("code"), MembershipRole.STAFF);
        staffRId = fixtures.newPerson("街道办公室干事" + tag, staffR, rOrg.getString("code"), MembershipRole.STAFF);
        fixtures.newPerson("乙街道干事" + tag, staffR2, r2Org.getString("code"), MembershipRole.STAFF);
        fixtures.newPerson("区办公室干事" + tag, staffD, dOrg.getString("code"), MembershipRole.STAFF);
        firstRId = fixtures.newPerson("街道书记" + tag, firstR, rOrg.getString("code"), MembershipRole.STAFF);
        liaisonRId = fixtures.newPerson("街道联络员" + tag, liaisonR, rOrg.getString("code"), MembershipRole.STAFF);
        firstDId = fixtures.newPerson("区委书记" + tag, firstD, dOrg.getString("code"), MembershipRole.STAFF);
        fixtures.newPerson("街道成员" + tag, memberR, rOrg.getString("code"), MembershipRole.MEMBER);
        firstRAssignment = duties.assign(firstRId, r, DutyRole.FIRST_RESPONSIBLE, "2024-01-01");
        liaisonRAssignment = duties.assign(liaisonRId, r, DutyRole.LIAISON, "2024-01-01");
        duties.assign(firstDId, d, DutyRole.FIRST_RESPONSIBLE, "2024-01-01");
    }

    /** A valid filing of A, learned an hour ago. */
    Map<String, Object> matter(String title) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> m = new HashMap<>();
        m.put("organizationId", a);
        m.put("category", "ACCOUNT_HIJACKED");
        m.put("title", title);
        m.put("description", "社区公众号被盗用，发布了与本社区无关的内容。\n已于当日发现。");
        m.put("occurredAt", now.minus(Duration.ofHours(2)).toString());
        m.put("learnedAt", now.minus(Duration.ofHours(1)).toString());
        m.put("actionsTaken", "已修改密码并删除相关内容");
        return m;
    }

    long filed(String title) {
        return as(staffA).body(matter(title)).post("/api/v1/major-matters").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static long version(String user, long id) {
        return as(user).get("/api/v1/major-matters/" + id).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    /** Notifications of a login about one matter, as (type) in order. */
    static List<String> notices(String user, long matterId) {
        JsonPath inbox = as(user).queryParam("limit", 500).get("/api/v1/me/notifications").then().statusCode(200).extract().jsonPath();
        return inbox.getList("items.findAll { it.link == '/major-matters/" + matterId + "' }.type", String.class);
    }

    /** Outbox event types of one matter, oldest first. */
    static List<String> outbox(EntityManager em, long matterId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<String> types = em.createNativeQuery("SELECT type FROM outbox_event WHERE aggregate_type = 'major-matter'"
                    + " AND aggregate_id = ?1 ORDER BY id").setParameter(1, String.valueOf(matterId)).getResultList();
            return types;
        });
    }
}
