package org.dutyledger.bench;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.obligation.Compliance;
import org.dutyledger.obligation.InstanceGenerator;
import org.dutyledger.obligation.Periods;
import org.dutyledger.obligation.StatusRule;
import org.dutyledger.support.Tokens;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * bench/obligations.sh, on the bench database that bench/seed filled (10,000 BN organizations, ten rules, 2025–2026
 * instances and fulfilments): instance generation for a fresh year (2027: its instances are deleted first) the way
 * the job runs it, InstanceGenerator.generateAll on the first day of each month; then the compliance roll-up over
 * HTTP with a real signed token (p50/p99/max of RUNS calls, bytes) next to the same SQL over JDBC, for the bench root
 * and for a mid-level organization (BN-1, a district). Not part of the test suite (its name does not end in Test).
 */
@QuarkusTest
@WithTestResource(BenchDatabaseResource.class)
class ObligationBench {

    static final int RUNS = Integer.getInteger("bench.runs", 50);
    static final int YEAR = 2027;
    static final String[] PERIODS = System.getProperty("bench.periods", "2026,2026-Q3").split(",");

    @Inject
    InstanceGenerator generator;

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void obligations() throws Exception {
        System.out.printf("bench: %,d instances, %,d fulfilment records, %,d organizations under BN-0%n",
                count("SELECT count(*) FROM obligation_instance"), count("SELECT count(*) FROM fulfilment_record"),
                count("SELECT count(*) FROM organization o, organization r WHERE r.code = 'BN-0' AND o.path LIKE r.path || '%'"));
        if (!Boolean.getBoolean("bench.skipGeneration")) {
            generation();
        }
        for (String code : new String[]{"BN-0", "BN-1"}) {
            for (String period : PERIODS) {
                rollUp(code, period.trim());
            }
        }
    }

    /** The job over a fresh year: generateAll on each month's first day (current and next periods each time). */
    void generation() {
        long deleted = QuarkusTransaction.requiringNew().timeout(1800).call(() -> {
            em.createNativeQuery("DELETE FROM obligation_reminder_sent s USING obligation_instance i"
                    + " WHERE i.id = s.instance_id AND i.period_start >= ?1").setParameter(1, LocalDate.of(YEAR, 1, 1)).executeUpdate();
            return (long) em.createNativeQuery("DELETE FROM obligation_instance WHERE period_start >= ?1")
                    .setParameter(1, LocalDate.of(YEAR, 1, 1)).executeUpdate();
        });
        QuarkusTransaction.requiringNew().timeout(1800).run(() -> em.createNativeQuery("ANALYZE obligation_instance").executeUpdate());
        System.out.printf("generation: %,d instances of %d and later deleted first%n", deleted, YEAR);
        long created = 0;
        long t0 = System.nanoTime();
        for (int month = 1; month <= 12; month++) {
            LocalDate day = LocalDate.of(YEAR, month, 1);
            long t = System.nanoTime();
            int n = QuarkusTransaction.requiringNew().timeout(1800).call(() -> generator.generateAll(day));
            created += n;
            System.out.printf("generation: generateAll(%s) %,7d created in %6.2f s%n", day, n, (System.nanoTime() - t) / 1e9);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("generation: %d in all: %,d instances created in %.2f s (%,.0f/s); %,d of them in %d%n", YEAR, created,
                seconds, created / seconds, count("SELECT count(*) FROM obligation_instance WHERE period_start BETWEEN '"
                        + YEAR + "-01-01' AND '" + YEAR + "-12-31'"), YEAR);
        // generateAll on 2027 days also moved the seeded 2025–2026 open instances on (to MISSED): back to today.
        QuarkusTransaction.requiringNew().timeout(1800).run(() -> em.createNativeQuery("UPDATE obligation_instance i SET status = "
                + StatusRule.sql("i", "current_date") + " WHERE i.period_start < ?1 AND i.status <> "
                + StatusRule.sql("i", "current_date")).setParameter(1, LocalDate.of(YEAR, 1, 1)).executeUpdate());
    }

    void rollUp(String code, String period) throws Exception {
        Object[] org = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "SELECT id, path FROM organization WHERE code = ?1").setParameter(1, code).getSingleResult());
        long id = ((Number) org[0]).longValue();
        String path = (String) org[1];
        long subtree = count("SELECT count(*) FROM organization WHERE path LIKE '" + path + "%'");
        String label = code + " (" + subtree + " orgs), period " + period;
        double[] sql = sql(id, path, days(period));
        double[] http = http("/api/v1/compliance?under=" + id + "&period=" + period);
        System.out.printf("roll-up %-36s HTTP p50 %6.1f p99 %6.1f max %6.1f ms, %,d bytes | SQL p50 %6.1f p99 %6.1f max %6.1f ms,"
                        + " %,d rows | HTTP/SQL p99 %.1f×%n", label, http[0], http[1], http[2], (long) http[3], sql[0], sql[1],
                sql[2], (long) sql[3], http[1] / sql[1]);
    }

    /** The period's first and last day, as the service parses it. */
    static LocalDate[] days(String period) {
        Periods.Period p = Periods.parse("period", period);
        return new LocalDate[]{p.start(), p.end()};
    }

    /** Compliance.COUNTS_SQL over JDBC, 5 warm-ups then RUNS calls: p50, p99, max (ms), rows. */
    double[] sql(long id, String path, LocalDate[] period) throws Exception {
        // JPA's numbered parameters (?1 … ?5, some used twice) as JDBC's positional ones, in the order they appear.
        Object[] values = {id, path.length() + 1, path + "%", period[0], period[1]};
        List<Object> bound = new ArrayList<>();
        Matcher m = Pattern.compile("\\?(\\d)").matcher(Compliance.COUNTS_SQL);
        while (m.find()) {
            bound.add(values[Integer.parseInt(m.group(1)) - 1]);
        }
        String text = Compliance.COUNTS_SQL.replaceAll("\\?\\d", "?");
        double[] ms = new double[RUNS];
        long rows = 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(text)) {
            for (int i = -5; i < RUNS; i++) {
                long t = System.nanoTime();
                for (int k = 0; k < bound.size(); k++) {
                    s.setObject(k + 1, bound.get(k));
                }
                rows = 0;
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        rows++;
                    }
                }
                if (i >= 0) {
                    ms[i] = (System.nanoTime() - t) / 1e6;
                }
            }
        }
        return stats(ms, rows);
    }

    /** 5 warm-ups then RUNS calls to the last byte with a signed admin token: p50, p99, max (ms), bytes. */
    static double[] http(String pathAndQuery) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        URI uri = URI.create(RestAssured.baseURI + ":" + RestAssured.port + pathAndQuery);
        String token = Tokens.of("admin", "admin");
        double[] ms = new double[RUNS];
        long bytes = 0;
        for (int i = -5; i < RUNS; i++) {
            long t = System.nanoTime();
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode(), pathAndQuery + ": " + new String(response.body()));
            bytes = response.body().length;
            if (i >= 0) {
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        return stats(ms, bytes);
    }

    static double[] stats(double[] ms, long size) {
        Arrays.sort(ms);
        return new double[]{ms[ms.length / 2], ms[(int) Math.ceil(ms.length * 0.99) - 1], ms[ms.length - 1], size};
    }

    long count(String query) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(query).getSingleResult()).longValue());
    }
}
