package org.dutyledger;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.dutyledger.common.EmbeddedDatabase;

/**
 * Starts the embedded PostgreSQL before Quarkus when no external database is configured,
 * so that `java -jar` and `quarkus:dev` work on a bare machine.
 */
@QuarkusMain
public class DutyLedgerMain {

    public static void main(String... args) {
        EmbeddedDatabase.startIfNoExternalDatabase();
        Quarkus.run(args);
    }
}
