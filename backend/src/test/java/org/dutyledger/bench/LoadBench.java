package org.dutyledger.bench;

import org.HdrHistogram.Histogram;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * bench/load: an HTTP load harness (java.net.http + HdrHistogram) against the packaged service on the bench
 * database, with real RS256 tokens signed by the test key. For each endpoint: one client (latency), then N
 * concurrent clients for a fixed time (req/s, p50, p99, max); and the same SQL the endpoint runs (copied from
 * the *Queries classes) over JDBC, as the raw time the endpoint is compared with. Samples the service's RSS.
 * Run by bench/load, which starts the service; prints a Markdown table.
 */
public final class LoadBench {

    static final String BASE = System.getProperty("bench.url", "http://localhost:18095");
    static final String JDBC = System.getProperty("bench.jdbc", "jdbc:postgresql://localhost:54359/duty_ledger");
    static final int CLIENTS = Integer.getInteger("bench.clients", 8);
    static final int WARMUP = Integer.getInteger("bench.warmup", 5);
    static final int DURATION = Integer.getInteger("bench.duration", 15);
    static final long SERVICE_PID = Long.getLong("bench.pid", -1);
    static final String KEY = System.getProperty("bench.key", "src/test/resources/test-token-signing-key.pem");
    static final String ONLY = System.getProperty("bench.only", "");

    static final String ORG_COLUMNS = "o.*";
    static final String AUDIT_COLUMNS = "e.seq, e.occurred_at, e.actor_subject, e.actor_username, e.actor_person_id, e.action, "
            + "e.entity_type, e.entity_id, e.organization_id, e.request_id, e.changes::text, e.prev_hash, e.hash";

    interface Raw {
        void run(Connection c) throws SQLException;
    }

    record Endpoint(String name, String path, String token, int clients, Raw raw) {
    }

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    static final AtomicLong peakRss = new AtomicLong();

    public static void main(String[] args) throws Exception {
        Thread sampler = rssSampler();
        try (Connection db = DriverManager.getConnection(JDBC, "duty_ledger_app", "duty_ledger_app")) {
            // as the service's connections (quarkus.datasource.jdbc.new-connection-sql)
            try (var st = db.createStatement()) {
                st.execute("SET plan_cache_mode = force_custom_plan");
            }
            Facts f = Facts.of(db);
            System.out.printf("bench: %s; %,d organizations (bench tree %,d, levels %d), %,d people, %,d duty assignments, "
                            + "%,d publications, %,d audit events%n", BASE, f.orgCount, f.benchOrgs, f.levels, f.people,
                    f.duties, f.publications, f.auditEvents);
            String admin = token("admin", "admin");
            String auditor = token("auditor", "auditor");
            String reviewer = token(f.reviewer);
            List<Endpoint> endpoints = endpoints(f, admin, auditor, reviewer);
            // The JIT warms up on every endpoint first, so that the first rows are not measured on a cold service.
            long w0 = System.nanoTime();
            for (Endpoint e : endpoints) {
                if (selected(e.name())) {
                    run(URI.create(BASE + e.path()), e.token(), e.clients(), WARMUP, null);
                }
            }
            System.out.printf("bench: warm-up of every endpoint %.0f s%n", (System.nanoTime() - w0) / 1e9);
            System.out.printf("%nbench: %d clients, %d s warm-up and %d s measured per endpoint; one client for the latency columns%n%n",
                    CLIENTS, WARMUP, DURATION);
            System.out.println("| endpoint | 1 client p50 / p99 / max (ms) | " + CLIENTS + " clients req/s | p50 / p99 / max (ms) | response | raw SQL (ms) | endpoint / raw |");
            System.out.println("|---|---|---|---|---|---|---|");
            for (Endpoint e : endpoints) {
                if (!selected(e.name())) {
                    continue;
                }
                measure(e, db);
            }
            export(f, auditor, db);
            verify(auditor);
        } finally {
            sampler.interrupt();
        }
        System.out.printf("%nbench: peak RSS of the service %,d MiB (target ≤ 512 MiB)%n", peakRss.get() / 1024);
    }

    // ------------------------------------------------------------------ what is measured

