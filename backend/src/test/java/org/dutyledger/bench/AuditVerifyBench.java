package org.dutyledger.bench;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.dutyledger.audit.AuditCanonicalForm;
import org.dutyledger.audit.AuditChainVerifier;
import org.dutyledger.audit.AuditRecord;
import org.dutyledger.audit.AuditTrail;
import org.dutyledger.audit.Changes;
import org.dutyledger.audit.VerificationResult;
import org.dutyledger.support.Demo;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Tokens;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Benchmark, run by hand (bench/verify.sh): appends a million audit events through AuditTrail (many per
 * transaction) into the throwaway embedded PostgreSQL, then times chain verification in-process and over
 * HTTP with a real token. Prints events/s; asserts only that the chain verifies.
 * Not part of the test suite (its name does not end in Test).
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class AuditVerifyBench {

    static final int EVENTS = Integer.getInteger("bench.events", 1_000_000);
    static final int PER_TRANSACTION = 5_000;

    @Inject
    AuditTrail trail;

    @Inject
    AuditChainVerifier verifier;

    @Test
    void verifyAMillionEvents() throws Exception {
        long org = Demo.org("STREET-DH");
        awkwardEvents(org);
        long start = System.nanoTime();
        for (int done = 0; done < EVENTS; done += PER_TRANSACTION) {
            int from = done;
            int n = Math.min(PER_TRANSACTION, EVENTS - done);
            QuarkusTransaction.requiringNew().timeout(600).run(() -> {
                for (int i = from; i < from + n; i++) {
                    trail.record(action(i), "bench", i, org, changes(i));
                }
            });
        }
        double seedSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%nseed: %,d audit events through AuditTrail in %.1f s (%.0f/s)%n", EVENTS, seedSeconds,
                EVENTS / seedSeconds);

        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int run = 1; run <= 3; run++) {
            // Alternating with the reference computation (the verifier before it was made fast), so that both
            // see the same machine load.
            long t = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            long n = referenceVerify();
            long took = System.nanoTime() - t;
            System.out.printf("reference (Jackson tree per event), run %d: %,d events in %d ms (%d ms CPU in this thread) = %,.0f events/s%n",
                    run, n, took / 1_000_000, (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000, n / (took / 1e9));
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            t = System.nanoTime();
            cpu = threads.getCurrentThreadCpuTime();
            long processCpu = os.getProcessCpuTime();
            VerificationResult r = verifier.verify(null, null);
            report("in-process verifier, run " + run + " (" + (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000
                    + " ms CPU in the reading thread, " + (os.getProcessCpuTime() - processCpu) / 1_000_000
                    + " ms CPU in the whole JVM)", r, System.nanoTime() - t);
        }
        HttpClient client = HttpClient.newHttpClient();
        URI uri = URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port
                + "/api/v1/audit-events/verify");
        String token = Tokens.of("auditor", "auditor");
        for (int run = 1; run <= 3; run++) {
            long t = System.nanoTime();
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri)
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - t;
            assertEquals(200, response.statusCode(), response.body());
            assertTrue(response.body().contains("\"ok\":true"), response.body());
            long verified = Long.parseLong(response.body().replaceAll(".*\"verified\":(\\d+).*", "$1"));
            System.out.printf("GET /audit-events/verify, run %d: %,d events in %d ms = %,.0f events/s%n", run, verified,
                    took / 1_000_000, verified / (took / 1e9));
        }
    }

    /**
     * Events whose canonical form is easy to get wrong, so that the verifier's fast path is checked against
     * the reference writer (AuditTrail hashes with Jackson): keys whose UTF-16 order differs from PostgreSQL's
     * jsonb order and from code point order, escapes, control characters, extreme numbers, no changes at all;
     * and one event with fractions, big integers and arrays written directly (as a legacy row would be), hashed
     * the reference way, which the verifier must take through its fallback.
     */
    private void awkwardEvents(long org) throws Exception {
        QuarkusTransaction.requiringNew().run(() -> {
            trail.record("bench.awkward", "bench", "k", org, Changes.create()
                    .put("z", "a", "b").put("a", 1L, 2L).put("\u00e9", "\u0001\u001f\u007f", "/\\\"\u2028\u00a0")
                    .put("\uD83D\uDE00", Long.MIN_VALUE, Long.MAX_VALUE).put("\uFF21", "", "\uD83D\uDE00\uFF21")
                    .put("\n", true, false).put("aa", null, "x").put("B", "\b\f\r\t\n", null));
            trail.record("bench.awkward", "bench", "\"quoted\"\n", null, Changes.create());
        });
        try (java.sql.Connection c = EmbeddedPostgresResource.superuser()) {
            c.setAutoCommit(false);
            String stored;
            try (var ps = c.prepareStatement("SELECT CAST(? AS jsonb)::text")) {
                ps.setString(1, "{\"ratio\": {\"before\": 1.5, \"after\": 2.50}, \"big\": 123456789012345678901234567890,"
                        + " \"exp\": 1e3, \"list\": [1, -2, 0.1, \"x\", {\"b\": 1, \"a\": [true, null]}], \"m\": -0.0}");
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    stored = rs.getString(1);
                }
            }
            long seq;
            String prev;
            try (var ps = c.prepareStatement("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
                 var rs = ps.executeQuery()) {
                rs.next();
                seq = rs.getLong(1) + 1;
                prev = rs.getString(2).trim();
            }
            java.time.Instant now = AuditCanonicalForm.truncate(java.time.Instant.now());
            String hash = AuditCanonicalForm.hash(new AuditRecord(seq, now,
                    null, "legacy", null, "bench.legacy", "bench", "1", org, null,
                    AuditCanonicalForm.parseChanges(stored), prev, null));
            try (var ps = c.prepareStatement("INSERT INTO audit_event (seq, occurred_at, actor_username, action, entity_type,"
                    + " entity_id, organization_id, changes, prev_hash, hash) VALUES (?, ?, 'legacy', 'bench.legacy', 'bench', '1', ?,"
                    + " CAST(? AS jsonb), ?, ?)")) {
                ps.setLong(1, seq);
                ps.setObject(2, now.atOffset(java.time.ZoneOffset.UTC));
                ps.setLong(3, org);
                ps.setString(4, stored);
                ps.setString(5, prev);
                ps.setString(6, hash);
                ps.executeUpdate();
            }
            try (var ps = c.prepareStatement("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
                ps.setLong(1, seq);
                ps.setString(2, hash);
                ps.executeUpdate();
            }
            c.commit();
        }
        VerificationResult r = verifier.verify(null, null);
        assertTrue(r.ok(), "awkward events: " + r.detail());
        System.out.printf("%nawkward events (escapes, key order, fractions through the fallback): %s%n", r.detail());
    }

    @Inject
    org.dutyledger.audit.AuditReader reader;

    /** What the verifier did before: an AuditRecord with a Jackson tree per row, Jackson canonical form, new digest. */
    private long referenceVerify() {
        String sql = "SELECT e.seq, e.occurred_at, e.actor_subject, e.actor_username, e.actor_person_id, e.action,"
                + " e.entity_type, e.entity_id, e.organization_id, e.request_id, e.changes::text, e.prev_hash, e.hash"
                + " FROM audit_event e ORDER BY e.seq";
        long[] count = {0};
        String[] prev = {AuditCanonicalForm.GENESIS_HASH};
        reader.stream(sql, org.dutyledger.common.SqlParams.forJdbc(), e -> {
            if (!e.prevHash().equals(prev[0]) || !AuditCanonicalForm.hash(e).equals(e.hash())) {
                throw new AssertionError("reference check failed at " + e.seq());
            }
            prev[0] = e.hash();
            count[0]++;
        });
        return count[0];
    }

    private static void report(String what, VerificationResult r, long nanos) {
        assertTrue(r.ok(), r.detail());
        System.out.printf("%s: %,d events in %d ms = %,.0f events/s%n", what, r.verified(), nanos / 1_000_000,
                r.verified() / (nanos / 1e9));
    }

    private static String action(int i) {
        return switch (i % 4) {
            case 0 -> "organization.updated";
            case 1 -> "duty.assigned";
            case 2 -> "person.updated";
            default -> "publication.revised";
        };
    }

    /** Realistic change records: names in Chinese, codes, ids, flags, and now and then quotes and new lines. */
    private static Changes changes(int i) {
        Changes c = Changes.create()
                .put("name", "东湖街道第" + i + "社区", "东湖街道第" + (i + 1) + "社区")
                .put("code", "B-" + i, "B-" + (i + 1))
                .put("parentId", (long) i, (long) i + 7)
                .put("active", i % 2 == 0, i % 2 != 0);
        if (i % 10 == 0) {
            c.put("note", null, "第一行\n第二行 \"引号\" \\ 反斜杠\t制表");
        }
        return c;
    }
}
