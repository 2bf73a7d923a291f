package org.dutyledger.accountability;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.dutyledger.common.Today;
import org.dutyledger.support.Duties;
import org.dutyledger.support.DutyFixtures;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Fixtures;
import org.dutyledger.support.Newsrooms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.accountability.AccountabilityTree.BASIS;
import static org.dutyledger.accountability.AccountabilityTree.get;
import static org.dutyledger.accountability.AccountabilityTree.lineOf;
import static org.dutyledger.accountability.AccountabilityTree.link;
import static org.dutyledger.accountability.AccountabilityTree.version;
import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/**
 * The proposal over HTTP: the holders of the incident date (before and after a hand-over), 一岗双责 coverage from above,
 * a correction of an assignment, a meeting decision's participants with an objection on the record before (exempt)
 * and one added by a later correction (not exempt), a publication's approvers and author with an overruled rejection
 * of the published revision (exempt) and a rejection of an earlier revision (not exempt), and an exemption that no
 * record supports (refused).
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class AccountabilityProposalTest {

    @Inject
    Fixtures fixtures;

    @Inject
    DutyFixtures duties;

    AccountabilityTree t;

    @BeforeEach
    void tree() {
        t = new AccountabilityTree(fixtures, Fixtures.unique(""));
    }

    @Test
    void theHoldersOfTheIncidentDateBearMainLeadershipAndAnAncestorsDualDutyImportant() {
        Duties.handOver("admin", t.s, "FIRST_RESPONSIBLE", t.successorId, "2025-06-01").statusCode(201);

        JsonPath before = t.file("2025-03-01", List.of());
        assertThat(before.getString("status")).isEqualTo("DRAFT");
        Map<String, Object> first = lineOf(before, t.firstId);
        assertThat(first).containsEntry("responsibility", "MAIN_LEADERSHIP").containsEntry("source", "DUTY")
                .containsEntry("role", "FIRST_RESPONSIBLE").containsEntry("assignmentBasis", BASIS).containsEntry("exempt", false);
        assertThat((String) first.get("why")).startsWith("2025-03-01 任" + t.nameS + "第一责任人").contains(BASIS);
        assertThat(lineOf(before, t.directId)).containsEntry("responsibility", "MAIN_LEADERSHIP");
        assertThat(lineOf(before, t.successorId)).isNull();
        Map<String, Object> dual = lineOf(before, t.dualId);
        assertThat(dual).containsEntry("responsibility", "IMPORTANT_LEADERSHIP").containsEntry("source", "DUAL_DUTY");
        assertThat((String) dual.get("why")).contains("一岗双责").contains(t.nameS);
        assertThat(lineOf(before, t.memberId)).as("no duty, no decision: not named").isNull();

        JsonPath after = t.file("2025-09-01", List.of());
        assertThat(lineOf(after, t.successorId)).containsEntry("responsibility", "MAIN_LEADERSHIP");
        assertThat(lineOf(after, t.firstId)).isNull();
    }

    @Test
    void aCorrectedAssignmentChangesTheProposalForTheDatesItCovers() {
        JsonPath c = t.file("2025-03-01", List.of());
        assertThat(lineOf(c, t.dualId)).isNotNull();
        long v = as("admin").get("/api/v1/duty-assignments/" + t.dualAssignmentId).then().statusCode(200).extract()
                .jsonPath().getLong("version");
        Map<String, Object> correct = new HashMap<>();
        correct.put("version", v);
        correct.put("reason", "任职文件日期录入有误");
        correct.put("personId", t.dualId);
        correct.put("role", "MEMBER_DUAL_DUTY");
        correct.put("validFrom", "2025-06-01");
        correct.put("basis", Map.of("documentNumber", BASIS));
        correct.put("scopeOrganizationIds", List.of(t.s));
        as("admin").body(correct).post("/api/v1/duty-assignments/" + t.dualAssignmentId + "/correct").then().statusCode(200);

        JsonPath recomputed = as(t.filer).body(Map.of("version", c.getLong("version")))
                .post("/api/v1/accountability-cases/" + c.getLong("id") + "/recompute").then().statusCode(200).extract().jsonPath();
        assertThat(lineOf(recomputed, t.dualId)).as("not held on 2025-03-01 after the correction").isNull();
        assertThat(lineOf(t.file("2025-09-01", List.of()), t.dualId)).isNotNull();
    }

    @Test
    void anObjectionInTheMinutesExemptsOneAddedByALaterCorrectionDoesNot() {
        long meeting = record(List.of(position(t.directId, "OBJECT", "程序不合规，反对"), position(t.memberId, "AGREE", null)));
        JsonPath c = t.file("2025-03-01", List.of(link("FULFILMENT", meeting, 0)));
        Map<String, Object> direct = lineOf(c, t.directId);
        assertThat(direct).containsEntry("exempt", true).containsEntry("responsibility", "NONE");
        @SuppressWarnings("unchecked")
        Map<String, Object> record = (Map<String, Object>) direct.get("exemptingRecord");
        assertThat(record).containsEntry("kind", "DECISION_OBJECTION");
        assertThat(((Number) record.get("id")).longValue()).isEqualTo(meeting);
        assertThat((String) record.get("text")).contains("程序不合规");
        assertThat(lineOf(c, t.memberId)).containsEntry("responsibility", "IMPORTANT_LEADERSHIP")
                .containsEntry("source", "DECISION").containsEntry("exempt", false);
        assertThat(lineOf(c, t.firstId)).containsEntry("responsibility", "MAIN_LEADERSHIP").containsEntry("exempt", false);

        long corrected = record(List.of(position(t.memberId, "AGREE", null)));
        Map<String, Object> correction = fulfilment(List.of(position(t.memberId, "OBJECT", "事后补记反对")));
        correction.put("version", as(t.staffS).get("/api/v1/fulfilments/" + corrected).then().statusCode(200).extract()
                .jsonPath().getLong("version"));
        correction.put("reason", "补记意见");
        correction.remove("organizationId");
        as(t.staffS).body(correction).post("/api/v1/fulfilments/" + corrected + "/corrections").then().statusCode(200);
        JsonPath later = t.file("2025-03-01", List.of(link("FULFILMENT", corrected, 0)));
        assertThat(lineOf(later, t.memberId)).containsEntry("exempt", false).containsEntry("responsibility", "IMPORTANT_LEADERSHIP")
                .containsEntry("exemptingRecord", null);
    }

    @Test
    void aReviewerOverruledOnThePublishedRevisionIsExemptOneWhoRejectedAnEarlierRevisionIsNot() {
        as("admin").body(Map.of("allowMultipleDirectResponsible", true)).put("/api/v1/organizations/" + t.s + "/duty-settings")
                .then().statusCode(200);
        String direct2 = "acd" + Long.toString(System.nanoTime(), 36);
        long direct2Id = fixtures.newPerson("另一分管领导", direct2, t.codeS, org.dutyledger.person.MembershipRole.MEMBER);
        AccountabilityTree.assign(direct2Id, t.s, "DIRECT_RESPONSIBLE", null);
        long channel = duties.activeChannel(t.s, "问责测试网站" + Fixtures.unique(""));
        String today = Today.date().toString();

        long overruled = Newsrooms.drafted(t.staffS, channel, "被驳回后照发的信息");
        Newsrooms.act(t.staffS, overruled, "submit").statusCode(200);
        Newsrooms.act(t.direct, overruled, "reject", Map.of("comment", "内容未核实，不同意发布")).statusCode(200);
        publishThroughOthers(overruled, direct2);
        JsonPath c = t.file(today, List.of(link("PUBLICATION", overruled, null)));
        Map<String, Object> direct = lineOf(c, t.directId);
        assertThat(direct).containsEntry("exempt", true).containsEntry("responsibility", "NONE");
        @SuppressWarnings("unchecked")
        Map<String, Object> record = (Map<String, Object>) direct.get("exemptingRecord");
        assertThat(record).containsEntry("kind", "REVIEW_REJECTION");
        assertThat((String) record.get("text")).contains("内容未核实");
        assertThat(lineOf(c, direct2Id)).containsEntry("responsibility", "DIRECT").containsEntry("source", "REVIEW");
        assertThat(lineOf(c, t.firstId)).as("approved step 2: direct outweighs main leadership").containsEntry("responsibility", "DIRECT");
        assertThat(lineOf(c, t.staffSId)).containsEntry("responsibility", "DIRECT").containsEntry("source", "AUTHOR");

        long revised = Newsrooms.drafted(t.staffS, channel, "修改后发布的信息");
        Newsrooms.act(t.staffS, revised, "submit").statusCode(200);
        Newsrooms.act(t.direct, revised, "reject", Map.of("comment", "请修改标题")).statusCode(200);
        as(t.staffS).body(Map.of("version", Newsrooms.version(revised), "title", "修改后发布的信息（改）", "body", "<p>改过的正文</p>"))
                .put("/api/v1/publications/" + revised).then().statusCode(200);
        publishThroughOthers(revised, direct2);
        JsonPath c2 = t.file(today, List.of(link("PUBLICATION", revised, null)));
        assertThat(lineOf(c2, t.directId)).as("the rejected text is not the published one")
                .containsEntry("exempt", false).containsEntry("responsibility", "MAIN_LEADERSHIP");
    }

    @Test
    void anExemptionNoRecordSupportsIsRefusedAnEditNeedsAReason() {
        JsonPath c = t.file("2025-03-01", List.of());
        long id = c.getLong("id");
        long line = ((Number) lineOf(c, t.firstId).get("id")).longValue();
        String path = "/api/v1/accountability-cases/" + id + "/lines/" + line;
        as(t.filer).body(Map.of("version", c.getLong("version"), "responsibility", "NONE", "exempt", true, "reason", "本人称曾反对"))
                .put(path).then().statusCode(422).body("type", endsWith("exemption-not-recorded"))
                .body("errors[0].field", equalTo("exempt")).body("errors[0].code", equalTo("exemption-not-recorded"));
        as(t.filer).body(Map.of("version", c.getLong("version"), "responsibility", "IMPORTANT_LEADERSHIP", "exempt", false))
                .put(path).then().statusCode(422).body("errors[0].field", equalTo("reason"));
        JsonPath edited = as(t.filer).body(Map.of("version", c.getLong("version"), "responsibility", "IMPORTANT_LEADERSHIP",
                "exempt", false, "reason", "到任不足一月")).put(path).then().statusCode(200).extract().jsonPath();
        assertThat(lineOf(edited, t.firstId)).containsEntry("responsibility", "IMPORTANT_LEADERSHIP")
                .containsEntry("proposed", "MAIN_LEADERSHIP").containsEntry("edited", true).containsEntry("editReason", "到任不足一月");
        assertThat(edited.getLong("version")).isGreaterThan(c.getLong("version"));
        as(t.filer).body(Map.of("version", c.getLong("version"), "responsibility", "NONE", "exempt", false, "reason", "再改"))
                .put(path).then().statusCode(409);
        List<String> actions = Duties.audit("accountability-case", id).getList("items.action");
        assertThat(actions).contains("accountability-case.filed", "accountability-case.line-edited");
        assertThat(version(id)).isEqualTo(edited.getLong("version"));
    }

    private void publishThroughOthers(long publication, String direct2) {
        Newsrooms.act(t.staffS, publication, "submit").statusCode(200);
        Newsrooms.approve(direct2, publication).statusCode(200);
        Newsrooms.approve(t.first, publication).statusCode(200);
        Newsrooms.act(t.staffS, publication, "publish", Map.of("when", "NOW")).statusCode(200).body("status", equalTo("PUBLISHED"));
    }

    private long record(List<Map<String, Object>> positions) {
        return as(t.staffS).body(fulfilment(positions)).post("/api/v1/fulfilments").then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    private Map<String, Object> fulfilment(List<Map<String, Object>> positions) {
        Map<String, Object> b = new HashMap<>();
        b.put("organizationId", t.s);
        b.put("happenedOn", "2025-02-20");
        b.put("title", "网站信息发布专题会");
        b.put("kind", "MEETING");
        b.put("participantIds", List.of(t.firstId, t.directId, t.memberId));
        b.put("decisions", List.of(Map.of("text", "同意转载该信息", "positions", positions)));
        return b;
    }

    private static Map<String, Object> position(long person, String stance, String text) {
        Map<String, Object> m = new HashMap<>();
        m.put("personId", person);
        m.put("position", stance);
        m.put("text", text);
        return m;
    }

    static long caseVersion(long id) {
        return get("admin", id).getLong("version");
    }
}