    static List<Endpoint> endpoints(Facts f, String admin, String auditor, String reviewer) {
        List<Endpoint> out = new ArrayList<>();
        String under = f.rootPath + "%";
        out.add(new Endpoint("GET /organizations?under={bench root}&size=50", "/api/v1/organizations?size=50&under=" + f.root,
                admin, CLIENTS, c -> orgList(c, " AND o.path LIKE ?", under, 0)));
        int page = (int) Math.min(40, f.benchOrgs / 50 / 2);
        out.add(new Endpoint("GET /organizations?under={bench root}&page=" + page + "&size=50",
                "/api/v1/organizations?size=50&page=" + page + "&under=" + f.root,
                admin, CLIENTS, c -> orgList(c, " AND o.path LIKE ?", under, page)));
        out.add(new Endpoint("GET /organizations?q=12&size=50 (name, short name or code)", "/api/v1/organizations?size=50&q=12",
                admin, CLIENTS, c -> orgList(c, " AND (lower(o.name) LIKE ? OR lower(o.code) LIKE ? OR lower(coalesce(o.short_name, '')) LIKE ?)",
                        "%12%", 0)));
        out.add(new Endpoint("GET /organizations/{bench root}/tree?depth=6 (whole tree)", "/api/v1/organizations/" + f.root + "/tree?depth=6",
                admin, Math.min(CLIENTS, 2), c -> tree(c, f.rootPath, f.rootDepth + 6, f.root)));
        out.add(new Endpoint("GET /organizations/{bench root}/tree?depth=1", "/api/v1/organizations/" + f.root + "/tree?depth=1",
                admin, CLIENTS, c -> tree(c, f.rootPath, f.rootDepth + 1, f.root)));
        out.add(new Endpoint("GET /people?size=50", "/api/v1/people?size=50", admin, CLIENTS, c -> people(c, "", null)));
        out.add(new Endpoint("GET /people?under={level-1 org}&size=50", "/api/v1/people?size=50&under=" + f.mid, admin, CLIENTS,
                c -> people(c, " AND EXISTS (SELECT 1 FROM membership m JOIN organization o ON o.id = m.organization_id"
                        + " WHERE m.person_id = p.id AND o.path LIKE ?)", f.midPath + "%")));
        out.add(new Endpoint("GET /audit-events?organization={bench root}&from&to&limit=50",
                "/api/v1/audit-events?limit=50&organization=" + f.root + "&from=" + f.from + "&to=" + f.to, auditor, CLIENTS,
                c -> audit(c, f.root, f.rootPath, f.from, f.to)));
        out.add(new Endpoint("GET /audit-events?organization={level-1 org}&from&to&limit=50",
                "/api/v1/audit-events?limit=50&organization=" + f.mid + "&from=" + f.from + "&to=" + f.to, auditor, CLIENTS,
                c -> audit(c, f.mid, f.midPath, f.from, f.to)));
        out.add(new Endpoint("GET /audit-events?organization={leaf}&limit=50",
                "/api/v1/audit-events?limit=50&organization=" + f.leaf, auditor, CLIENTS,
                c -> audit(c, f.leaf, f.leafPath, null, null)));
        out.add(new Endpoint("GET /responsibility-matrix?under={bench root}", "/api/v1/responsibility-matrix?under=" + f.root,
                admin, Math.min(CLIENTS, 2), c -> matrix(c, f)));
        out.add(new Endpoint("GET /responsibility-matrix?under={bench root}&onlyProblems=true",
                "/api/v1/responsibility-matrix?onlyProblems=true&under=" + f.root, admin, Math.min(CLIENTS, 2), c -> matrix(c, f)));
        out.add(new Endpoint("GET /organizations/{leaf}/responsibility", "/api/v1/organizations/" + f.leaf + "/responsibility",
                admin, CLIENTS, c -> responsibility(c, f.leaf, f.leafPath, f.leafAncestors)));
        out.add(new Endpoint("GET /organizations/{leaf}/responsibility?at=2022-06-01",
                "/api/v1/organizations/" + f.leaf + "/responsibility?at=2022-06-01", admin, CLIENTS,
                c -> responsibility(c, f.leaf, f.leafPath, f.leafAncestors)));
        out.add(new Endpoint("GET /me/reviews (直接责任人 of the bench root)", "/api/v1/me/reviews", reviewer, CLIENTS,
                c -> reviews(c, f.reviewerId, f.reviewer)));
        out.add(new Endpoint("GET /publications?size=50", "/api/v1/publications?size=50", admin, CLIENTS,
                c -> publications(c, "", null)));
        out.add(new Endpoint("GET /publications?under={level-1 org}&status=PUBLISHED&size=50",
                "/api/v1/publications?size=50&status=PUBLISHED&under=" + f.mid, admin, CLIENTS,
                c -> publications(c, " AND o.path LIKE ? AND p.status = 'PUBLISHED'", f.midPath + "%")));
        return out;
    }

