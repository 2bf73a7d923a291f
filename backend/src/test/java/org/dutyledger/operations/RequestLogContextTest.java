package org.dutyledger.operations;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.dutyledger.common.RequestLogContext;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Fixtures;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.Level;
import org.jboss.logmanager.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.support.Tokens.as;

/**
 * Every log line written while a request runs carries its request id, user and route: the request's own DEBUG line
 * (switched on here) is read with the MDC it was logged under, as the JSON log would print it.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class RequestLogContextTest {

    private final Logger logger = Logger.getLogger(RequestLogContext.class.getName());
    private final List<ExtLogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            ExtLogRecord line = (ExtLogRecord) record;
            line.copyAll(); // the MDC as it is now, on the request's thread
            records.add(line);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private java.util.logging.Level levelBefore;

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void listen() {
        levelBefore = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        logger.addHandler(capture);
    }

    @AfterEach
    void stop() {
        logger.removeHandler(capture);
        logger.setLevel(levelBefore);
    }

    @Test
    void aSignedInRequestLogsItsIdUserAndRouteTemplate() {
        long id = fixtures.orgId("STREET-DH");
        as("secretary").header("X-Request-Id", "ops-mdc-1").get("/api/v1/organizations/" + id).then().statusCode(200);

        ExtLogRecord line = lineOf("ops-mdc-1");
        assertThat(line.getMdc(RequestLogContext.USER)).isEqualTo("secretary");
        assertThat(line.getMdc(RequestLogContext.ROUTE)).isEqualTo("GET /api/v1/organizations/{id}");
    }

    @Test
    void anAnonymousRequestLogsNoUserAndNoneLeftFromTheRequestBefore() {
        as("admin").header("X-Request-Id", "ops-mdc-2").get("/api/v1/organizations").then().statusCode(200);
        given().header("X-Request-Id", "ops-mdc-3").get("/api/v1/client-config").then().statusCode(200);

        assertThat(lineOf("ops-mdc-2").getMdc(RequestLogContext.USER)).isEqualTo("admin");
        ExtLogRecord anonymous = lineOf("ops-mdc-3");
        assertThat(anonymous.getMdc(RequestLogContext.USER)).isNull();
        assertThat(anonymous.getMdc(RequestLogContext.ROUTE)).isEqualTo("GET /api/v1/client-config");
    }

    private ExtLogRecord lineOf(String requestId) {
        return records.stream().filter(r -> requestId.equals(r.getMdc(RequestLogContext.REQUEST_ID))).findFirst()
                .orElseThrow(() -> new AssertionError("no log line with requestId " + requestId + " among "
                        + records.stream().map(r -> r.getMdcCopy() + " " + r.getFormattedMessage()).toList()));
    }
}
