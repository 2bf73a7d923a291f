package org.dutyledger.security;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.dutyledger.support.Tokens.anonymous;
import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** What the outside security test found missing: the headers of the API's answers and of the web app's pages. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class SecurityHeadersTest {

    @Test
    void apiAnswersAreNeverSniffedNorStored() {
        as("secretary").get("/api/v1/me").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff")).header("Cache-Control", equalTo("no-store"))
                .header("Referrer-Policy", equalTo("same-origin")).header("Content-Security-Policy", nullValue());
        // Refusals made before any resource runs, and problems, too.
        anonymous().get("/api/v1/organizations").then().statusCode(401)
                .header("X-Content-Type-Options", equalTo("nosniff")).header("Cache-Control", equalTo("no-store"));
        as("secretary").get("/api/v1/organizations/999999999").then().statusCode(404)
                .header("X-Content-Type-Options", equalTo("nosniff")).header("Cache-Control", equalTo("no-store"));
        given().get("/api/v1/client-config").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff")).header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void theWebAppsPagesCarryTheContentSecurityPolicy() {
        // No built web app in the tests: the headers do not depend on whether a page is there.
        given().get("/organizations/12").then()
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", not(containsString("unsafe-eval")))
                .header("Content-Security-Policy", containsString("connect-src 'self' http://localhost:8180;"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff")).header("Referrer-Policy", equalTo("same-origin"))
                .header("Permissions-Policy", containsString("camera=()")).header("X-Frame-Options", equalTo("DENY"));
    }
}
