package org.dutyledger.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.dutyledger.common.EmbeddedDatabase;
import org.dutyledger.support.Demo;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class AuditChainTest {

    @Test
    void eightConcurrentWritersLeaveAGapFreeChainThatVerifies() throws Exception {
        long street = Demo.org("STREET-DH");
        long before = Demo.auditHead();
        int threads = 8;
        int writesPerThread = 200;
        List<Long> orgs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            orgs.add(Demo.createOrg("并发写入" + t, "COMMUNITY", street).getLong("id"));
        }
        long start = Demo.auditHead();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Callable<Integer>> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long id = orgs.get(t);
            writers.add(() -> {
                int ok = 0;
                for (int i = 0; i < writesPerThread; i++) {
                    int status = as("admin").body(Map.of("version", i, "sortOrder", i + 1))
                            .patch("/api/v1/organizations/" + id).statusCode();
                    ok += status == 200 ? 1 : 0;
                }
                return ok;
            });
        }
        int succeeded = 0;
        for (Future<Integer> f : pool.invokeAll(writers)) {
            succeeded += f.get();
        }
        pool.shutdown();
        assertThat(succeeded).isEqualTo(threads * writesPerThread);
        assertThat(Demo.auditHead()).isEqualTo(start + threads * writesPerThread);
        assertThat(start).isEqualTo(before + threads);
        as("auditor").get("/api/v1/audit-events/verify").then().statusCode(200)
                .body("ok", equalTo(true))
                .body("firstBrokenSeq", nullValue())
                .body("verified", equalTo((int) Demo.auditHead()));
    }

    @Test
    void aRowAlteredInTheDatabaseIsReportedByVerify() throws Exception {
        long id = Demo.createOrg("篡改对象", "COMMUNITY", Demo.org("STREET-DH")).getLong("id");
        long seq = as("admin").queryParam("entityId", id).get("/api/v1/audit-events").then()
                .extract().jsonPath().getLong("items[0].seq");
        String original;
        try (Connection c = EmbeddedPostgresResource.superuser(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT changes::text FROM audit_event WHERE seq = " + seq)) {
                rs.next();
                original = rs.getString(1);
            }
            tamper(s, "UPDATE audit_event SET changes = '{\"name\":{\"before\":null,\"after\":\"伪造\"}}' WHERE seq = " + seq);
            try {
                as("auditor").get("/api/v1/audit-events/verify").then().statusCode(200)
                        .body("ok", equalTo(false))
                        .body("firstBrokenSeq", equalTo((int) seq))
                        .body("verified", equalTo((int) seq - 1));
            } finally {
                try (PreparedStatement ps = c.prepareStatement("UPDATE audit_event SET changes = CAST(? AS jsonb) WHERE seq = ?")) {
                    s.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete");
                    ps.setString(1, original);
                    ps.setLong(2, seq);
                    ps.executeUpdate();
                    s.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_delete");
                }
            }
        }
        as("auditor").get("/api/v1/audit-events/verify").then().body("ok", equalTo(true));
    }

    private static void tamper(Statement s, String sql) throws SQLException {
        s.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete");
        s.execute(sql);
        s.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_delete");
    }

    @Test
    void theApplicationRoleCannotChangeOrClearTheTrail() throws Exception {
        Demo.createOrg("留痕", "COMMUNITY", Demo.org("STREET-DH"));
        String url = System.getProperty("quarkus.datasource.jdbc.url");
        try (Connection app = DriverManager.getConnection(url, EmbeddedDatabase.APP_ROLE, EmbeddedDatabase.APP_PASSWORD);
             Statement s = app.createStatement()) {
            assertThatThrownBy(() -> s.execute("UPDATE audit_event SET action = 'x' WHERE seq = 1"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.execute("DELETE FROM audit_event"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.execute("TRUNCATE audit_event"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.execute("ALTER TABLE audit_event DISABLE TRIGGER ALL"))
                    .hasMessageContaining("must be owner");
        }
        try (Connection owner = EmbeddedPostgresResource.superuser(); Statement s = owner.createStatement()) {
            assertThatThrownBy(() -> s.execute("DELETE FROM audit_event WHERE seq = 1"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.execute("TRUNCATE audit_event"))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void theJsonlExportCanBeVerifiedOfflineFromTheDocumentedCanonicalForm() throws Exception {
        long id = Demo.createOrg("导出核验", "COMMUNITY", Demo.org("STREET-DH")).getLong("id");
        as("admin").body(Map.of("version", 0, "name", "导出核验（改）")).patch("/api/v1/organizations/" + id)
                .then().statusCode(200);
        String body = as("auditor").queryParam("format", "jsonl").get("/api/v1/audit-events/export")
                .then().statusCode(200).header("Content-Disposition", org.hamcrest.Matchers.containsString("audit-events.jsonl"))
                .extract().asString();
        ObjectMapper canonical = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
        String prev = "0".repeat(64);
        long lines = 0;
        for (String line : body.split("\n")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> event = new TreeMap<>(canonical.readValue(line, Map.class));
            String hash = (String) event.remove("hash");
            assertThat(event.get("prevHash")).as("line %d links to its predecessor", lines + 1).isEqualTo(prev);
            String recomputed = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((prev + canonical.writeValueAsString(event)).getBytes(StandardCharsets.UTF_8)));
            assertThat(recomputed).as("hash of event %s", event.get("seq")).isEqualTo(hash);
            prev = hash;
            lines++;
        }
        assertThat(lines).isEqualTo(Demo.auditHead());
        String csv = as("auditor").queryParam("format", "csv").queryParam("entityType", "organization").queryParam("entityId", id)
                .get("/api/v1/audit-events/export").then().statusCode(200).extract().asString();
        assertThat(csv.lines().toList()).hasSize(3);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("\uFEFF\"序号\",\"时间\",");
        assertThat(csv).contains("导出核验（改）");
    }

    @Test
    void eventsCarryActorRequestIdAndFieldChanges() {
        long id = Demo.createOrg("请求编号", "COMMUNITY", Demo.org("STREET-DH")).getLong("id");
        as("admin").header("X-Request-Id", "req-test-42").body(Map.of("version", 0, "sortOrder", 7))
                .patch("/api/v1/organizations/" + id).then().statusCode(200).header("X-Request-Id", "req-test-42");
        as("admin").queryParam("entityType", "organization").queryParam("entityId", id).queryParam("limit", 1)
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("items[0].action", equalTo("organization.updated"))
                .body("items[0].actorUsername", equalTo("admin"))
                .body("items[0].actorSubject", equalTo("sub-admin"))
                .body("items[0].requestId", equalTo("req-test-42"))
                .body("items[0].organizationId", equalTo((int) id))
                .body("items[0].changes.sortOrder.after", equalTo(7))
                .body("nextCursor", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void cursorPagingWalksBackwardsWithoutOverlap() {
        var first = as("admin").queryParam("limit", 3).get("/api/v1/audit-events").then().statusCode(200)
                .extract().jsonPath();
        List<Long> firstSeqs = first.getList("items.seq", Long.class);
        var second = as("admin").queryParam("limit", 3).queryParam("cursor", first.getString("nextCursor"))
                .get("/api/v1/audit-events").then().statusCode(200).extract().jsonPath();
        List<Long> secondSeqs = second.getList("items.seq", Long.class);
        assertThat(secondSeqs.get(0)).isEqualTo(firstSeqs.get(2) - 1);
    }

    @Test
    void badFiltersAreNamed() {
        as("admin").queryParam("from", "yesterday").get("/api/v1/audit-events").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        as("admin").queryParam("limit", "0").get("/api/v1/audit-events").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        as("admin").queryParam("format", "pdf").get("/api/v1/audit-events/export").then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
    }
}
