package org.dutyledger.bench;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.dutyledger.support.Demo;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.dutyledger.support.Tokens.as;

/**
 * Benchmark, run by hand (bench/tree.sh): builds a 10,000-node tree six levels deep through the API,
 * then times the tree, subtree list and audit endpoints. Prints figures; asserts nothing about speed.
 * Not part of the test suite (its name does not end in Test).
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class OrganizationTreeBench {

    static final int FAN_OUT = 6;   // 1 + 6 + 36 + 216 + 1296 + 7776 = 9331 nodes below the demo city, 6 levels
    static final int LEVELS = 5;

    @Test
    void tenThousandNodes() throws Exception {
        long root = Demo.createOrg("基准根", "PARTY_COMMITTEE", Demo.org("CITY")).getLong("id");
        long start = System.nanoTime();
        List<Long> level = new ArrayList<>(List.of(root));
        int created = 1;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int depth = 1; depth <= LEVELS; depth++) {
            List<Future<Long>> next = new ArrayList<>();
            for (long parent : level) {
                for (int i = 0; i < FAN_OUT; i++) {
                    int n = i;
                    next.add(pool.submit(() -> as("admin").body(Map.of("code", Demo.uniqueCode("B"),
                                    "name", "基准单位" + n, "type", "OTHER", "parentId", parent))
                            .post("/api/v1/organizations").then().statusCode(201).extract().jsonPath().getLong("id")));
                }
            }
            List<Long> ids = new ArrayList<>();
            for (Future<Long> f : next) {
                ids.add(f.get());
            }
            created += ids.size();
            level = ids;
        }
        pool.shutdown();
        long leaf = level.get(level.size() - 1);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%nseed: %d organizations through the API in %.1f s (%.0f/s)%n", created, seconds, created / seconds);

        time("GET /organizations/{root}/tree?depth=6 (whole subtree)", () -> as("admin").queryParam("depth", 6)
                .get("/api/v1/organizations/" + root + "/tree").then().statusCode(200));
        time("GET /organizations/{root}/tree?depth=1", () -> as("admin").queryParam("depth", 1)
                .get("/api/v1/organizations/" + root + "/tree").then().statusCode(200));
        time("GET /organizations?under={root}&size=50", () -> as("admin").queryParam("under", root)
                .get("/api/v1/organizations").then().statusCode(200));
        time("GET /organizations?under={root}&q=单位5&size=50", () -> as("admin").queryParam("under", root)
                .queryParam("q", "单位5").get("/api/v1/organizations").then().statusCode(200));
        time("GET /organizations?parent={root}", () -> as("admin").queryParam("parent", root)
                .get("/api/v1/organizations").then().statusCode(200));
        time("GET /audit-events?organization={root}&limit=50", () -> as("admin").queryParam("organization", root)
                .get("/api/v1/audit-events").then().statusCode(200));
        time("GET /responsibility-matrix?under={root} (9,331 rows)", () -> as("admin").queryParam("under", root)
                .get("/api/v1/responsibility-matrix").then().statusCode(200));
        time("GET /responsibility-matrix?under={root}&onlyProblems=true", () -> as("admin").queryParam("under", root)
                .queryParam("onlyProblems", "true").get("/api/v1/responsibility-matrix").then().statusCode(200));
        time("GET /organizations/{leaf}/responsibility", () -> as("admin")
                .get("/api/v1/organizations/" + leaf + "/responsibility").then().statusCode(200));
        split("/api/v1/responsibility-matrix?under=" + root);
        time("GET /audit-events/verify (whole chain)", () -> as("auditor")
                .get("/api/v1/audit-events/verify").then().statusCode(200));
    }

    /** Time to the response headers (the service has computed) versus to the last byte (serialized, sent). */
    private static void split(String pathAndQuery) throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.URI uri = java.net.URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + pathAndQuery);
        String token = org.dutyledger.support.Tokens.of("admin", "admin");
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            var response = client.send(java.net.http.HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofInputStream());
            long headers = System.nanoTime();
            long bytes = response.body().transferTo(java.io.OutputStream.nullOutputStream());
            long end = System.nanoTime();
            System.out.printf("GET %s: headers after %d ms, last byte after %d ms, %d bytes%n", pathAndQuery.replaceAll("=\\d+", "={root}"),
                    (headers - t0) / 1_000_000, (end - t0) / 1_000_000, bytes);
        }
    }

    private static void time(String what, Runnable call) {
        for (int i = 0; i < 3; i++) {
            call.run();
        }
        int runs = 20;
        long[] ms = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            call.run();
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(ms);
        System.out.printf("%-60s p50 %4d ms   max %4d ms   (%d runs)%n", what, ms[runs / 2], ms[runs - 1], runs);
    }
}
