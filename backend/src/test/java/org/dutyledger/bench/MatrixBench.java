package org.dutyledger.bench;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.dutyledger.common.Today;
import org.dutyledger.duty.DutyRole;
import org.dutyledger.duty.DutyService;
import org.dutyledger.duty.ResponsibilityMatrix;
import org.dutyledger.duty.DutyRequests;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationService;
import org.dutyledger.organization.OrganizationType;
import org.dutyledger.organization.OrganizationRequests;
import org.dutyledger.person.MembershipRole;
import org.dutyledger.person.PersonService;
import org.dutyledger.person.PersonRequests;
import org.dutyledger.security.CurrentUser;
import org.dutyledger.support.Demo;
import org.dutyledger.support.Tokens;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Benchmark, run by hand (bench/matrix.sh): a 10,000-organization tree (six levels below a root, fan-out 6)
 * with a person per organization and duties assigned in most of them, created through the services' own code
 * (validation, scope, audit trail) as the system; then the responsibility matrix timed in-process (computing the
 * rows, serializing them) and over HTTP with a real token (time to the headers and to the last byte, bytes).
 * Not part of the test suite (its name does not end in Test).
 */
@QuarkusTest
@WithTestResource(org.dutyledger.support.EmbeddedPostgresResource.class)
class MatrixBench {

    static final int ORGANIZATIONS = Integer.getInteger("bench.organizations", 10_000);
    static final int FAN_OUT = 6;
    static final int PER_TRANSACTION = 250;

    @Inject
    OrganizationService organizations;

    @Inject
    PersonService people;

    @Inject
    DutyService duties;

    @Inject
    CurrentUser currentUser;

    @Inject
    ResponsibilityMatrix matrix;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    @Test
    void tenThousandOrganizations() throws Exception {
        long root = Demo.createOrg("矩阵基准根", "PARTY_COMMITTEE", Demo.org("CITY")).getLong("id");
        long start = System.nanoTime();
        List<Long> ids = seedTree(root);
        double treeSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        int assignments = seedDuties(ids);
        double dutySeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%nseed: %,d organizations in %.1f s; %,d people and %,d duty assignments in %.1f s%n",
                ids.size(), treeSeconds, ids.size(), assignments, dutySeconds);

        LocalDate today = Today.date();
        Organization rootOrg = asSystem(() -> organizations.get(root));
        timeMs("in-process: compute the rows (ResponsibilityMatrix.of, whole subtree)",
                () -> asSystem(() -> matrix.of(rootOrg, today, false)));
        var whole = asSystem(() -> matrix.of(rootOrg, today, false));
        timeMs("in-process: serialize the whole matrix with Jackson (" + whole.rows().size() + " rows)",
                () -> json.writeValueAsBytes(whole));
        System.out.printf("in-process: whole matrix as JSON: %,d bytes, %,d vacancies%n",
                json.writeValueAsBytes(whole).length, whole.vacancyCount());

        timeMs("in-process: compute one page (ResponsibilityMatrix.page, offset 5000, limit 100)",
                () -> asSystem(() -> matrix.page(rootOrg, today, false, 5000, 100)));
        var page = asSystem(() -> matrix.page(rootOrg, today, false, 5000, 100));
        timeMs("in-process: serialize one page with Jackson", () -> json.writeValueAsBytes(page));

