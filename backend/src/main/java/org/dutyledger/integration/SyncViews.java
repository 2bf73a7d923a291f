package org.dutyledger.integration;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.dutyledger.common.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Answers of the directory sync. */
public final class SyncViews {

    private SyncViews() {
    }

    public enum Outcome { created, updated, unchanged, error }

    @Schema(name = "SyncItemResult")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemResult(
            @Schema(required = true, description = "The item's key (code or externalId) as sent") String key,
            @Schema(required = true) Outcome outcome,
            Long id,
            List<Problem.FieldError> errors) {
    }

    @Schema(name = "SyncMissing", description = "Held from the source in full mode but absent from the batch")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Missing(
            @Schema(required = true) String key,
            @Schema(required = true) long id,
            @Schema(required = true, description = "true when it was dissolved (organization) or deactivated (person) now") boolean deactivated,
            @Schema(description = "Why it could not be deactivated") String reason) {
    }

    @Schema(name = "SyncResult")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(
            @Schema(required = true, description = "incremental or full") String mode,
            String source,
            @Schema(required = true) int created,
            @Schema(required = true) int updated,
            @Schema(required = true) int unchanged,
            @Schema(required = true) int errors,
            @Schema(required = true, description = "One per item, in request order") List<ItemResult> items,
            @Schema(description = "Full mode only") List<Missing> missing) {

        public static Result of(String mode, String source, List<ItemResult> items, List<Missing> missing) {
            return new Result(mode, source, count(items, Outcome.created), count(items, Outcome.updated),
                    count(items, Outcome.unchanged), count(items, Outcome.error), items, missing);
        }

        private static int count(List<ItemResult> items, Outcome o) {
            return (int) items.stream().filter(i -> i.outcome() == o).count();
        }
    }
}
