package org.dutyledger.organization;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.dutyledger.support.Tokens.as;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class OrganizationSmokeTest {

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void adminSeesTheDemoTree() {
        given().queryParam("q", "东湖").when().get("/api/v1/organizations")
                .then().statusCode(200).body("total", greaterThan(0));
    }

    @Test
    void signedTokenOfTheAdminIsAccepted() {
        as("admin").queryParam("q", "DH-").when().get("/api/v1/organizations")
                .then().statusCode(200).body("total", greaterThan(0));
    }

    @Test
    void tokenForAnotherAudienceIsRefused() {
        String token = io.smallrye.jwt.build.Jwt.subject("x").preferredUserName("admin").audience("someone-else")
                .claim("realm_access", java.util.Map.of("roles", java.util.List.of("admin"))).sign();
        given().auth().oauth2(token).when().get("/api/v1/organizations").then().statusCode(401);
    }

    @Test
    void anonymousGets401Problem() {
        given().when().get("/api/v1/organizations")
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
    }
}
