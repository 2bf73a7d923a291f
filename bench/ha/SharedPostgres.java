import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.dutyledger.common.EmbeddedDatabase;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * One PostgreSQL for several service instances: the same zonky binaries and the same durability settings as the
 * launcher of `./run` (EmbeddedDatabase), but on its own, so that no instance owns it and killing one leaves the
 * database up. Run with the packaged service's libraries on the class path (bench/two-instances.sh does):
 *   java -cp 'backend/target/quarkus-app/lib/main/*:backend/target/quarkus-app/app/*' bench/ha/SharedPostgres.java DIR PORT
 * Prints "ready" when the database and the application role exist; SIGTERM stops the server.
 */
public class SharedPostgres {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "200")
                .start();
        EmbeddedDatabase.prepare(pg, port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pg.close();
            } catch (Exception e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }));
        System.out.println("ready");
        new CountDownLatch(1).await();
    }
}
