package org.dutyledger.bench;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.dutyledger.common.EmbeddedDatabase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The benchmark's own persistent PostgreSQL (bench/seed fills it, bench/load reads it): a data directory and a
 * port of its own, so it never touches the demo database or the tests. Durability is off while seeding
 * (a crash of the seed means seeding again, nothing more).
 */
public class BenchDatabaseResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres server;

    /** $BENCH_DATA_DIR/postgres: the layout the launcher expects, so bench/load starts the jar on the same data. */
    static Path dataDirectory() {
        String dir = System.getenv("BENCH_DATA_DIR");
        Path base = dir != null && !dir.isBlank() ? Path.of(dir)
                : Path.of(System.getProperty("user.home"), ".local", "share", "duty-ledger", "bench");
        return base.resolve("postgres");
    }

    static int port() {
        String port = System.getenv("BENCH_PG_PORT");
        return port != null && !port.isBlank() ? Integer.parseInt(port) : 54359;
    }

    @Override
    public Map<String, String> start() {
        try {
            Path dir = dataDirectory();
            Files.createDirectories(dir.getParent());
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPort(port())
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("checkpoint_timeout", "30min")
                    .setServerConfig("shared_buffers", "256MB")
                    .start();
            EmbeddedDatabase.prepare(server, port());
            String url = System.getProperty("quarkus.datasource.jdbc.url");
            return Map.of(
                    "quarkus.datasource.jdbc.url", url,
                    "quarkus.datasource.username", EmbeddedDatabase.APP_ROLE,
                    "quarkus.datasource.password", EmbeddedDatabase.APP_PASSWORD,
                    "quarkus.flyway.username", "postgres",
                    "quarkus.flyway.password", "postgres",
                    // no background work competes with the seed
                    "dutyledger.publication.publish-every", "off",
                    "dutyledger.publication.remind-every", "off",
                    "quarkus.transaction-manager.default-transaction-timeout", "PT30M");
        } catch (Exception e) {
            throw new IllegalStateException("could not start the bench PostgreSQL in " + dataDirectory(), e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (Exception e) {
                // the JVM is ending anyway
            }
        }
    }
}
