package org.dutyledger.integration;

import org.dutyledger.common.JsonStrictness;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * Items of a directory-sync batch, in the shape OA directories (WeCom, DingTalk, Feishu) deliver. Fields are
 * checked item by item by the sync itself (texts too: {@code TextRules}), so that one bad item is reported and the
 * others still go in.
 */
public final class SyncRequests {

    /** Largest batch accepted in one request. */
    public static final int MAX_BATCH = 5_000;

    private SyncRequests() {
    }

    @JsonStrictness.CheckedPerItem
    @Schema(name = "SyncOrganization")
    public record Organization(
            @Schema(required = true, description = "External code; the key of the upsert") String code,
            @Schema(required = true) String name,
            String shortName,
            @Schema(required = true, description = "An OrganizationType") String type,
            @Schema(description = "Code of the parent; may be defined later in the same batch; none for a root") String parentCode,
            Integer sortOrder) {
    }

    @JsonStrictness.CheckedPerItem
    @Schema(name = "SyncDepartment")
    public record Department(
            @Schema(required = true, description = "Organization code") String code,
            @Schema(description = "Department leader (部门负责人): becomes a STAFF membership, otherwise MEMBER") boolean leader) {
    }

    @JsonStrictness.CheckedPerItem
    @Schema(name = "SyncPerson")
    public record Person(
            @Schema(required = true, description = "User id in the OA directory; the key of the upsert") String externalId,
            @Schema(required = true) String name,
            String post,
            String phone,
            String email,
            @Schema(description = "Login name; left as it is when absent") String username,
            @Schema(description = "Default true") Boolean active,
            List<Department> departments,
            @Schema(description = "Code of the main department (primary membership); may be left out with one department")
            String mainDepartment) {
    }
}
