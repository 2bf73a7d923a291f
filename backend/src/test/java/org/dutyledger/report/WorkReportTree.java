package org.dutyledger.report;

import io.restassured.path.json.JsonPath;
import org.dutyledger.person.MembershipRole;
import org.dutyledger.support.Demo;
import org.dutyledger.support.Duties;
import org.dutyledger.support.Fixtures;

import java.util.HashMap;
import java.util.Map;

import static org.dutyledger.support.Tokens.as;

/**
 * A small tree for work report tests, made through the API: a street S (under the tests' container) with communities
 * A, B and C, and an office Y elsewhere under the container; staff logins for S, A, B and Y; leaderA holds
 * FIRST_RESPONSIBLE of A since 2024, leaderS that of S and liaisonS is S's LIAISON.
 */
final class WorkReportTree {

    final long s;
    final long a;
    final long b;
    final long c;
    final long y;
    final String nameA;
    final String nameB;
    final String nameS;
    final String staffS;
    final String staffA;
    final String staffB;
    final String staffY;
    final String leaderA;
    final String leaderS;
    final String liaisonS;
    final long leaderAId;
    final long leaderSId;
    final long liaisonSId;
    final long staffAId;
    final String codeA;

    WorkReportTree(Fixtures fixtures, String tag) {
        JsonPath sOrg = Demo.createOrg("汇报测试街道" + tag, "STREET", Duties.container());
        s = sOrg.getLong("id");
        nameS = sOrg.getString("name");
        JsonPath aOrg = Demo.createOrg("汇报甲社区" + tag, "COMMUNITY", s);
        a = aOrg.getLong("id");
        nameA = aOrg.getString("name");
        codeA = aOrg.getString("code");
        JsonPath bOrg = Demo.createOrg("汇报乙社区" + tag, "COMMUNITY", s);
        b = bOrg.getLong("id");
        nameB = bOrg.getString("name");
        c = Demo.createOrg("汇报丙社区" + tag, "COMMUNITY", s).getLong("id");
        JsonPath yOrg = Demo.createOrg("汇报抄送办" + tag, "OTHER", Duties.container());
        y = yOrg.getLong("id");
        String suffix = Long.toString(System.nanoTime(), 36);
        staffS = "wrs" + suffix;
        staffA = "wra" + suffix;
        staffB = "wrb" + suffix;
        staffY = "wry" + suffix;
        leaderA = "wrla" + suffix;
        leaderS = "wrls" + suffix;
        liaisonS = "wrli" + suffix;
        fixtures.newPerson("街道干事" + tag, staffS, sOrg.getString("code"), MembershipRole.STAFF);
        staffAId = fixtures.newPerson("甲社区干事" + tag, staffA, codeA, MembershipRole.STAFF);
        fixtures.newPerson("乙社区干事" + tag, staffB, bOrg.getString("code"), MembershipRole.STAFF);
        fixtures.newPerson("抄送办干事" + tag, staffY, yOrg.getString("code"), MembershipRole.STAFF);
        leaderAId = fixtures.newPerson("甲社区书记" + tag, leaderA, codeA, MembershipRole.MEMBER);
        leaderSId = fixtures.newPerson("街道书记" + tag, leaderS, sOrg.getString("code"), MembershipRole.MEMBER);
        liaisonSId = fixtures.newPerson("街道联络员" + tag, liaisonS, sOrg.getString("code"), MembershipRole.MEMBER);
        Duties.assigned(leaderAId, a, "FIRST_RESPONSIBLE", "2024-01-01", null);
        Duties.assigned(leaderSId, s, "FIRST_RESPONSIBLE", "2024-01-01", null);
        Duties.assigned(liaisonSId, s, "LIAISON", "2024-01-01", null);
    }

    static Map<String, Object> report(long org, String kind, String period) {
        Map<String, Object> r = new HashMap<>();
        r.put("organizationId", org);
        r.put("kind", kind);
        r.put("period", period);
        r.put("form", "WRITTEN");
        r.put("progress", "<p>组织学习12次。</p><p>开展网络阵地排查。</p><script>alert(1)</script>");
        r.put("problems", "<p>阵地管理人员不足。</p>");
        r.put("plans", "<p>加强培训。</p>");
        return r;
    }

    static JsonPath create(String caller, Map<String, Object> body) {
        return as(caller).body(body).post("/api/v1/work-reports").then().statusCode(201).extract().jsonPath();
    }

    static JsonPath step(String caller, long id, String action, long version) {
        return as(caller).body(Map.of("version", version)).post("/api/v1/work-reports/" + id + "/" + action).then()
                .statusCode(200).extract().jsonPath();
    }

    static long version(String caller, long id) {
        return as(caller).get("/api/v1/work-reports/" + id).then().statusCode(200).extract().jsonPath().getLong("version");
    }
}
