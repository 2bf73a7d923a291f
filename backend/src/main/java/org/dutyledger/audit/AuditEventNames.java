package org.dutyledger.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/**
 * Display names for one audit event, resolved on the server within the caller's scope. A name the caller may not
 * read is absent (null, or missing from the maps): the web app shows it as out of scope. Part of the view only:
 * the stored event, its hash and the JSONL export never carry names added later.
 */
@Schema(name = "AuditEventNames")
public record AuditEventNames(
        @Schema(description = "Present name of the record the event is about (its organization's name for records "
                + "that have none of their own)") String entity,
        @Schema(description = "Name of the person who acted") String actor,
        @Schema(description = "Name of the event's organization") String organization,
        @Schema(required = true, description = "Organization id → name, for organization ids inside `changes`")
        Map<String, String> organizations,
        @Schema(required = true, description = "Person id → name, for person ids inside `changes`")
        Map<String, String> people) {

    static final AuditEventNames NONE = new AuditEventNames(null, null, null, Map.of(), Map.of());
}
