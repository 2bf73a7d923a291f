package org.dutyledger.support;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dutyledger.duty.DutyRole;
import org.dutyledger.person.MembershipRole;
import org.dutyledger.publication.review.DefaultReviewPolicy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.dutyledger.support.Tokens.as;

/**
 * A fresh organization with its own channel and people for publication tests: an author (staff), the leader in
 * charge (DIRECT_RESPONSIBLE), the principal leader (FIRST_RESPONSIBLE), another staff member without duties
 * and a read-only member. Each has a login named after the role plus a unique suffix.
 */
@ApplicationScoped
public class Newsrooms {

    public record Newsroom(long orgId, String orgCode, long channelId, String author, String direct, String first,
                           String staff, String member, long authorId, long directId, long firstId) {
    }

    @Inject
    Fixtures fixtures;

    @Inject
    DutyFixtures duties;

    public Newsroom create() {
        JsonPath org = Demo.createOrg("发布测试单位", "COMMUNITY", Duties.container());
        long orgId = org.getLong("id");
        String code = org.getString("code");
        String suffix = code.toLowerCase();
        String author = "author-" + suffix, direct = "direct-" + suffix, first = "first-" + suffix;
        String staff = "staff-" + suffix, member = "member-" + suffix;
        long authorId = fixtures.newPerson("作者" + suffix, author, code, MembershipRole.STAFF);
        long directId = fixtures.newPerson("分管" + suffix, direct, code, MembershipRole.STAFF);
        long firstId = fixtures.newPerson("书记" + suffix, first, code, MembershipRole.STAFF);
        fixtures.newPerson("干事" + suffix, staff, code, MembershipRole.STAFF);
        fixtures.newPerson("成员" + suffix, member, code, MembershipRole.MEMBER);
        duties.assign(directId, orgId, DutyRole.DIRECT_RESPONSIBLE, "2024-01-01");
        duties.assign(firstId, orgId, DutyRole.FIRST_RESPONSIBLE, "2024-01-01");
        long channel = duties.activeChannel(orgId, "社区发布 " + suffix);
        return new Newsroom(orgId, code, channel, author, direct, first, staff, member, authorId, directId, firstId);
    }

    // ---------------------------------------------------------------- API shortcuts

    public static Map<String, Object> draft(long channelId, String title, String body) {
        Map<String, Object> b = new HashMap<>();
        b.put("channelId", channelId);
        b.put("title", title);
        b.put("summary", "摘要");
        b.put("body", body);
        return b;
    }

    /** Creates a draft as the user and returns its id. */
    public static long drafted(String user, long channelId, String title) {
        return as(user).body(draft(channelId, title, "<p>正文第一段</p><p>正文第二段</p>")).post("/api/v1/publications")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static JsonPath get(String user, long id) {
        return as(user).get("/api/v1/publications/" + id).then().statusCode(200).extract().jsonPath();
    }

    public static long version(long id) {
        return get("admin", id).getLong("version");
    }

    public static ValidatableResponse act(String user, long id, String action, Map<String, Object> extra) {
        Map<String, Object> b = new HashMap<>(extra);
        b.putIfAbsent("version", version(id));
        return as(user).body(b).post("/api/v1/publications/" + id + "/" + action).then();
    }

    public static ValidatableResponse act(String user, long id, String action) {
        return act(user, id, action, Map.of());
    }

    /** Every item of the default checklist, confirmed. */
    public static List<Map<String, Object>> fullChecklist() {
        return DefaultReviewPolicy.CHECKLIST.stream().map(i -> Map.<String, Object>of("item", i, "confirmed", true)).toList();
    }

    public static ValidatableResponse approve(String user, long id) {
        return act(user, id, "approve", Map.of("checklist", fullChecklist(), "comment", "同意"));
    }

    /** Drafted, submitted and approved by both steps. */
    public static long approvedItem(Newsroom n, String title) {
        long id = drafted(n.author(), n.channelId(), title);
        act(n.author(), id, "submit").statusCode(200);
        approve(n.direct(), id).statusCode(200);
        approve(n.first(), id).statusCode(200).body("status", org.hamcrest.Matchers.equalTo("APPROVED"));
        return id;
    }
}
