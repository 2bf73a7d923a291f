package org.dutyledger.contract;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The root openapi.yaml is the published contract: it must be exactly what the service serves.
 * Refresh it with: cd backend && ./mvnw test -Dtest=OpenApiContractTest -Dopenapi.update=true
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class OpenApiContractTest {

    static final Path CONTRACT = Path.of("..", "openapi.yaml");

    @Test
    void thePublishedContractMatchesWhatTheServiceServes() throws Exception {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
        }
        String published = Files.exists(CONTRACT) ? Files.readString(CONTRACT, StandardCharsets.UTF_8) : "";
        assertThat(published)
                .as("openapi.yaml differs from the served contract. Refresh it with:%n"
                        + "  cd backend && ./mvnw test -Dtest=OpenApiContractTest -Dopenapi.update=true")
                .isEqualTo(served);
    }
}
