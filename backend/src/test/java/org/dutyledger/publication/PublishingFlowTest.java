package org.dutyledger.publication;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Newsrooms;
import org.dutyledger.support.Newsrooms.Newsroom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.support.Newsrooms.approve;
import static org.dutyledger.support.Newsrooms.drafted;
import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.equalTo;

/** Issue 18 item 6: 保存并提交审核 in one request, and the names of the people who can act on each review step. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class PublishingFlowTest {

    @Inject
    Newsrooms newsrooms;

    Newsroom n;

    @BeforeEach
    void freshNewsroom() {
        n = newsrooms.create();
    }

    static Map<String, Object> edit(long version, String title) {
        return Map.of("version", version, "title", title, "body", "<p>改过的正文</p>");
    }

    @Test
    void saveAndSubmitSavesANewRevisionAndPutsItAtStepOneInOneRequest() {
        long id = drafted(n.author(), n.channelId(), "社区通知");
        as(n.author()).body(edit(Newsrooms.version(id), "社区通知（修订）")).put("/api/v1/publications/" + id + "?submit=true")
                .then().statusCode(200).body("status", equalTo("IN_REVIEW")).body("revisionNumber", equalTo(2))
                .body("title", equalTo("社区通知（修订）")).body("review.currentStep", equalTo(1));
        as(n.direct()).get("/api/v1/me/reviews").then().statusCode(200).body("id", org.hamcrest.Matchers.hasItem((int) id));

        // A new item can be written and submitted at once as well.
        long created = as(n.author()).body(Newsrooms.draft(n.channelId(), "新稿", "<p>正文</p>"))
                .post("/api/v1/publications?submit=true").then().statusCode(201)
                .body("status", equalTo("IN_REVIEW")).extract().jsonPath().getLong("id");
        assertThat(Newsrooms.get(n.author(), created).getString("status")).isEqualTo("IN_REVIEW");
    }

    @Test
    void aRefusedSubmissionUndoesTheSaveToo() {
        long id = drafted(n.author(), n.channelId(), "社区通知");
        long channelVersion = as("admin").get("/api/v1/channels/" + n.channelId()).then().statusCode(200)
                .extract().jsonPath().getLong("version");
        as("admin").body(Map.of("version", channelVersion, "closedOn", java.time.LocalDate.now().toString(), "reason", "停更"))
                .post("/api/v1/channels/" + n.channelId() + "/close").then().statusCode(200);

        as(n.author()).body(edit(Newsrooms.version(id), "不应保存")).put("/api/v1/publications/" + id + "?submit=true")
                .then().statusCode(409);
        JsonPath after = Newsrooms.get(n.author(), id);
        assertThat(after.getString("title")).isEqualTo("社区通知");
        assertThat(after.getInt("revisionNumber")).isEqualTo(1);
        assertThat(after.getString("status")).isEqualTo("DRAFT");

        as(n.author()).body(edit(Newsrooms.version(id), "不应保存")).put("/api/v1/publications/" + id + "?submit=maybe")
                .then().statusCode(400).body("errors[0].field", equalTo("submit"));
        assertThat(Newsrooms.get(n.author(), id).getInt("revisionNumber")).isEqualTo(1);
    }

    @Test
    void eachStepNamesTheHoldersOfItsRoleInTheItemsOrganizationOnly() {
        Newsroom other = newsrooms.create();
        long id = drafted(n.author(), n.channelId(), "社区通知");
        assertThat(Newsrooms.get(n.author(), id).<Object>get("review")).isNull();

        Newsrooms.act(n.author(), id, "submit").statusCode(200);
        JsonPath item = Newsrooms.get(n.author(), id);
        assertThat(item.getList("review.holders.step")).containsExactly(1, 2);
        assertThat(item.getList("review.holders[0].people.id")).containsExactly((int) n.directId());
        assertThat(item.getList("review.holders[1].people.id")).containsExactly((int) n.firstId());
        assertThat(item.getString("review.holders[0].people[0].name")).isEqualTo("分管" + n.orgCode().toLowerCase());
        // The other organization's holders of the same roles cannot act on this item, so they are not named.
        assertThat(item.getList("review.holders.people.id").toString()).doesNotContain(String.valueOf(other.directId()));

        // Step 2's reviewer reads the names too, and those outside the organization still read nothing.
        approve(n.direct(), id).statusCode(200);
        assertThat(Newsrooms.get(n.first(), id).getList("review.holders[1].people.name"))
                .isEqualTo(List.of("书记" + n.orgCode().toLowerCase()));
        as(other.direct()).get("/api/v1/publications/" + id).then().statusCode(org.hamcrest.Matchers.oneOf(403, 404));

        approve(n.first(), id).statusCode(200);
        assertThat(Newsrooms.get(n.author(), id).getList("review.holders")).isEmpty();
    }

    @Test
    void theItemsAuthorIsNotNamedForAStepTheyCannotApprove() {
        // The deputy writes the item: they hold step 1's role but an author never reviews their own item.
        long id = drafted(n.direct(), n.channelId(), "分管领导自己撰写的稿件");
        Newsrooms.act(n.direct(), id, "submit").statusCode(200);
        JsonPath item = Newsrooms.get(n.first(), id);
        assertThat(item.getList("review.holders[0].people")).isEmpty();
        assertThat(item.getList("review.holders[1].people.id")).containsExactly((int) n.firstId());
    }
}
