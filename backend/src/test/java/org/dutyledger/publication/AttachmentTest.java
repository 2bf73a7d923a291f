package org.dutyledger.publication;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Newsrooms;
import org.dutyledger.support.Newsrooms.Newsroom;
import org.dutyledger.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.HexFormat;
import java.security.MessageDigest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.support.Newsrooms.act;
import static org.dutyledger.support.Newsrooms.approve;
import static org.dutyledger.support.Newsrooms.drafted;
import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Attachments: typed by their content, hashed, limited in size, part of the reviewed revision. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class AttachmentTest {

    /** A 1×1 PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Inject
    Newsrooms newsrooms;

    Newsroom n;

    @BeforeEach
    void freshNewsroom() {
        n = newsrooms.create();
    }

    static ValidatableResponse upload(String user, long id, String name, String type, byte[] content) {
        return given().auth().oauth2("auditor".equals(user) ? Tokens.of(user, "auditor") : Tokens.of(user)).multiPart("file", name, content, type)
                .post("/api/v1/publications/" + id + "/attachments").then().log().ifValidationFails();
    }

    @Test
    void anImageIsStoredWithItsTypeFromTheContentAndItsHashAndDownloadsUnchanged() throws Exception {
        long id = drafted(n.author(), n.channelId(), "附件");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PNG));
        long attachment = upload(n.author(), id, "现场照片.png", "image/png", PNG).statusCode(201)
                .body("attachments", hasSize(1)).body("attachments[0].mediaType", equalTo("image/png"))
                .body("attachments[0].sha256", equalTo(sha)).body("attachments[0].size", equalTo(PNG.length))
                .body("revisionNumber", equalTo(2)).extract().jsonPath().getLong("attachments[0].id");
        byte[] back = as(n.author()).get("/api/v1/publications/" + id + "/attachments/" + attachment).then().statusCode(200)
                .header("Content-Type", equalTo("image/png")).header("X-Content-Type-Options", equalTo("nosniff"))
                .extract().asByteArray();
        assertThat(back).isEqualTo(PNG);
        as("outsider").get("/api/v1/publications/" + id + "/attachments/" + attachment).then().statusCode(404);
        upload("outsider", id, "a.png", "image/png", PNG).statusCode(404);
        upload("auditor", id, "a.png", "image/png", PNG).statusCode(403);
        as(n.author()).queryParam("from", 1).queryParam("to", 2).get("/api/v1/publications/" + id + "/revisions/compare")
                .then().statusCode(200).body("attachments[0].kind", equalTo("ADDED"));
    }

    @Test
    void aPngRenamedToPdfIsRefused() {
        long id = drafted(n.author(), n.channelId(), "伪装");
        upload(n.author(), id, "通知.pdf", "application/pdf", PNG).statusCode(422)
                .body("type", equalTo("https://dutyledger.org/problems/attachment-content-mismatch"))
                .body("errors[0].field", equalTo("file"));
        upload(n.author(), id, "脚本.png", "image/png", "<script>alert(1)</script>".getBytes()).statusCode(422);
        upload(n.author(), id, "图.png", "application/pdf", PNG).statusCode(422);
    }

    @Test
    void aFileOverTheLimitIsRefused() {
        long id = drafted(n.author(), n.channelId(), "超大");
        byte[] big = new byte[1024 * 1024 + 10];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        upload(n.author(), id, "大图.png", "image/png", big).statusCode(413)
                .body("type", equalTo("https://dutyledger.org/problems/attachment-too-large"));
    }

    @Test
    void addingAnAttachmentAfterAnApprovalVoidsTheApproval() {
        long id = drafted(n.author(), n.channelId(), "附件作废审批");
        act(n.author(), id, "submit").statusCode(200);
        approve(n.direct(), id).statusCode(200);
        upload(n.author(), id, "补充.png", "image/png", PNG).statusCode(201).body("status", equalTo("DRAFT"))
                .body("approvals", hasSize(0));
    }
}
