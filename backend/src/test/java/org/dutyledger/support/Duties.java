package org.dutyledger.support;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.dutyledger.support.Tokens.as;

/** Duty and channel test data made through the API as admin. */
public final class Duties {

    private static Long container;

    private Duties() {
    }

    /**
     * One organization under 东湖街道 holding every unit these tests create, so that the street's own list of
     * children stays short for the other tests.
     */
    public static synchronized long container() {
        if (container == null) {
            container = Demo.createOrg("责任测试容器", "OTHER", Demo.org("STREET-DH")).getLong("id");
        }
        return container;
    }

    public static Map<String, Object> body(long personId, long orgId, String role, String from, String to) {
        Map<String, Object> b = new HashMap<>();
        b.put("personId", personId);
        b.put("organizationId", orgId);
        b.put("role", role);
        b.put("validFrom", from);
        b.put("validTo", to);
        return b;
    }

    public static ValidatableResponse assign(String caller, Map<String, Object> body) {
        return as(caller).body(body).post("/api/v1/duty-assignments").then();
    }

    /** Assigns as admin and returns the new assignment's id. */
    public static long assigned(long personId, long orgId, String role, String from, String to) {
        return assign("admin", body(personId, orgId, role, from, to)).statusCode(201).extract().jsonPath().getLong("id");
    }

    public static ValidatableResponse handOver(String caller, long orgId, String role, long personId, String day) {
        return as(caller).body(Map.of("role", role, "personId", personId, "effectiveDate", day,
                "basis", Map.of("documentNumber", "测试〔2024〕9号"))).post("/api/v1/organizations/" + orgId + "/handover").then();
    }

    public static JsonPath responsibility(long orgId, String at) {
        return as("admin").queryParam("at", at).get("/api/v1/organizations/" + orgId + "/responsibility")
                .then().statusCode(200).extract().jsonPath();
    }

    /** Names of the holders of a role in a responsibility answer. */
    public static List<String> holders(JsonPath responsibility, String role) {
        return responsibility.getList("roles.find { it.role == '" + role + "' }.holders.person.name", String.class);
    }

    public static long channel(long orgId, String name, String status) {
        Map<String, Object> b = new HashMap<>();
        b.put("organizationId", orgId);
        b.put("type", "WEBSITE");
        b.put("name", name);
        b.put("status", status);
        b.put("launchedOn", "ACTIVE".equals(status) ? "2024-01-01" : null);
        return as("admin").body(b).post("/api/v1/channels").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The newest audit events of one entity, as admin. */
    public static JsonPath audit(String entityType, Object entityId) {
        return as("admin").queryParam("entityType", entityType).queryParam("entityId", String.valueOf(entityId))
                .get("/api/v1/audit-events").then().statusCode(200).extract().jsonPath();
    }
}
