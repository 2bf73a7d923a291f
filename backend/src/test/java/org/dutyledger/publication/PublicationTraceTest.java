package org.dutyledger.publication;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Newsrooms;
import org.dutyledger.support.Newsrooms.Newsroom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.dutyledger.support.Newsrooms.act;
import static org.dutyledger.support.Newsrooms.approve;
import static org.dutyledger.support.Newsrooms.approvedItem;
import static org.dutyledger.support.Newsrooms.drafted;
import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Who objected to what stays readable whatever state the item is in: 全程留痕 is not only for what went online. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class PublicationTraceTest {

    @Inject
    Newsrooms newsrooms;

    Newsroom n;

    @BeforeEach
    void freshNewsroom() {
        n = newsrooms.create();
    }

    private io.restassured.response.ValidatableResponse trace(String user, long id) {
        return as(user).get("/api/v1/publications/" + id + "/trace").then();
    }

    @Test
    void aRejectedDraftShowsWhoRejectedItWithTheObjection() {
        long id = drafted(n.author(), n.channelId(), "被退回的稿件");
        act(n.author(), id, "submit").statusCode(200);
        approve(n.direct(), id).statusCode(200);
        act(n.first(), id, "reject", Map.of("comment", "数据未核实，不同意发布")).statusCode(200).body("status", equalTo("DRAFT"));

        for (String user : List.of(n.author(), n.staff(), n.first(), "admin", "auditor")) {
            trace(user, id).statusCode(200).body("publication.status", equalTo("DRAFT"))
                    .body("reviews.decision", equalTo(List.of("APPROVED", "REJECTED")))
                    .body("reviews[1].reviewer.id", equalTo((int) n.firstId()))
                    .body("reviews[1].comment", equalTo("数据未核实，不同意发布"))
                    .body("timeline.action", equalTo(List.of("created", "submitted", "approved", "rejected")))
                    .body("publishedRevision", nullValue()).body("publishedAt", nullValue());
        }
        trace(n.member(), id).statusCode(404);
        trace("outsider", id).statusCode(404);
    }

    @Test
    void approvalsVoidedByAnEditStayInTheTraceOfTheDraft() {
        long id = approvedItem(n, "批准后又改");
        as(n.author()).body(Map.of("version", Newsrooms.version(id), "title", "批准后又改", "body", "<p>改过的正文</p>"))
                .put("/api/v1/publications/" + id).then().statusCode(200).body("status", equalTo("DRAFT"));
        trace(n.author(), id).statusCode(200).body("currentRevision", equalTo(2))
                .body("reviews", hasSize(2)).body("reviews.voidedAt", everyItem(notNullValue()))
                .body("reviews.revisionNumber", equalTo(List.of(1, 1))).body("approvals", hasSize(0));
    }

    @Test
    void aWithdrawnItemKeepsItsRoundAndThePolicyItWasReviewedUnder() {
        long id = drafted(n.author(), n.channelId(), "撤回的稿件");
        act(n.author(), id, "submit").statusCode(200);
        act(n.direct(), id, "reject", Map.of("comment", "标题不规范")).statusCode(200);
        act(n.author(), id, "submit").statusCode(200);
        act(n.author(), id, "withdraw").statusCode(200).body("status", equalTo("DRAFT"));
        trace(n.author(), id).statusCode(200)
                .body("timeline.action", equalTo(List.of("created", "submitted", "rejected", "submitted", "withdrawn")))
                .body("reviews[0].comment", equalTo("标题不规范"))
                .body("policy.source", equalTo("DEFAULT")).body("policy.steps.role", hasItem("FIRST_RESPONSIBLE"));
    }
}
