package org.dutyledger.accountability;

import io.restassured.path.json.JsonPath;
import org.dutyledger.person.MembershipRole;
import org.dutyledger.support.Demo;
import org.dutyledger.support.Duties;
import org.dutyledger.support.Fixtures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.dutyledger.support.Tokens.as;

/**
 * A small tree for accountability tests, made through the API: a district D (under the tests' container) with streets
 * S and T, and an office X outside D. `filer` is a member of D with a filing grant there, `filerT` one of T. In S:
 * `first` (FIRST_RESPONSIBLE), `direct` (DIRECT_RESPONSIBLE), `member` (no duty), all members; `staffS` keeps S's
 * records. `dual` is a member of D holding 一岗双责 there with S in scope. `staffT` is staff of the sibling T.
 */
final class AccountabilityTree {

    static final String BASIS = "测试〔2024〕1号";

    final long d;
    final long s;
    final long t;
    final long x;
    final String nameS;
    final String codeS;
    final String filer;
    final String filerT;
    final String staffS;
    final String staffT;
    final String first;
    final String direct;
    final String member;
    final String successor;
    final long firstId;
    final long directId;
    final long memberId;
    final long dualId;
    final long successorId;
    final long staffSId;
    final long dualAssignmentId;

    AccountabilityTree(Fixtures fixtures, String tag) {
        JsonPath dOrg = Demo.createOrg("问责测试区" + tag, "PARTY_COMMITTEE", Duties.container());
        d = dOrg.getLong("id");
        JsonPath sOrg = Demo.createOrg("问责测试街道" + tag, "STREET", d);
        s = sOrg.getLong("id");
        nameS = sOrg.getString("name");
        codeS = sOrg.getString("code");
        JsonPath tOrg = Demo.createOrg("问责邻街道" + tag, "STREET", d);
        t = tOrg.getLong("id");
        x = Demo.createOrg("问责区外单位" + tag, "OTHER", Duties.container()).getLong("id");
        String suffix = Long.toString(System.nanoTime(), 36);
        filer = "acf" + suffix;
        filerT = "act" + suffix;
        staffS = "acs" + suffix;
        staffT = "acy" + suffix;
        first = "ac1" + suffix;
        direct = "ac2" + suffix;
        member = "acm" + suffix;
        successor = "acn" + suffix;
        long filerId = fixtures.newPerson("区纪委干部" + tag, filer, dOrg.getString("code"), MembershipRole.MEMBER);
        long filerTId = fixtures.newPerson("邻街道纪检委员" + tag, filerT, tOrg.getString("code"), MembershipRole.MEMBER);
        staffSId = fixtures.newPerson("街道干事" + tag, staffS, codeS, MembershipRole.STAFF);
        fixtures.newPerson("邻街道干事" + tag, staffT, tOrg.getString("code"), MembershipRole.STAFF);
        firstId = fixtures.newPerson("街道书记" + tag, first, codeS, MembershipRole.MEMBER);
        directId = fixtures.newPerson("街道分管领导" + tag, direct, codeS, MembershipRole.MEMBER);
        memberId = fixtures.newPerson("街道班子成员" + tag, member, codeS, MembershipRole.MEMBER);
        successorId = fixtures.newPerson("接任书记" + tag, successor, codeS, MembershipRole.MEMBER);
        dualId = fixtures.newPerson("区委委员" + tag, null, dOrg.getString("code"), MembershipRole.MEMBER);
        assign(firstId, s, "FIRST_RESPONSIBLE", null);
        assign(directId, s, "DIRECT_RESPONSIBLE", null);
        dualAssignmentId = assign(dualId, d, "MEMBER_DUAL_DUTY", List.of(s));
        grant(d, filerId);
        grant(t, filerTId);
    }

    static long assign(long person, long org, String role, List<Long> scope) {
        Map<String, Object> b = Duties.body(person, org, role, "2024-01-01", null);
        b.put("basis", Map.of("documentNumber", BASIS));
        if (scope != null) {
            b.put("scopeOrganizationIds", scope);
        }
        return Duties.assign("admin", b).statusCode(201).extract().jsonPath().getLong("id");
    }

    static void grant(long org, long person) {
        as("admin").body(Map.of("organizationId", org, "personId", person)).post("/api/v1/accountability-filers")
                .then().statusCode(201);
    }

    Map<String, Object> caseBody(String incidentDate, List<Map<String, Object>> links) {
        Map<String, Object> b = new HashMap<>();
        b.put("filingOrganizationId", d);
        b.put("subjectOrganizationId", s);
        b.put("title", "网站转载错误信息");
        b.put("incidentDate", incidentDate);
        b.put("situation", "HARMFUL_ORIENTATION");
        b.put("description", "街道网站转载未经核实的信息，造成负面影响");
        b.put("decisionKind", "COLLECTIVE");
        b.put("links", links);
        return b;
    }

    JsonPath file(String incidentDate, List<Map<String, Object>> links) {
        return as(filer).body(caseBody(incidentDate, links)).post("/api/v1/accountability-cases").then().statusCode(201)
                .extract().jsonPath();
    }

    static JsonPath get(String user, long caseId) {
        return as(user).get("/api/v1/accountability-cases/" + caseId).then().statusCode(200).extract().jsonPath();
    }

    static long version(long caseId) {
        return get("admin", caseId).getLong("version");
    }

    /** The line of a person in a case answer, as a map (null when not named). */
    static Map<String, Object> lineOf(JsonPath c, long personId) {
        List<Map<String, Object>> lines = c.getList("lines");
        return lines.stream().filter(l -> ((Number) l.get("personId")).longValue() == personId).findFirst().orElse(null);
    }

    static Map<String, Object> link(String kind, long id, Integer decisionIndex) {
        Map<String, Object> m = new HashMap<>();
        m.put("kind", kind);
        m.put("id", id);
        m.put("decisionIndex", decisionIndex);
        return m;
    }
}
