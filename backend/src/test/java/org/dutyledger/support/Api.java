package org.dutyledger.support;

import io.restassured.response.ValidatableResponse;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** Small HTTP helpers shared by the API tests. */
public final class Api {

    private Api() {
    }

    public static ValidatableResponse get(String path) {
        return given().when().get(path).then();
    }

    public static ValidatableResponse post(String path, Object body) {
        return given().contentType("application/json").body(body).when().post(path).then();
    }

    public static ValidatableResponse patch(String path, Object body) {
        return given().contentType("application/json").body(body).when().patch(path).then();
    }

    public static ValidatableResponse put(String path, Object body) {
        return given().contentType("application/json").body(body).when().put(path).then();
    }

    /** The newest audit events of one entity (needs a caller who may read them). */
    public static ValidatableResponse auditOf(String entityType, Object entityId) {
        return given().queryParam("entityType", entityType).queryParam("entityId", String.valueOf(entityId))
                .when().get("/api/v1/audit-events").then().statusCode(200);
    }

    public static Map<String, Object> membership(long organizationId, String role, boolean primary) {
        return Map.of("organizationId", organizationId, "role", role, "primary", primary);
    }
}
