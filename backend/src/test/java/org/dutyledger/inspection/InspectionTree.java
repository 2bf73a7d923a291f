package org.dutyledger.inspection;

import io.restassured.path.json.JsonPath;
import org.dutyledger.person.MembershipRole;
import org.dutyledger.support.Duties;
import org.dutyledger.support.Demo;
import org.dutyledger.support.Fixtures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.dutyledger.support.Tokens.as;

/**
 * A small tree for inspection tests, made through the API: a street S (under the tests' container) with communities A,
 * B and C, a sibling street T with community D, and an office Y elsewhere; staff logins for S, A, T and Y (staffY is a
 * team member from outside S); leaderA holds FIRST_RESPONSIBLE of A, leaderB that of B.
 */
final class InspectionTree {

    final long s;
    final long a;
    final long b;
    final long c;
    final long t;
    final long d;
    final String nameS;
    final String nameA;
    final String nameB;
    final String nameC;
    final String staffS;
    final String staffA;
    final String staffT;
    final String staffY;
    final String leaderA;
    final String leaderB;
    final long staffSId;
    final long staffYId;
    final long staffTId;

    InspectionTree(Fixtures fixtures, String tag) {
        JsonPath sOrg = Demo.createOrg("考核测试街道" + tag, "STREET", Duties.container());
        s = sOrg.getLong("id");
        nameS = sOrg.getString("name");
        JsonPath aOrg = Demo.createOrg("考核甲社区" + tag, "COMMUNITY", s);
        a = aOrg.getLong("id");
        nameA = aOrg.getString("name");
        JsonPath bOrg = Demo.createOrg("考核乙社区" + tag, "COMMUNITY", s);
        b = bOrg.getLong("id");
        nameB = bOrg.getString("name");
        JsonPath cOrg = Demo.createOrg("考核丙社区" + tag, "COMMUNITY", s);
        c = cOrg.getLong("id");
        nameC = cOrg.getString("name");
        JsonPath tOrg = Demo.createOrg("考核邻街道" + tag, "STREET", Duties.container());
        t = tOrg.getLong("id");
        d = Demo.createOrg("考核邻社区" + tag, "COMMUNITY", t).getLong("id");
        JsonPath yOrg = Demo.createOrg("考核督查办" + tag, "OTHER", Duties.container());
        String suffix = Long.toString(System.nanoTime(), 36);
        staffS = "ins" + suffix;
        staffA = "ina" + suffix;
        staffT = "int" + suffix;
        staffY = "iny" + suffix;
        leaderA = "inla" + suffix;
        leaderB = "inlb" + suffix;
        staffSId = fixtures.newPerson("街道考核干事" + tag, staffS, sOrg.getString("code"), MembershipRole.STAFF);
        fixtures.newPerson("甲社区考核干事" + tag, staffA, aOrg.getString("code"), MembershipRole.STAFF);
        staffTId = fixtures.newPerson("邻街道干事" + tag, staffT, tOrg.getString("code"), MembershipRole.STAFF);
        staffYId = fixtures.newPerson("督查办检查员" + tag, staffY, yOrg.getString("code"), MembershipRole.STAFF);
        long leaderAId = fixtures.newPerson("甲社区考核书记" + tag, leaderA, aOrg.getString("code"), MembershipRole.MEMBER);
        long leaderBId = fixtures.newPerson("乙社区考核书记" + tag, leaderB, bOrg.getString("code"), MembershipRole.MEMBER);
        Duties.assigned(leaderAId, a, "FIRST_RESPONSIBLE", "2024-01-01", null);
        Duties.assigned(leaderBId, b, "FIRST_RESPONSIBLE", "2024-01-01", null);
    }

    /** Items A1 (40), A2 (50) and the veto item V1 (10); bands 90 / 80 / 60 / 0. */
    static Map<String, Object> template(long org, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("organizationId", org);
        body.put("name", name);
        body.put("items", List.of(
                item("A1", "落实意识形态工作责任制情况", 40, "DOCUMENT_CHECK", false),
                item("A2", "阵地管理情况", 50, "SITE_VISIT", false),
                item("V1", "未发生严重错误导向事件", 10, "INTERVIEW", true)));
        body.put("grades", List.of(grade("EXCELLENT", 90), grade("GOOD", 80), grade("FAIR", 60), grade("POOR", 0)));
        return body;
    }

    static Map<String, Object> item(String code, String text, Object maxPoints, String method, boolean veto) {
        Map<String, Object> m = new HashMap<>();
        m.put("code", code);
        m.put("text", text);
        m.put("maxPoints", maxPoints);
        m.put("method", method);
        m.put("veto", veto);
        return m;
    }

    static Map<String, Object> grade(String grade, Object minPoints) {
        return Map.of("grade", grade, "minPoints", minPoints);
    }

    static Map<String, Object> inspection(long org, String kind, long templateId, String period, List<Long> targets, List<Long> team) {
        Map<String, Object> body = new HashMap<>();
        body.put("organizationId", org);
        body.put("kind", kind);
        body.put("title", "年度意识形态工作责任制考核");
        body.put("period", period);
        body.put("templateId", templateId);
        body.put("startsOn", period + "-11-01");
        body.put("endsOn", period + "-12-15");
        body.put("teamPersonIds", team);
        if (targets != null) {
            body.put("targetIds", targets);
        }
        return body;
    }

    long newTemplate() {
        return as(staffS).body(template(s, "社区考核评分表")).post("/api/v1/scoring-templates").then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }
}
