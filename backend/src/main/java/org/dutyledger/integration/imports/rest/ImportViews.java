package org.dutyledger.integration.imports.rest;

import org.dutyledger.integration.imports.ImportColumn;
import org.dutyledger.integration.imports.ImportError;
import org.dutyledger.integration.imports.ImportJob;
import org.dutyledger.integration.imports.ImportKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Response bodies of the import endpoints. */
public final class ImportViews {

    private ImportViews() {
    }

    @Schema(name = "ImportJob", description = "An uploaded file: dry run (VALIDATING → VALID | INVALID), then commit (COMMITTING → COMMITTED | FAILED)")
    public record Job(
            @Schema(required = true) long id,
            @Schema(required = true) String kind,
            @Schema(required = true, enumeration = {"csv", "xlsx", "json"}) String format,
            String fileName,
            @Schema(description = "Character encoding a CSV was read with (UTF-8, GB18030, GBK)") String encoding,
            @Schema(required = true, enumeration = {"VALIDATING", "VALID", "INVALID", "COMMITTING", "COMMITTED", "FAILED"}) String status,
            @Schema(required = true, description = "Data rows in the file (blank rows not counted)") int total,
            @Schema(required = true, description = "Rows processed so far by the current phase") int processed,
            @Schema(required = true) int errorCount,
            @Schema(required = true, description = "Dry run: rows that would be created; commit: rows created") int createdCount,
            @Schema(required = true) int updatedCount,
            @Schema(required = true) int unchangedCount,
            @Schema(required = true, description = "Username of the uploader") String createdBy,
            @Schema(required = true, description = "The uploader's name (the linked person's; the username when none is linked)")
            String createdByName,
            @Schema(required = true) Instant createdAt,
            Instant finishedAt,
            @Schema(description = "Why the file could not be read or the commit failed (Chinese)") String message) {

        public static Job of(ImportJob j, Map<String, String> namesByUsername) {
            return new Job(j.id, j.kind, j.format, j.fileName, j.encoding, j.status, j.total, j.processed, j.errorCount,
                    j.createdCount, j.updatedCount, j.unchangedCount, j.createdByUsername,
                    namesByUsername.getOrDefault(j.createdByUsername, j.createdByUsername), j.createdAt, j.finishedAt, j.message);
        }
    }

    @Schema(name = "ImportJobList")
    public record JobList(@Schema(required = true) List<Job> items) {
    }

    @Schema(name = "ImportRowError", description = "row as the user sees it (header = row 1); column is the Chinese header")
    public record RowError(
            @Schema(required = true) int row,
            @Schema(required = true) String column,
            String value,
            @Schema(required = true, enumeration = {"required", "invalid-value", "invalid-date", "too-long", "unknown-reference",
                    "duplicate", "out-of-scope", "conflict"}) String code,
            @Schema(required = true) String message) {

        public static RowError of(ImportError e) {
            return new RowError(e.row(), e.column(), e.value(), e.code(), e.message());
        }
    }

    @Schema(name = "ImportTemplate", description = "A kind of import and export with its template columns, in order")
    public record Template(
            @Schema(required = true) String kind,
            @Schema(required = true, description = "Name in Chinese (sheet and file names)") String label,
            @Schema(required = true, description = "Name in English") String labelEn,
            @Schema(required = true) List<TemplateColumn> columns) {

        public static Template of(ImportKind k) {
            return new Template(k.key(), k.label(), k.labelEn(), k.columns().stream().map(TemplateColumn::of).toList());
        }
    }

    @Schema(name = "ImportTemplateColumn", description = "header is the Chinese column header of the template (marked with * there when required); field is the camelCase name JSON may use instead")
    public record TemplateColumn(@Schema(required = true) String field, @Schema(required = true) String header,
                                 @Schema(required = true) boolean required) {

        static TemplateColumn of(ImportColumn c) {
            return new TemplateColumn(c.field(), c.header(), c.required());
        }
    }

    @Schema(name = "ImportTemplateList")
    public record TemplateList(@Schema(required = true) List<Template> items) {
    }

    @Schema(name = "ImportErrorPage")
    public record ErrorPage(@Schema(required = true) long total, @Schema(required = true) List<RowError> items) {
    }
}
