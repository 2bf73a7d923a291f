package org.dutyledger.bench;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.dutyledger.support.Demo;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;

import static org.dutyledger.support.Tokens.as;

/**
 * Benchmark, run by hand (bench/import.sh): generated organizations and people (100,000 rows in all by
 * default, -Dbench.rows=N) imported through the API — dry run and commit timed — against PostgreSQL COPY
 * of the same rows into the same tables in a transaction that is rolled back. Prints figures; asserts nothing.
 * Not part of the test suite (its name does not end in Test).
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ImportBench {

    static final int ROWS = Integer.getInteger("bench.rows", 100_000);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void hundredThousandRows() throws Exception {
        int half = ROWS / 2;
        String prefix = Demo.uniqueCode("B");
        StringBuilder orgs = new StringBuilder("机构编码,机构名称,机构类型,上级机构编码,排序\n");
        for (int i = 0; i < half; i++) {
            orgs.append(prefix).append('-').append(i).append(",基准单位").append(i).append(",其他,")
                    .append(i == 0 ? "CITY" : prefix + "-" + (i - 1) / 10).append(',').append(i % 10).append('\n');
        }
        StringBuilder people = new StringBuilder("人员编号,姓名,职务,电话,在职\n");
        for (int i = 0; i < half; i++) {
            people.append(prefix).append("-P").append(i).append(",基准人员").append(i).append(",网格员,027-8600 ")
                    .append(1000 + i % 9000).append(",是\n");
        }
        long[] orgApi = run("organizations", orgs.toString());
        long[] personApi = run("people", people.toString());
        report("organizations", half, orgApi, copyOrganizations(half, trail("organization.created")));
        report("people", half, personApi, copyPeople(half, trail("person.created")));
    }

    /** The audit changes and the outbox payload the import wrote for its last row of a kind: the shape to copy. */
    private String[] trail(String action) throws Exception {
        try (Connection c = dataSource.getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT a.changes::text, o.payload::text FROM audit_event a JOIN outbox_event o "
                     + "ON o.type = a.action AND o.aggregate_id = a.entity_id WHERE a.action = '" + action
                     + "' ORDER BY a.seq DESC LIMIT 1")) {
            rs.next();
            return new String[]{rs.getString(1), rs.getString(2)};
        }
    }

    /**
     * COPY of the audit_event and outbox_event rows an import writes with each entity row (same shape, made-up hashes),
     * into the same transaction after the entity rows: what the audit and outbox rules add to a bare COPY.
     */
    private static String[] trailRows(int rows, String[] trail, String now, java.util.function.LongUnaryOperator organizationOf) {
        StringBuilder audit = new StringBuilder();
        StringBuilder outbox = new StringBuilder();
        String changes = csv(trail[0]);
        String payload = csv(trail[1]);
        String hash = "ab".repeat(32);
        for (int i = 0; i < rows; i++) {
            long id = 4_000_000_000L + i;
            audit.append(id).append(',').append(now).append(",sub-admin,admin,,bench.created,bench,").append(id).append(',')
                    .append(organizationOf.applyAsLong(id)).append(",,").append(changes).append(',').append(hash).append(',').append(hash).append('\n');
            outbox.append("bench.created,").append(organizationOf.applyAsLong(id)).append(",bench,").append(id).append(',').append(payload).append(',')
                    .append(now).append('\n');
        }
        return new String[]{audit.toString(), outbox.toString()};
    }

    private static String csv(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    static final String AUDIT_COPY = "COPY audit_event (seq, occurred_at, actor_subject, actor_username, actor_person_id, action, "
            + "entity_type, entity_id, organization_id, request_id, changes, prev_hash, hash) FROM STDIN (FORMAT csv)";
    static final String OUTBOX_COPY = "COPY outbox_event (type, organization_id, aggregate_type, aggregate_id, payload, created_at) "
            + "FROM STDIN (FORMAT csv)";

    /** Dry run and commit through the API: nanoseconds of each. */
    private long[] run(String kind, String csv) {
        long start = System.nanoTime();
        long id = as("admin").contentType("text/csv").queryParam("kind", kind)
                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports").then().statusCode(202)
                .extract().jsonPath().getLong("id");
        JsonPath job = await(id);
        long dry = System.nanoTime() - start;
        if (!job.getString("status").equals("VALID")) {
            throw new AssertionError(kind + " dry run: " + job.getString("status") + " " + job.getString("message"));
        }
        start = System.nanoTime();
        as("admin").post("/api/v1/imports/" + id + "/commit").then().statusCode(202);
        job = await(id);
        long commit = System.nanoTime() - start;
        if (!job.getString("status").equals("COMMITTED")) {
            throw new AssertionError(kind + " commit: " + job.getString("status") + " " + job.getString("message"));
        }
        return new long[]{dry, commit};
    }

    private static JsonPath await(long id) {
        while (true) {
            JsonPath job = as("admin").get("/api/v1/imports/" + id).then().statusCode(200).extract().jsonPath();
            String s = job.getString("status");
            if (!s.equals("VALIDATING") && !s.equals("COMMITTING")) {
                return job;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    /** copy: nanoseconds of the bare entity COPY, and of the entity COPY with its audit and outbox rows. */
    private static void report(String kind, int rows, long[] api, long[] copy) {
        double dry = rows / (api[0] / 1e9);
        double commit = rows / (api[1] / 1e9);
        double bare = rows / (copy[0] / 1e9);
        double whole = rows / (copy[1] / 1e9);
        System.out.printf("import %s: %,d rows — dry run %.1f s (%,.0f rows/s), commit %.1f s (%,.0f rows/s); "
                        + "COPY %.2f s (%,.0f rows/s); commit/COPY %.1f%%, (dry run + commit)/COPY %.1f%%; "
                        + "COPY with the audit and outbox rows %.2f s (%,.0f rows/s), commit/that %.1f%%%n",
                kind, rows, api[0] / 1e9, dry, api[1] / 1e9, commit, copy[0] / 1e9, bare, 100 * commit / bare,
                100 * (rows / ((api[0] + api[1]) / 1e9)) / bare, copy[1] / 1e9, whole, 100 * commit / whole);
    }

    /** COPY of the same organization rows (ids far above the sequence), timed, then rolled back. */
    private long[] copyOrganizations(int rows, String[] trail) throws Exception {
        StringBuilder data = new StringBuilder();
        String now = Instant.now().toString();
        long base = 4_000_000_000L;
        long city = Demo.org("CITY");
        String cityPath = as("admin").get("/api/v1/organizations/" + city).then().extract().jsonPath().getString("path");
        String[] paths = new String[rows];
        for (int i = 0; i < rows; i++) {
            long id = base + i;
            String parentPath = i == 0 ? (cityPath == null ? "/" + city + "/" : cityPath) : paths[(i - 1) / 10];
            paths[i] = parentPath + id + "/";
            long parent = i == 0 ? city : base + (i - 1) / 10;
            data.append(id).append(",COPY-").append(i).append(",基准单位").append(i).append(",OTHER,").append(parent).append(',')
                    .append(paths[i]).append(',').append(paths[i].split("/").length - 2).append(',').append(i % 10)
                    .append(',').append(now).append(',').append(now).append('\n');
        }
        String[] more = trailRows(rows, trail, now, id -> id);
        return copy(new String[]{"COPY organization (id, code, name, type, parent_id, path, depth, sort_order, created_at, "
                + "updated_at) FROM STDIN (FORMAT csv)", AUDIT_COPY, OUTBOX_COPY}, new String[]{data.toString(), more[0], more[1]});
    }

    private long[] copyPeople(int rows, String[] trail) throws Exception {
        StringBuilder data = new StringBuilder();
        String now = Instant.now().toString();
        for (int i = 0; i < rows; i++) {
            data.append(4_000_000_000L + i).append(",基准人员").append(i).append(",网格员,027-8600 ").append(1000 + i % 9000)
                    .append(",COPY-P").append(i).append(',').append(now).append(',').append(now).append('\n');
        }
        // the audit and outbox rows of people name an organization: the demo city, as a person's main one would
        long city = Demo.org("CITY");
        String[] more = trailRows(rows, trail, now, id -> city);
        return copy(new String[]{"COPY person (id, name, post, phone, external_id, created_at, updated_at) FROM STDIN (FORMAT csv)",
                AUDIT_COPY, OUTBOX_COPY}, new String[]{data.toString(), more[0], more[1]});
    }

    /** Runs the COPYs in one transaction, rolled back: nanoseconds of the first, and of all. */
    private long[] copy(String[] sql, String[] data) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                long start = System.nanoTime();
                long first = 0;
                for (int i = 0; i < sql.length; i++) {
                    c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql[i], new StringReader(data[i]));
                    if (i == 0) {
                        first = System.nanoTime() - start;
                    }
                }
                return new long[]{first, System.nanoTime() - start};
            } finally {
                c.rollback();
            }
        }
    }
}
