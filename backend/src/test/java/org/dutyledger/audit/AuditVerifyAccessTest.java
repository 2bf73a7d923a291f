package org.dutyledger.audit;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.dutyledger.support.Demo;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Tokens;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.equalTo;

/** Verifying the chain reads all of it: only the global roles may ask, for a range that exists, one at a time. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class AuditVerifyAccessTest {

    static final String VERIFY = "/api/v1/audit-events/verify";

    @Inject
    VerificationGate gate;

    @Test
    void onlyAdministratorsAndAuditorsMayVerifyTheChain() {
        as("admin").get(VERIFY).then().statusCode(200).body("ok", equalTo(true));
        as("auditor").get(VERIFY).then().statusCode(200).body("ok", equalTo(true));
        for (String user : new String[]{"outsider", "secretary", "community"}) {
            as(user).get(VERIFY).then().statusCode(403).contentType("application/problem+json");
        }
        Tokens.integration().get(VERIFY).then().statusCode(403).contentType("application/problem+json");
        Tokens.anonymous().get(VERIFY).then().statusCode(401);
    }

    @Test
    void aRangeThatIsEmptyOrReachesPastTheHeadIsRefused() {
        long head = Demo.auditHead();
        assertThat(head).isGreaterThan(2);
        as("auditor").queryParam("fromSeq", 2).queryParam("toSeq", 1).get(VERIFY).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("fromSeq"));
        as("auditor").queryParam("toSeq", head + 1000).get(VERIFY).then().statusCode(400)
                .body("errors[0].field", equalTo("toSeq"));
        as("auditor").queryParam("fromSeq", head + 1000).get(VERIFY).then().statusCode(400)
                .body("errors[0].field", equalTo("fromSeq"));
        as("auditor").queryParam("fromSeq", 0).get(VERIFY).then().statusCode(400)
                .body("errors[0].field", equalTo("fromSeq"));
        as("auditor").queryParam("fromSeq", 2).queryParam("toSeq", 2).get(VERIFY).then().statusCode(200)
                .body("ok", equalTo(true)).body("verified", equalTo(1));
    }

    @Test
    void aSecondVerificationWhileOneRunsIsToldToComeBack() {
        // Hold the instance's one verification permit, as a running verification does.
        assertThat(gate.tryEnter()).isTrue();
        try {
            as("auditor").get(VERIFY).then().statusCode(429).contentType("application/problem+json")
                    .header("Retry-After", String.valueOf(VerificationGate.RETRY_AFTER_SECONDS))
                    .body("status", equalTo(429));
        } finally {
            gate.leave();
        }
        as("auditor").get(VERIFY).then().statusCode(200).body("ok", equalTo(true));
    }
}
