package org.dutyledger.support;

import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Real signed bearer tokens for the demo users, shaped like Keycloak's (realm roles, audience). */
public final class Tokens {

    private Tokens() {
    }

    public static String of(String username, String... realmRoles) {
        return Jwt.subject("sub-" + username)
                .preferredUserName(username)
                .audience("duty-ledger-api")
                .claim("realm_access", Map.of("roles", List.of(realmRoles)))
                .expiresIn(600)
                .sign();
    }

    /** A request as the given demo user; `admin` and `auditor` carry their realm role. */
    public static RequestSpecification as(String username) {
        String[] roles = switch (username) {
            case "admin" -> new String[]{"admin"};
            case "auditor" -> new String[]{"auditor"};
            default -> new String[0];
        };
        return given().auth().oauth2(of(username, roles)).contentType("application/json");
    }

    /**
     * A machine client as Keycloak issues it for the client-credentials grant: realm role `integration`,
     * the service account's id as subject and no person behind it.
     */
    public static RequestSpecification integration() {
        String token = Jwt.subject("6f1c2a9e-0000-4000-8000-0000000a5e11")
                .preferredUserName("service-account-oa-sync")
                .claim("azp", "oa-sync")
                .audience("duty-ledger-api")
                .claim("realm_access", Map.of("roles", List.of("integration", "default-roles-duty-ledger")))
                .expiresIn(600)
                .sign();
        return given().auth().oauth2(token).contentType("application/json");
    }

    public static RequestSpecification anonymous() {
        return given().contentType("application/json");
    }
}
