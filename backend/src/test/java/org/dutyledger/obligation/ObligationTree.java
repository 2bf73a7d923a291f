package org.dutyledger.obligation;

import io.restassured.path.json.JsonPath;
import org.dutyledger.person.MembershipRole;
import org.dutyledger.support.Demo;
import org.dutyledger.support.Fixtures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.dutyledger.support.Tokens.as;

/**
 * A small tree for obligation tests, made through the API: an issuing office X (OTHER) under 东湖街道 with two
 * communities A and B (A has a community A1 below it), a town V; staff logins for X, A and B.
 */
final class ObligationTree {

    final long x;
    final long a;
    final long a1;
    final long b;
    final long v;
    final String xCode;
    final String staffX;
    final String staffA;
    final String staffB;
    final long personA;
    final long personB;

    ObligationTree(Fixtures fixtures, String tag) {
        JsonPath xOrg = Demo.createOrg("工作要求测试办" + tag, "OTHER", org.dutyledger.support.Duties.container());
        x = xOrg.getLong("id");
        xCode = xOrg.getString("code");
        JsonPath aOrg = Demo.createOrg("测试甲社区" + tag, "COMMUNITY", x);
        a = aOrg.getLong("id");
        a1 = Demo.createOrg("测试甲一社区" + tag, "COMMUNITY", a).getLong("id");
        JsonPath bOrg = Demo.createOrg("测试乙社区" + tag, "COMMUNITY", x);
        b = bOrg.getLong("id");
        // A town: no demo rule applies to it, and lists of the street's villages stay as the other tests expect.
        v = Demo.createOrg("测试镇" + tag, "TOWN", x).getLong("id");
        String suffix = Long.toString(System.nanoTime(), 36);
        staffX = "obx" + suffix;
        staffA = "oba" + suffix;
        staffB = "obb" + suffix;
        fixtures.newPerson("办公室干事" + tag, staffX, xCode, MembershipRole.STAFF);
        personA = fixtures.newPerson("甲社区书记" + tag, staffA, aOrg.getString("code"), MembershipRole.STAFF);
        personB = fixtures.newPerson("乙社区书记" + tag, staffB, bOrg.getString("code"), MembershipRole.STAFF);
    }

    static Map<String, Object> rule(long issuer, String title, String kind, String period, List<String> appliesTo) {
        Map<String, Object> r = new HashMap<>();
        r.put("issuerOrganizationId", issuer);
        r.put("title", title);
        r.put("kind", kind);
        r.put("period", period);
        r.put("minCount", 1);
        r.put("appliesTo", appliesTo);
        r.put("includeIssuer", false);
        r.put("accountableRole", "FIRST_RESPONSIBLE");
        r.put("basis", "测试〔2026〕1号");
        r.put("validFrom", "2024-01-01");
        return r;
    }

    static long createRule(String caller, Map<String, Object> body) {
        return as(caller).body(body).post("/api/v1/obligation-rules").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Instances of a subtree as admin (up to 500), of the given rule versions only (the demo's city rules apply here too). */
    static List<Map<String, Object>> instances(long under, String period, long... ruleIds) {
        var req = as("admin").queryParam("under", under).queryParam("size", 500);
        if (period != null) {
            req = req.queryParam("period", period);
        }
        List<Map<String, Object>> items = req.get("/api/v1/obligations").then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(i -> java.util.Arrays.stream(ruleIds)
                .anyMatch(r -> r == ((Number) i.get("ruleId")).longValue())).toList();
    }

    static List<Map<String, Object>> instancesOf(long under, long organizationId, String period, long... ruleIds) {
        return instances(under, period, ruleIds).stream()
                .filter(i -> ((Number) ((Map<?, ?>) i.get("organization")).get("id")).longValue() == organizationId).toList();
    }
}