        // The whole matrix in one answer, as the endpoint served it before paging (limit=10000 covers it).
        http("/api/v1/responsibility-matrix?under=" + root + "&limit=10000");
        http("/api/v1/responsibility-matrix?under=" + root + "&limit=10000&onlyProblems=true");
        http("/api/v1/responsibility-matrix?under=" + root);
        http("/api/v1/responsibility-matrix?under=" + root + "&offset=5000");
        http("/api/v1/responsibility-matrix?under=" + root + "&onlyProblems=true&offset=1000");
        http("/api/v1/responsibility-matrix?under=" + root + "&limit=500");
        http("/api/v1/responsibility-matrix/export.xlsx?under=" + root);
    }

    /** Breadth-first, FAN_OUT children per node, until ORGANIZATIONS exist under the root (six levels). */
    private List<Long> seedTree(long root) {
        List<Long> all = new ArrayList<>(List.of(root));
        while (all.size() < ORGANIZATIONS) {
            int from = all.size();
            int target = Math.min(Math.min(ORGANIZATIONS, from + PER_TRANSACTION), FAN_OUT * from + 1);
            List<long[]> todo = new ArrayList<>();
            for (int k = from; k < target; k++) {
                long parent = all.get((k - 1) / FAN_OUT);
                todo.add(new long[] {parent, k});
            }
            List<Long> created = asSystem(() -> QuarkusTransaction.requiringNew().timeout(600).call(() -> {
                List<Long> out = new ArrayList<>();
                for (long[] t : todo) {
                    out.add(organizations.create(new OrganizationRequests.Create(Demo.uniqueCode("M"),
                            "矩阵单位" + t[1], null, OrganizationType.OTHER, t[0], null)).id);
                }
                return out;
            }));
            all.addAll(created);
        }
        return all;
    }

    /**
     * A person per organization, member there; first responsible in 90% of the organizations, direct
     * responsible in 80%, liaison in 70%: most rows have holders, many still have a vacancy.
     */
    private int seedDuties(List<Long> orgs) {
        LocalDate from = Today.date().minusDays(30);
        for (int i = 0; i < orgs.size(); i += PER_TRANSACTION) {
            List<Long> batch = orgs.subList(i, Math.min(orgs.size(), i + PER_TRANSACTION));
            int base = i;
            asSystem(() -> QuarkusTransaction.requiringNew().timeout(600).call(() -> {
                for (int j = 0; j < batch.size(); j++) {
                    int n = base + j;
                    long org = batch.get(j);
                    long person = people.create(new PersonRequests.Create("基准人员" + n, "书记", null, null, null, null,
                            true, List.of(new PersonRequests.MembershipEntry(org, MembershipRole.STAFF, true)))).id;
                    if (n % 10 != 0) {
                        assign(person, org, DutyRole.FIRST_RESPONSIBLE, from);
                    }
                    if (n % 5 != 0) {
                        assign(person, org, DutyRole.DIRECT_RESPONSIBLE, from);
                    }
                    if (n % 10 < 7) {
                        assign(person, org, DutyRole.LIAISON, from);
                    }
                }
                return null;
            }));
        }
        return assignedSoFar;
    }

    private int assignedSoFar;

    private void assign(long person, long org, DutyRole role, LocalDate from) {
        duties.assign(new DutyRequests.Assign(person, org, role, from, null, null, null, null));
        assignedSoFar++;
    }

    private <T> T asSystem(Supplier<T> work) {
        var context = Arc.container().requestContext();
        boolean activated = !context.isActive();
        if (activated) {
            context.activate();
        }
        try {
            currentUser.actAsSystem();
            return work.get();
        } finally {
            if (activated) {
                context.terminate();
            }
        }
    }

    interface Work {
        Object run() throws Exception;
    }

    private static void timeMs(String what, Work work) throws Exception {
        for (int i = 0; i < 3; i++) {
            work.run();
        }
        int runs = 10;
        long[] ms = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(ms);
        System.out.printf("%-80s p50 %5d ms   max %5d ms%n", what, ms[runs / 2], ms[runs - 1]);
    }

    /** p50/max over 10 calls after 3 warm-ups: to the response headers, to the last byte; and the bytes. */
    private static void http(String pathAndQuery) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        URI uri = URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + pathAndQuery);
        String token = Tokens.of("admin", "admin");
        int runs = 10;
        long[] headers = new long[runs];
        long[] last = new long[runs];
        long bytes = 0;
        for (int i = -3; i < runs; i++) {
            long t0 = System.nanoTime();
            HttpResponse<java.io.InputStream> response = client.send(HttpRequest.newBuilder(uri)
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofInputStream());
            long h = System.nanoTime();
            bytes = response.body().transferTo(java.io.OutputStream.nullOutputStream());
            long end = System.nanoTime();
            assertEquals(200, response.statusCode(), pathAndQuery);
            if (i >= 0) {
                headers[i] = (h - t0) / 1_000_000;
                last[i] = (end - t0) / 1_000_000;
            }
        }
        Arrays.sort(headers);
        Arrays.sort(last);
        System.out.printf("GET %-70s headers p50 %4d ms, last byte p50 %4d ms max %4d ms, %,d bytes%n",
                pathAndQuery.replaceAll("under=\\d+", "under={root}"), headers[runs / 2], last[runs / 2], last[runs - 1], bytes);
    }
}
