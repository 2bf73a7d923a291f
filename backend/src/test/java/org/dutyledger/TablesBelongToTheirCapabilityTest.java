package org.dutyledger;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A capability's tables are read and written by its own package only: the others call its named facts (a SQL
 * fragment builder or a query method), so that a rule such as "held on a day" is written once. A table name counts
 * with whatever follows it (`duty_assignment_sole_holder`, `duty_assignment_seq`): constraints, indexes and sequences
 * belong to the table.
 *
 * <p>Add a capability's tables here when it takes them over. Not owned yet (read directly by several packages):
 * organization, person, membership (organization and person), channel (channel; also read by duty), leading_group
 * (organization.leadinggroup; read by integration's vacancy alerts), publication_* (publication), notification
 * (notification), audit_* (audit), outbox_event (outbox), import_* / webhook_* (integration).
 */
class TablesBelongToTheirCapabilityTest {

    /** Capability package (under org.dutyledger) → the tables only it may name. */
    static final Map<String, List<String>> OWNERS = Map.of(
            "duty", List.of("duty_assignment", "duty_assignment_scope"),
            "obligation", List.of("obligation_rule", "obligation_instance", "obligation_reminder_sent", "fulfilment_record",
                    "fulfilment_record_instance", "fulfilment_attachment", "fulfilment_correction"));

    static final Path SOURCES = Path.of("src/main/java/org/dutyledger");
    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    @Test
    void noSqlOutsideACapabilityNamesItsTables() throws IOException {
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String capability = SOURCES.relativize(file).getName(0).toString();
                String text = Files.readString(file);
                OWNERS.forEach((owner, tables) -> {
                    if (owner.equals(capability)) {
                        return;
                    }
                    for (String table : tables) {
                        Matcher m = Pattern.compile("\\b" + table).matcher(text);
                        if (m.find()) {
                            int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                            offences.add(SOURCES.relativize(file) + ":" + line + " names " + table + " of " + owner);
                        }
                    }
                });
            }
        }
        assertThat(offences).as("SQL outside a capability naming its tables; call the capability's facts instead").isEmpty();
    }

    /** The map cannot rot: every owner is a package and every table is created by a migration. */
    @Test
    void theOwnersAndTablesOfTheMapExist() throws IOException {
        Set<String> created;
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            Pattern create = Pattern.compile("CREATE TABLE (?:IF NOT EXISTS )?(\\w+)", Pattern.CASE_INSENSITIVE);
            created = files.filter(f -> f.toString().endsWith(".sql")).flatMap(f -> {
                try {
                    return create.matcher(Files.readString(f)).results().map(r -> r.group(1).toLowerCase());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.toSet());
        }
        OWNERS.forEach((owner, tables) -> {
            assertThat(SOURCES.resolve(owner)).as("package of " + owner).isDirectory();
            assertThat(created).as("tables of " + owner).containsAll(tables);
        });
    }
}
