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
 * fragment builder, a query method or an interface it implements), so that a rule such as "held on a day" is written
 * once. A table counts where SQL names it (after FROM, JOIN, UPDATE, INTO, TABLE, COPY, TRUNCATE, EXISTS; or in
 * {@code @Table(name = …)}); a table whose name has an underscore also counts with whatever follows it
 * (`duty_assignment_sole_holder`, `import_job_seq`): constraints, indexes and sequences belong to the table. (A
 * one-word name such as `publication` is not matched everywhere: it is also a package and a word.)
 *
 * <p>Add a capability's tables here when it takes them over. Others join channel through {@code channel/ChannelSql}
 * and membership through {@code person/MembershipSql}; security reads a caller's memberships through its
 * {@code MembershipDirectory}, which person implements. Not owned yet, each read directly by several packages with no
 * quick way round: organization (joined for paths and names by almost every list: 63 places in 36 files, audit's
 * among them) and person (joined for names by duty, obligation, leading groups and security: 21 places in 13 files).
 * They need named joins like ChannelSql's.
 */
class TablesBelongToTheirCapabilityTest {

    /** Capability package folder (under org.dutyledger, nested ones with a slash) → the tables only it may name. */
    static final Map<String, List<String>> OWNERS = Map.ofEntries(
            Map.entry("duty", List.of("duty_assignment", "duty_assignment_scope")),
            Map.entry("organization", List.of("leading_group", "leading_group_member")),
            Map.entry("audit", List.of("audit_event", "audit_chain_head")),
            Map.entry("security", List.of("security_event")),
            Map.entry("publication", List.of("publication", "publication_attachment", "publication_revision",
                    "publication_review", "publication_transition", "review_policy", "review_policy_version")),
            Map.entry("outbox", List.of("outbox_event")),
            Map.entry("channel", List.of("channel")),
            Map.entry("person", List.of("membership")),
            Map.entry("notification", List.of("notification")),
            Map.entry("integration", List.of("webhook_subscription", "webhook_delivery", "import_job", "import_upload",
                    "import_row")),
            Map.entry("obligation", List.of("obligation_rule", "obligation_instance", "obligation_reminder_sent",
                    "fulfilment_record", "fulfilment_record_instance", "fulfilment_attachment", "fulfilment_correction")),
            Map.entry("report", List.of("work_report", "work_report_copy", "work_report_source", "work_report_attachment",
                    "major_matter", "major_matter_recipient", "major_matter_follow_up", "major_matter_attachment",
                    "major_matter_limit")),
            Map.entry("inspection", List.of("scoring_template", "inspection", "inspection_team", "inspection_target",
                    "inspection_score")),
            Map.entry("inspection/rectification", List.of("finding", "rectification", "rectification_check_date",
                    "rectification_progress", "rectification_attachment", "rectification_extension",
                    "rectification_escalation")),
            Map.entry("accountability", List.of("accountability_filer", "accountability_case", "accountability_link",
                    "accountability_line")),
            Map.entry("dossier", List.of("inspection_packages", "inspection_package_files")));

    /** Where a Java file names the table, as SQL does. */
    static Pattern naming(String table) {
        String inSql = "\\b(?:FROM|JOIN|UPDATE|INTO|TABLE|COPY|TRUNCATE|EXISTS)\\s+(?:ONLY\\s+)?" + table + "\\b"
                + "|@Table\\(\\s*name\\s*=\\s*\"" + table + "\"";
        return Pattern.compile(table.contains("_") ? inSql + "|\\b" + table : inSql);
    }

    static final Path SOURCES = Path.of("src/main/java/org/dutyledger");
    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    @Test
    void noSqlOutsideACapabilityNamesItsTables() throws IOException {
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                // An owner is a package folder, possibly nested (inspection/rectification): its files and those below.
                String relative = SOURCES.relativize(file).toString().replace('\\', '/');
                String text = Files.readString(file);
                OWNERS.forEach((owner, tables) -> {
                    if (relative.startsWith(owner + "/")) {
                        return;
                    }
                    for (String table : tables) {
                        Matcher m = naming(table).matcher(text);
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