    /** OrganizationQueries.list (admin: the scope condition is TRUE) and views(): count, page, ancestors, child counts. */
    static void orgList(Connection c, String filter, String param, int page) throws SQLException {
        String where = " WHERE TRUE" + filter + " AND o.active";
        int n = (int) filter.chars().filter(ch -> ch == '?').count();
        Object[] params = new Object[n];
        Arrays.fill(params, param);
        scalar(c, "SELECT count(*) FROM organization o" + where, params);
        Set<Long> ids = new LinkedHashSet<>();
        Set<Long> ancestors = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ORG_COLUMNS + " FROM organization o" + where
                + " ORDER BY o.depth, o.sort_order, o.name, o.id OFFSET ? LIMIT 50")) {
            for (int i = 0; i < n; i++) {
                ps.setString(i + 1, param);
            }
            ps.setInt(n + 1, page * 50);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong("id"));
                    for (String part : rs.getString("path").split("/")) {
                        if (!part.isEmpty()) {
                            ancestors.add(Long.parseLong(part));
                        }
                    }
                }
            }
        }
        drain(c, "SELECT id, code, name FROM organization WHERE id = ANY(?)", longs(c, ancestors));
        drain(c, "SELECT parent_id, count(*) FROM organization WHERE parent_id = ANY(?) AND active GROUP BY parent_id", longs(c, ids));
    }

    /** OrganizationQueries.tree. */
    static void tree(Connection c, String path, int depth, long root) throws SQLException {
        drain(c, """
                SELECT o.id, o.code, o.name, o.short_name, o.type, o.active, o.parent_id, coalesce(c.n, 0)
                FROM organization o
                LEFT JOIN (SELECT parent_id, count(*) AS n FROM organization
                           WHERE path LIKE ? AND active AND depth <= ? + 1 GROUP BY parent_id) c
                       ON c.parent_id = o.id
                WHERE o.path LIKE ? AND o.depth <= ? AND (o.active OR o.id = ?)
                ORDER BY o.depth, o.sort_order, o.name, o.id""", path + "%", depth, path + "%", depth, root);
    }

    /** PersonQueries.list (admin) and views(): count, page, memberships of the page. */
    static void people(Connection c, String filter, String param) throws SQLException {
        Object[] params = param == null ? new Object[0] : new Object[]{param};
        scalar(c, "SELECT count(*) FROM person p WHERE TRUE" + filter, params);
        List<Long> ids = new ArrayList<>();
        Object[] pageParams = Arrays.copyOf(params, params.length);
        try (PreparedStatement ps = prepare(c, "SELECT p.* FROM person p WHERE TRUE" + filter + " ORDER BY p.name, p.id LIMIT 50", pageParams);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong("id"));
            }
        }
        drain(c, """
                SELECT m.person_id, o.id, o.code, o.name, o.path, m.role, m.is_primary
                FROM membership m JOIN organization o ON o.id = m.organization_id
                WHERE m.person_id = ANY(?) ORDER BY m.person_id, m.is_primary DESC, o.path""", longs(c, ids));
    }

    /** AuditService.filter + AuditReader.page (auditor: reads everything). */
    static void audit(Connection c, long org, String path, String from, String to) throws SQLException {
        drain(c, "SELECT path FROM organization WHERE id = ?", org);
        List<Object> params = new ArrayList<>(List.of(path + "%"));
        String where = " WHERE TRUE AND e.organization_id IN (SELECT o.id FROM organization o WHERE o.path LIKE ?)";
        if (from != null) {
            where += " AND e.occurred_at >= ? AND e.occurred_at < ?";
            params.add(Timestamp.from(Instant.parse(from)));
            params.add(Timestamp.from(Instant.parse(to)));
        }
        // the page's sequence numbers first, then their rows: the form AuditReader.page runs (since V7)
        drain(c, "SELECT " + AUDIT_COLUMNS + " FROM audit_event e WHERE e.seq IN (SELECT e.seq FROM audit_event e" + where
                + " ORDER BY e.seq DESC LIMIT 51) ORDER BY e.seq DESC", params.toArray());
    }

    /** ResponsibilityMatrix.of: organizations, holders, active channels, 一岗双责 coverings, ancestors' names. */
    static void matrix(Connection c, Facts f) throws SQLException {
        LocalDate today = LocalDate.now();
        String like = f.rootPath + "%";
        drain(c, "SELECT id, code, name, depth, parent_id, sort_order, path FROM organization WHERE path LIKE ? AND (active OR id = ?)", like, f.root);
        // the vacancies of every organization counted in PostgreSQL (ResponsibilityMatrix.gapCounts) …
        drain(c, """
                WITH h AS (
                    SELECT a.id, a.organization_id AS org, a.role, a.person_id, p.active, o.path
                    FROM duty_assignment a JOIN organization o ON o.id = a.organization_id JOIN person p ON p.id = a.person_id
                    WHERE o.path LIKE ? AND a.valid_from <= ? AND (a.valid_to IS NULL OR a.valid_to >= ?)
                ), in_line AS (
                    SELECT h.id, bool_or(h.path LIKE mo.path || '%' OR mo.path LIKE h.path || '%') AS ok
                    FROM h JOIN membership m ON m.person_id = h.person_id JOIN organization mo ON mo.id = m.organization_id
                    GROUP BY h.id
                )
                SELECT h.org, (NOT bool_or(h.role = 'FIRST_RESPONSIBLE'))::int + (NOT bool_or(h.role = 'DIRECT_RESPONSIBLE'))::int
                              + (NOT bool_or(h.role = 'LIAISON'))::int
                              + count(*) FILTER (WHERE NOT h.active OR NOT coalesce(i.ok, false))
                FROM h LEFT JOIN in_line i ON i.id = h.id GROUP BY h.org""", like, today, today);
        // … then the holders of the page's 100 organizations and their membership paths
        Array page = longs(c, scalarList(c, "SELECT id FROM organization WHERE path LIKE ? ORDER BY path LIMIT 100", like));
        drain(c, """
                SELECT a.id, a.organization_id, a.role, p.id, p.name, p.active, o.path,
                       a.valid_from, a.valid_to, a.channel_id, c.name
                FROM duty_assignment a
                JOIN organization o ON o.id = a.organization_id
                JOIN person p ON p.id = a.person_id
                LEFT JOIN channel c ON c.id = a.channel_id
                WHERE o.path LIKE ? AND a.valid_from <= ? AND (a.valid_to IS NULL OR a.valid_to >= ?)
                  AND a.organization_id = ANY(?)""", like, today, today, page);
        drain(c, """
                SELECT m.person_id, mo.path
                FROM membership m JOIN organization mo ON mo.id = m.organization_id
                WHERE m.person_id IN (
                    SELECT a.person_id FROM duty_assignment a JOIN organization o ON o.id = a.organization_id
                    WHERE o.path LIKE ? AND a.valid_from <= ? AND (a.valid_to IS NULL OR a.valid_to >= ?)
                      AND a.organization_id = ANY(?))""", like, today, today, page);
        drain(c, """
                SELECT c.id, c.organization_id, c.name,
                       EXISTS (SELECT 1 FROM duty_assignment a WHERE a.channel_id = c.id AND a.role = 'CHANNEL_ADMIN'
                               AND a.valid_from <= ? AND (a.valid_to IS NULL OR a.valid_to >= ?))
                FROM channel c JOIN organization o ON o.id = c.organization_id
                WHERE o.path LIKE ? AND c.launched_on <= ? AND (c.closed_on IS NULL OR c.closed_on > ?)
                ORDER BY c.name, c.id""", today, today, like, today, today);
        drain(c, """
                SELECT so.path, a.organization_id, a.id, p.id, p.name, a.valid_from, a.valid_to
                FROM duty_assignment a
                JOIN duty_assignment_scope s ON s.assignment_id = a.id
                JOIN organization so ON so.id = s.organization_id
                JOIN person p ON p.id = a.person_id
                WHERE a.role = 'MEMBER_DUAL_DUTY' AND (so.path LIKE ? OR ? LIKE so.path || '%')
                  AND a.valid_from <= ? AND (a.valid_to IS NULL OR a.valid_to >= ?)
                ORDER BY a.valid_from, a.id""", like, f.rootPath, today, today);
        drain(c, "SELECT id, code, name FROM organization WHERE id = ANY(?)", longs(c, f.rootAncestors));
    }

    /** DutyQueries.responsibility and views(): the holders, their scopes, organizations and people. */
    static void responsibility(Connection c, long org, String path, List<Long> ancestors) throws SQLException {
        LocalDate today = LocalDate.now();
        drain(c, "SELECT * FROM organization WHERE id = ?", org);
        List<Long> ids = new ArrayList<>();
        Set<Long> people = new LinkedHashSet<>();
        try (PreparedStatement ps = prepare(c, "SELECT a.* FROM duty_assignment a WHERE (a.organization_id = ?"
                        + " OR a.role = 'MEMBER_DUAL_DUTY' AND a.organization_id = ANY(?) AND EXISTS ("
                        + "   SELECT 1 FROM duty_assignment_scope s JOIN organization so ON so.id = s.organization_id"
                        + "   WHERE s.assignment_id = a.id AND ? LIKE so.path || '%'))"
                        + " AND a.valid_from <= ? AND (a.valid_to IS NULL OR a.valid_to >= ?) ORDER BY a.valid_from, a.id",
                org, longs(c, ancestors), path, today, today);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong("id"));
                people.add(rs.getLong("person_id"));
            }
        }
        drain(c, "SELECT assignment_id, organization_id FROM duty_assignment_scope WHERE assignment_id = ANY(?)", longs(c, ids));
        drain(c, "SELECT id, code, name FROM organization WHERE id = ANY(?)", longs(c, List.of(org)));
        drain(c, "SELECT id, name, active FROM person WHERE id = ANY(?)", longs(c, people));
    }

    /** PublicationQueries.myReviews: the candidates query (the endpoint then checks each candidate's rules). */
    static void reviews(Connection c, long me, String username) throws SQLException {
        LocalDate today = LocalDate.now();
        // PersonLink.resolve: the caller by the token's subject, and their memberships
        drain(c, "SELECT id, name, active FROM person WHERE subject = ?", "sub-" + username);
        drain(c, """
                SELECT o.id, o.code, o.name, o.path, m.role FROM membership m
                JOIN organization o ON o.id = m.organization_id
                WHERE m.person_id = ? ORDER BY m.is_primary DESC, o.path""", me);
        drain(c, """
                SELECT p.* FROM publication p JOIN organization o ON o.id = p.organization_id
                WHERE p.status = 'IN_REVIEW' AND p.author_person_id <> ?
                  AND p.organization_id IN (
                      SELECT a.organization_id FROM duty_assignment a WHERE a.person_id = ?
                        AND a.valid_from <= ? AND (a.valid_to IS NULL OR a.valid_to >= ?)
                      UNION
                      SELECT c.id FROM duty_assignment a JOIN duty_assignment_scope s ON s.assignment_id = a.id
                        JOIN organization so ON so.id = s.organization_id JOIN organization c ON c.path LIKE so.path || '%'
                      WHERE a.person_id = ? AND a.role = 'MEMBER_DUAL_DUTY'
                        AND a.valid_from <= ? AND (a.valid_to IS NULL OR a.valid_to >= ?))
                  AND EXISTS (SELECT 1 FROM duty_assignment a WHERE a.person_id = ?
                      AND a.role = (p.review_steps -> (p.current_step - 1) ->> 'role')
                      AND a.valid_from <= ? AND (a.valid_to IS NULL OR a.valid_to >= ?)
                      AND (a.organization_id = p.organization_id OR (a.role = 'MEMBER_DUAL_DUTY' AND EXISTS (
                          SELECT 1 FROM duty_assignment_scope s JOIN organization so ON so.id = s.organization_id
                          WHERE s.assignment_id = a.id AND o.path LIKE so.path || '%'))))
                ORDER BY p.step_entered_at, p.id""", me, me, today, today, me, today, today, me, today, today);
    }

    /** PublicationQueries.list (admin) and summaries(): count, page, organizations, channels, authors. */
    static void publications(Connection c, String filter, String param) throws SQLException {
        Object[] params = param == null ? new Object[0] : new Object[]{param};
        String from = " FROM publication p JOIN organization o ON o.id = p.organization_id WHERE TRUE" + filter;
        scalar(c, "SELECT count(*)" + from, params);
        Set<Long> orgs = new LinkedHashSet<>(), channels = new LinkedHashSet<>(), authors = new LinkedHashSet<>();
        try (PreparedStatement ps = prepare(c, "SELECT p.*" + from + " ORDER BY p.updated_at DESC, p.id DESC LIMIT 50", params);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                orgs.add(rs.getLong("organization_id"));
                channels.add(rs.getLong("channel_id"));
                authors.add(rs.getLong("author_person_id"));
            }
        }
        drain(c, "SELECT id, code, name FROM organization WHERE id = ANY(?)", longs(c, orgs));
        drain(c, "SELECT * FROM channel WHERE id = ANY(?)", longs(c, channels));
        drain(c, "SELECT id, name FROM person WHERE id = ANY(?)", longs(c, authors));
    }

    // ------------------------------------------------------------------ measuring

    static void measure(Endpoint e, Connection db) throws Exception {
        URI uri = URI.create(BASE + e.path());
        int status = call(uri, e.token(), null);
        if (status != 200) {
            System.out.printf("| %s | HTTP %d | | | | | |%n", e.name(), status);
            return;
        }
        // one client: latency
        Histogram single = new Histogram(3_600_000_000L, 3);
        run(uri, e.token(), 1, Math.max(2, WARMUP / 2), null);
        long[] bytes = {0};
        run(uri, e.token(), 1, Math.max(3, DURATION / 2), single);
        // N clients: throughput and latency under load
        Histogram loaded = new Histogram(3_600_000_000L, 3);
        run(uri, e.token(), e.clients(), WARMUP, null);
        long t0 = System.nanoTime();
        long n = run(uri, e.token(), e.clients(), DURATION, loaded);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long size = bodySize(uri, e.token());
        double raw = rawMillis(db, e.raw());
        double p50 = ms(single.getValueAtPercentile(50));
        System.out.printf(Locale.ROOT, "| %s | %.1f / %.1f / %.1f | %.0f (%d clients) | %.1f / %.1f / %.1f | %s | %.1f | %.1f× |%n",
                e.name(), p50, ms(single.getValueAtPercentile(99)), ms(single.getMaxValue()),
                n / seconds, e.clients(), ms(loaded.getValueAtPercentile(50)), ms(loaded.getValueAtPercentile(99)),
                ms(loaded.getMaxValue()), human(size), raw, p50 / raw);
    }

    /** Clients call the endpoint back to back for `seconds`; returns the number of calls finished in time. */
    static long run(URI uri, String token, int clients, int seconds, Histogram into) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong done = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        List<Histogram> parts = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Histogram h = new Histogram(3_600_000_000L, 3);
            parts.add(h);
            Thread t = new Thread(() -> {
                while (!stop.get()) {
                    long t0 = System.nanoTime();
                    try {
                        int status = call(uri, token, null);
                        if (status != 200) {
                            throw new IllegalStateException(uri + " answered " + status);
                        }
                    } catch (Exception ex) {
                        throw new IllegalStateException(ex);
                    }
                    if (!stop.get()) {
                        h.recordValue(Math.max(1, (System.nanoTime() - t0) / 1000));
                        done.incrementAndGet();
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        if (into != null) {
            parts.forEach(into::add);
        }
        return done.get();
    }

    static int call(URI uri, String token, long[] bytes) throws Exception {
        HttpResponse<InputStream> r = HTTP.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = r.body()) {
            long n = in.transferTo(java.io.OutputStream.nullOutputStream());
            if (bytes != null) {
                bytes[0] = n;
            }
        }
        return r.statusCode();
    }

    static long bodySize(URI uri, String token) throws Exception {
        long[] bytes = {0};
        call(uri, token, bytes);
        return bytes[0];
    }

    /** The same SQL, over JDBC on one connection: median of 41 runs after 5 warm-up runs. */
    static double rawMillis(Connection db, Raw raw) throws SQLException {
        for (int i = 0; i < 5; i++) {
            raw.run(db);
        }
        double[] t = new double[41];
        for (int i = 0; i < t.length; i++) {
            long t0 = System.nanoTime();
            raw.run(db);
            t[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(t);
        return t[t.length / 2];
    }

    /** Audit export: throughput of the stream (events/s, MB/s) versus the same SQL read through a JDBC cursor. */
    static void export(Facts f, String auditor, Connection db) throws Exception {
        if (!selected("audit export")) {
            return;
        }
        System.out.println();
        System.out.println("| audit export | events | bytes | time (best of 3) | events/s | MB/s | raw SQL cursor | endpoint / raw |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (String[] x : new String[][]{{"level-1 org", Long.toString(f.mid), f.midPath}, {"bench root", Long.toString(f.root), f.rootPath}}) {
            URI uri = URI.create(BASE + "/api/v1/audit-events/export?organization=" + x[1]);
            double best = Double.MAX_VALUE;
            long bytes = 0;
            for (int i = 0; i < 3; i++) {
                long t0 = System.nanoTime();
                HttpResponse<InputStream> r = HTTP.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + auditor)
                        .timeout(Duration.ofMinutes(30)).build(), HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream in = r.body()) {
                    bytes = in.transferTo(java.io.OutputStream.nullOutputStream());
                }
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("export answered " + r.statusCode());
                }
                best = Math.min(best, (System.nanoTime() - t0) / 1e9);
            }
            double rawBest = Double.MAX_VALUE;
            long events = 0;
            for (int i = 0; i < 3; i++) {
                long t0 = System.nanoTime();
                events = 0;
                boolean auto = db.getAutoCommit();
                db.setAutoCommit(false);
                try (PreparedStatement ps = db.prepareStatement("SELECT " + AUDIT_COLUMNS + " FROM audit_event e WHERE TRUE"
                        + " AND e.organization_id IN (SELECT o.id FROM organization o WHERE o.path LIKE ?) ORDER BY e.seq")) {
                    ps.setFetchSize(5000);
                    ps.setString(1, x[2] + "%");
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            for (int col = 1; col <= 13; col++) {
                                rs.getObject(col);
                            }
                            events++;
                        }
                    }
                } finally {
                    db.rollback();
                    db.setAutoCommit(auto);
                }
                rawBest = Math.min(rawBest, (System.nanoTime() - t0) / 1e9);
            }
            System.out.printf(Locale.ROOT, "| `/audit-events/export?organization={%s}` | %,d | %s | %.2f s | %,.0f | %.1f | %.2f s (%,.0f rows/s) | %.1f× |%n",
                    x[0], events, human(bytes), best, events / best, bytes / best / 1e6, rawBest, events / rawBest, best / rawBest);
        }
    }

    /** Whole-chain verification (the perf helper's code, measured here): events/s, best of 3. */
    static void verify(String auditor) throws Exception {
        if (!selected("audit verify")) {
            return;
        }
        URI uri = URI.create(BASE + "/api/v1/audit-events/verify");
        double best = Double.MAX_VALUE;
        String body = "";
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + auditor)
                    .timeout(Duration.ofMinutes(30)).build(), HttpResponse.BodyHandlers.ofString());
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
            body = r.body();
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"verified\"\\s*:\\s*(\\d+)").matcher(body);
        long verified = m.find() ? Long.parseLong(m.group(1)) : 0;
        System.out.printf(Locale.ROOT, "%nbench: GET /audit-events/verify (whole chain): %,d events in %.2f s (best of 3) = %,.0f events/s; %s%n",
                verified, best, verified / best, body.length() > 200 ? body.substring(0, 200) : body);
    }

    static Thread rssSampler() {
        Thread t = new Thread(() -> {
            Path status = Path.of("/proc/" + SERVICE_PID + "/status");
            while (!Thread.currentThread().isInterrupted() && SERVICE_PID > 0) {
                try {
                    for (String line : Files.readAllLines(status)) {
                        if (line.startsWith("VmRSS:")) {
                            long kb = Long.parseLong(line.replaceAll("\\D", ""));
                            peakRss.accumulateAndGet(kb, Math::max);
                        }
                    }
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    return;
                }
            }
        }, "rss-sampler");
        t.setDaemon(true);
        t.start();
        return t;
    }

    // ------------------------------------------------------------------ facts about the seeded data

    static final class Facts {
        long root, mid, leaf, reviewerId;
        String rootPath, midPath, leafPath, reviewer, from, to;
        int rootDepth, levels;
        List<Long> rootAncestors = new ArrayList<>(), leafAncestors = new ArrayList<>();
        long orgCount, benchOrgs, people, duties, publications, auditEvents;

        static Facts of(Connection c) throws SQLException {
            Facts f = new Facts();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, path, depth FROM organization WHERE code = 'BN-0'");
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no bench data: run bench/seed first");
                }
                f.root = rs.getLong(1);
                f.rootPath = rs.getString(2);
                f.rootDepth = rs.getInt(3);
            }
            f.mid = ((Number) scalar(c, "SELECT id FROM organization WHERE code = 'BN-1'")).longValue();
            f.midPath = (String) scalar(c, "SELECT path FROM organization WHERE id = ?", f.mid);
            Object[] leaf = row(c, "SELECT id, path FROM organization WHERE path LIKE ? ORDER BY depth DESC, id DESC LIMIT 1", f.rootPath + "%");
            f.leaf = ((Number) leaf[0]).longValue();
            f.leafPath = (String) leaf[1];
            f.rootAncestors = ancestors(f.rootPath, f.root);
            f.leafAncestors = ancestors(f.leafPath, f.leaf);
            f.levels = ((Number) scalar(c, "SELECT max(depth) - min(depth) + 1 FROM organization WHERE path LIKE ?", f.rootPath + "%")).intValue();
            f.orgCount = count(c, "organization");
            f.benchOrgs = ((Number) scalar(c, "SELECT count(*) FROM organization WHERE path LIKE ?", f.rootPath + "%")).longValue();
            f.people = count(c, "person");
            f.duties = count(c, "duty_assignment");
            f.publications = count(c, "publication");
            f.auditEvents = ((Number) scalar(c, "SELECT last_seq FROM audit_chain_head WHERE id = 1")).longValue();
            // the 直接责任人 of the bench root today: the first reviewer of its items (bench/seed hands it to bp3)
            Object[] reviewer = row(c, "SELECT p.id, p.username FROM duty_assignment a JOIN person p ON p.id = a.person_id"
                    + " WHERE a.organization_id = ? AND a.role = 'DIRECT_RESPONSIBLE' AND a.valid_to IS NULL", f.root);
            f.reviewerId = ((Number) reviewer[0]).longValue();
            f.reviewer = (String) reviewer[1];
            // the middle half of the time the bench root's subtree was written in
            Object[] span = row(c, "SELECT min(occurred_at), max(occurred_at) FROM audit_event WHERE organization_id IN"
                    + " (SELECT id FROM organization WHERE path LIKE ?)", f.rootPath + "%");
            Instant first = ((Timestamp) span[0]).toInstant();
            Instant last = ((Timestamp) span[1]).toInstant();
            long quarter = Duration.between(first, last).toMillis() / 4;
            f.from = first.plusMillis(quarter).toString();
            f.to = last.minusMillis(quarter).toString();
            return f;
        }

        static List<Long> ancestors(String path, long self) {
            List<Long> out = new ArrayList<>();
            for (String part : path.split("/")) {
                if (!part.isEmpty() && Long.parseLong(part) != self) {
                    out.add(Long.parseLong(part));
                }
            }
            return out;
        }

        static long count(Connection c, String table) throws SQLException {
            return ((Number) scalar(c, "SELECT count(*) FROM " + table)).longValue();
        }
    }

    // ------------------------------------------------------------------ JDBC and token plumbing

    static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }

    static Object scalar(Connection c, String sql, Object... params) throws SQLException {
        Object[] r = row(c, sql, params);
        return r == null ? null : r[0];
    }

    /** The first column of every row, as longs. */
    static List<Long> scalarList(Connection c, String sql, Object... params) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    static Object[] row(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            Object[] out = new Object[rs.getMetaData().getColumnCount()];
            for (int i = 0; i < out.length; i++) {
                out[i] = rs.getObject(i + 1);
            }
            return out;
        }
    }

    /** Runs the query and reads every column of every row, as the service's mapping does. */
    static void drain(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            int cols = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= cols; i++) {
                    rs.getObject(i);
                }
            }
        }
    }

    static Array longs(Connection c, java.util.Collection<Long> ids) throws SQLException {
        return c.createArrayOf("bigint", ids.toArray());
    }

    static String token(String username, String... roles) throws Exception {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        long now = Instant.now().getEpochSecond();
        String rolesJson = String.join(",", Arrays.stream(roles).map(r -> "\"" + r + "\"").toList());
        String header = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String body = b64.encodeToString(("{\"sub\":\"sub-" + username + "\",\"preferred_username\":\"" + username
                + "\",\"aud\":\"duty-ledger-api\",\"realm_access\":{\"roles\":[" + rolesJson + "]},\"iat\":" + now
                + ",\"exp\":" + (now + 6 * 3600) + "}").getBytes(StandardCharsets.UTF_8));
        String pem = Files.readString(Path.of(KEY)).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initSign(key);
        s.update((header + "." + body).getBytes(StandardCharsets.US_ASCII));
        return header + "." + body + "." + b64.encodeToString(s.sign());
    }

    /** BENCH_ONLY is a regular expression found in the names of what is measured ("audit", "matrix|tree"). */
    static boolean selected(String name) {
        return ONLY.isEmpty() || java.util.regex.Pattern.compile(ONLY).matcher(name).find();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static double ms(long micros) {
        return micros / 1000.0;
    }

    static String human(long bytes) {
        return bytes >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0)
                : bytes >= 1024 ? String.format(Locale.ROOT, "%.0f kB", bytes / 1024.0) : bytes + " B";
    }
}
