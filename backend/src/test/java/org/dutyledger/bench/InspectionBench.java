package org.dutyledger.bench;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.common.Today;
import org.dutyledger.support.Demo;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.dutyledger.support.Tokens.as;

/**
 * bench/inspections.sh (issue 15, Performance): an annual assessment of TARGETS organizations × ITEMS items, scored
 * and concluded through the API as a user would, and a 整改台账 of RECTIFICATIONS rows; then the endpoints an office
 * opens timed over HTTP with a real signed token at one client (p50/p99/max of RUNS calls after 5 warm-ups, bytes).
 * The target tree and the assessment go through the services (validation, scope, audit); the ledger's rows are
 * inserted in bulk (10,000 findings through the API would only measure the seeding). Throwaway embedded PostgreSQL.
 * Not part of the test suite (its name does not end in Test).
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class InspectionBench {

    static final int TARGETS = Integer.getInteger("bench.targets", 1_000);
    static final int ITEMS = Integer.getInteger("bench.items", 30);
    static final int RECTIFICATIONS = Integer.getInteger("bench.rectifications", 10_000);

    @Inject
    EntityManager em;

    @Test
    void inspections() throws Exception {
        long root = Demo.createOrg("考核基准区", "PARTY_COMMITTEE", Demo.org("CITY")).getLong("id");
        long t0 = System.nanoTime();
        List<Long> targets = targets(root);
        System.out.printf("seed: %,d target organizations under one district in %.1f s%n", targets.size(), (System.nanoTime() - t0) / 1e9);

        t0 = System.nanoTime();
        long inspection = assessment(root, targets);
        System.out.printf("seed: assessment %d of %,d targets × %d items scored (%,d scores) and concluded in %.1f s%n", inspection,
                targets.size(), ITEMS, (long) targets.size() * ITEMS, (System.nanoTime() - t0) / 1e9);

        t0 = System.nanoTime();
        ledger(root, targets);
        System.out.printf("seed: %,d findings with their rectifications inserted in %.1f s%n", RECTIFICATIONS, (System.nanoTime() - t0) / 1e9);

        time("GET /inspections/{id}/results (ranking, " + targets.size() + " rows)", "/api/v1/inspections/" + inspection + "/results");
        time("GET /inspections/{id} (" + targets.size() + " targets)", "/api/v1/inspections/" + inspection);
        time("GET /inspections/{id}/targets/{org}/scores", "/api/v1/inspections/" + inspection + "/targets/" + targets.get(500) + "/scores");
        time("GET /inspections/{id}/results/export (xlsx)", "/api/v1/inspections/" + inspection + "/results/export");
        time("GET /rectifications?under={district} (first page of " + RECTIFICATIONS + ")", "/api/v1/rectifications?under=" + root);
        time("GET /rectifications?under=…&page=150", "/api/v1/rectifications?under=" + root + "&page=150");
        time("GET /rectifications?under=…&overdue=true", "/api/v1/rectifications?under=" + root + "&overdue=true");
        time("GET /rectifications?under=…&status=IN_PROGRESS&size=500", "/api/v1/rectifications?under=" + root + "&status=IN_PROGRESS&size=500");
        time("GET /rectifications?under={one community} (10 rows)", "/api/v1/rectifications?under=" + targets.get(targets.size() - 1));
        time("GET /findings?under={district}", "/api/v1/findings?under=" + root);
        time("GET /rectifications/export?under=… (xlsx, " + RECTIFICATIONS + " rows)", "/api/v1/rectifications/export?under=" + root);
    }

    /** TARGETS organizations in two levels (streets, and communities under each), created by four clients. */
    List<Long> targets(long root) throws Exception {
        int streets = Math.max(1, TARGETS / 20);
        List<Long> streetIds = new ArrayList<>();
        for (int s = 0; s < streets; s++) {
            streetIds.add(Demo.createOrg("基准街道" + s, "STREET", root).getLong("id"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Long>> made = new ArrayList<>();
            for (int i = 0; made.size() + streets < TARGETS; i++) {
                long parent = streetIds.get(i % streets);
                int n = i;
                made.add(pool.submit(() -> Demo.createOrg("基准社区" + n, "COMMUNITY", parent).getLong("id")));
            }
            List<Long> ids = new ArrayList<>(streetIds);
            for (Future<Long> f : made) {
                ids.add(f.get());
            }
            return ids;
        } finally {
            pool.shutdown();
        }
    }

    /** A 30-item template, an annual assessment of every target, each sheet scored by PUT, then concluded. */
    long assessment(long root, List<Long> targets) throws Exception {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 1; i <= ITEMS; i++) {
            items.add(Map.of("code", "I" + i, "text", "考核项目第" + i + "项", "maxPoints", 10, "method", "DOCUMENT_CHECK"));
        }
        long template = as("admin").body(Map.of("organizationId", root, "name", "年度考核基准模板", "items", items,
                        "grades", List.of(Map.of("grade", "EXCELLENT", "minPoints", 270), Map.of("grade", "GOOD", "minPoints", 240),
                                Map.of("grade", "FAIR", "minPoints", 180), Map.of("grade", "POOR", "minPoints", 0))))
                .post("/api/v1/scoring-templates").then().statusCode(201).extract().jsonPath().getLong("id");
        JsonPath created = as("admin").body(Map.of("organizationId", root, "kind", "ANNUAL_ASSESSMENT", "title", "2026年度考核（基准）",
                        "period", "2026", "templateId", template, "startsOn", Today.date().toString(),
                        "endsOn", Today.date().plusDays(30).toString(), "targetIds", targets))
                .post("/api/v1/inspections").then().statusCode(201).extract().jsonPath();
        long id = created.getLong("id");
        long version = created.getLong("version");
        version = step(id, "start", version);
        version = step(id, "scoring", version);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> scored = new ArrayList<>();
            for (int t = 0; t < targets.size(); t++) {
                long target = targets.get(t);
                int seed = t;
                scored.add(pool.submit(() -> score(id, target, seed)));
            }
            for (Future<?> f : scored) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        step(id, "conclude", version);
        return id;
    }

    long step(long id, String step, long version) {
        return as("admin").body(Map.of("version", version)).post("/api/v1/inspections/" + id + "/" + step)
                .then().statusCode(200).extract().jsonPath().getLong("version");
    }

    void score(long inspection, long target, int seed) {
        String path = "/api/v1/inspections/" + inspection + "/targets/" + target + "/scores";
        long version = as("admin").get(path).then().statusCode(200).extract().jsonPath().getLong("version");
        List<Map<String, Object>> scores = new ArrayList<>();
        for (int i = 1; i <= ITEMS; i++) {
            scores.add(Map.of("code", "I" + i, "points", (seed * 7 + i * 3) % 11, "note", "已查阅"));
        }
        as("admin").body(Map.of("version", version, "items", scores)).put(path).then().statusCode(200);
    }

    /** RECTIFICATIONS findings raised by the district on its targets, each with its rectification, in mixed states. */
    void ledger(long root, List<Long> targets) {
        long person = as("admin").body(Map.of("name", "整改责任人（基准）", "memberships",
                        List.of(Map.of("organizationId", root, "role", "STAFF", "primary", true))))
                .post("/api/v1/people").then().statusCode(201).extract().jsonPath().getLong("id");
        QuarkusTransaction.requiringNew().timeout(600).run(() -> {
            em.createNativeQuery("""
                    INSERT INTO finding (id, target_organization_id, raising_organization_id, source, description, severity,
                                         raised_by_name, created_at, updated_at)
                    SELECT 900000000 + g, (?1)[1 + g % cardinality(?1)], ?2, 'DIRECT', '基准问题第' || g || '条：台账不全',
                           (ARRAY['LOW','MEDIUM','HIGH'])[1 + g % 3], '基准', now() - g * interval '1 minute', now()
                    FROM generate_series(1, ?3) g""")
                    .setParameter(1, targets.toArray(Long[]::new)).setParameter(2, root).setParameter(3, RECTIFICATIONS)
                    .executeUpdate();
            em.createNativeQuery("""
                    INSERT INTO rectification (id, finding_id, measures, responsible_role, responsible_person_id, deadline,
                                               long_term, due_on, status, created_at, updated_at)
                    SELECT 900000000 + g, 900000000 + g, '补齐台账并建立长效机制', 'LIAISON', ?1,
                           current_date + (g % 60 - 20), false, current_date + (g % 60 - 20),
                           (ARRAY['OPEN','IN_PROGRESS','SUBMITTED','VERIFIED'])[1 + g % 4], now(), now()
                    FROM generate_series(1, ?2) g""")
                    .setParameter(1, person).setParameter(2, RECTIFICATIONS).executeUpdate();
            em.createNativeQuery("ANALYZE finding").executeUpdate();
            em.createNativeQuery("ANALYZE rectification").executeUpdate();
        });
    }

    static void time(String label, String path) throws Exception {
        double[] r = ObligationBench.http(path);
        System.out.printf("GET %-72s p50 %7.1f p99 %7.1f max %7.1f ms, %,d bytes%n", label.substring(4), r[0], r[1], r[2], (long) r[3]);
    }
}
