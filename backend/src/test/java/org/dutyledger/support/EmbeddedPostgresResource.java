package org.dutyledger.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.dutyledger.common.EmbeddedDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * A throwaway real PostgreSQL for the tests: the service connects as the non-owner application role,
 * Flyway as the superuser, exactly as in the local run.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgres server;
    private static String superuserUrl;

    @Override
    public Map<String, String> start() {
        try {
            server = EmbeddedPostgres.builder().start();
            int port = server.getPort();
            EmbeddedDatabase.prepare(server, port);
            String url = System.getProperty("quarkus.datasource.jdbc.url");
            superuserUrl = url;
            return Map.of(
                    "quarkus.datasource.jdbc.url", url,
                    "quarkus.datasource.username", EmbeddedDatabase.APP_ROLE,
                    "quarkus.datasource.password", EmbeddedDatabase.APP_PASSWORD,
                    "quarkus.flyway.username", "postgres",
                    "quarkus.flyway.password", "postgres");
        } catch (Exception e) {
            throw new IllegalStateException("could not start the embedded PostgreSQL for tests", e);
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
            server = null;
        }
    }

    /** A superuser connection, for tests that must step outside the application's rights (tampering). */
    public static Connection superuser() throws SQLException {
        return DriverManager.getConnection(superuserUrl, "postgres", "postgres");
    }
}
