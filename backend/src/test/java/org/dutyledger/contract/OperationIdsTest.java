package org.dutyledger.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** The contract a third party generates a client from: readable unique operationIds, tags, summaries, Swagger UI. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class OperationIdsTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @Test
    void everyOperationHasAUniqueReadableIdATagAndASummary() throws Exception {
        JsonNode contract = new ObjectMapper().readTree(
                given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
        Map<String, String> operationById = new HashMap<>();
        List<String> problems = new ArrayList<>();
        contract.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (!METHODS.contains(method.getKey())) {
                return;
            }
            String operation = method.getKey().toUpperCase() + " " + path.getKey();
            JsonNode op = method.getValue();
            String id = op.path("operationId").asText("");
            if (!id.matches("^[a-z][A-Za-z0-9]+$")) {
                problems.add(operation + ": operationId '" + id + "'");
            }
            String other = operationById.put(id, operation);
            if (other != null) {
                problems.add(id + " names both " + other + " and " + operation);
            }
            if (!op.path("tags").isArray() || op.path("tags").isEmpty()) {
                problems.add(operation + ": no tag");
            }
            if (op.path("summary").asText("").isBlank()) {
                problems.add(operation + ": no summary");
            }
        }));
        assertThat(problems).isEmpty();
        assertThat(operationById).containsKeys("listOrganizations", "getOrganization", "createOrganization",
                "handOverDuty", "listAuditEvents", "verifyAuditChain");
        assertThat(operationById.get("handOverDuty")).isEqualTo("POST /api/v1/organizations/{id}/handover");
        assertThat(contract.at("/components/schemas/Problem/properties/type/description").asText())
                .contains("version-conflict").contains("duty-conflict");
    }

    @Test
    void swaggerUiIsServedWithoutAToken() {
        given().redirects().follow(true).get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
