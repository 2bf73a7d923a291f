package org.dutyledger.support;

import io.restassured.path.json.JsonPath;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.dutyledger.support.Tokens.as;

/** Finds the demo data and makes fresh test data through the API, as a user would. */
public final class Demo {

    private Demo() {
    }

    /** Id of a demo organization by its code. */
    public static long org(String code) {
        List<Map<String, Object>> items = as("admin").queryParam("q", code).queryParam("includeDissolved", "true")
                .queryParam("size", "500").get("/api/v1/organizations").then().statusCode(200)
                .extract().jsonPath().getList("items");
        return items.stream().filter(o -> code.equals(o.get("code")))
                .map(o -> ((Number) o.get("id")).longValue()).findFirst()
                .orElseThrow(() -> new AssertionError("no demo organization " + code));
    }

    public static String uniqueCode(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36) + ThreadLocalRandom.current().nextInt(1000);
    }

    /** Creates an organization as admin and returns its JSON. */
    public static JsonPath createOrg(String name, String type, long parentId) {
        return as("admin").body(Map.of("code", uniqueCode("T"), "name", name, "type", type, "parentId", parentId))
                .post("/api/v1/organizations").then().statusCode(201).extract().jsonPath();
    }

    /** The sequence number of the newest audit event. */
    public static long auditHead() {
        // The newest event of the list, not /verify: verifying re-hashes the whole chain on every call, and the
        // bad-input test asks thousands of times.
        List<Long> newest = as("admin").queryParam("limit", "1").get("/api/v1/audit-events").then().statusCode(200)
                .extract().jsonPath().getList("items.seq", Long.class);
        return newest.isEmpty() ? 0 : newest.get(0);
    }
}
