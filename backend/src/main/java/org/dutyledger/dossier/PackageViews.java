package org.dutyledger.dossier;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the API shows of inspection packages. */
public final class PackageViews {

    private PackageViews() {
    }

    @Schema(name = "InspectionPackageProgress")
    public record Progress(@Schema(required = true) int done, @Schema(required = true) int total) {
    }

    @Schema(name = "InspectionPackageFailure")
    public record Failure(@Schema(required = true) String code, @Schema(required = true) String message) {
    }

    @Schema(name = "InspectionPackageRequester")
    public record Requester(Long personId, @Schema(required = true) String name) {
    }

    @Schema(name = "InspectionPackage")
    public record View(
            @Schema(required = true) long id,
            @Schema(required = true) long organizationId,
            @Schema(required = true) String organizationName,
            @Schema(required = true) LocalDate from,
            @Schema(required = true) LocalDate to,
            @Schema(required = true) boolean subtree,
            @Schema(required = true) List<PackagePart> parts,
            @Schema(required = true, enumeration = {"QUEUED", "RUNNING", "DONE", "FAILED", "CANCELLED"}) String status,
            @Schema(required = true) Progress progress,
            Failure failure,
            @Schema(required = true, description = "The zip's file name: 组织名_迎检材料包_<from>_<to>.zip") String fileName,
            Long size,
            @Schema(description = "Files the manifest lists (every entry but manifest.json): what verify.py and verify.html count") Integer fileCount,
            @Schema(description = "SHA-256 of manifest.json, also in the audit trail as event package.built") String manifestSha256,
            @Schema(required = true) Requester requestedBy,
            @Schema(required = true) Instant requestedAt,
            Instant startedAt,
            Instant finishedAt,
            Instant expiresAt) {
    }

    @Schema(name = "InspectionPackagePage")
    public record Page(@Schema(required = true) List<View> items, @Schema(required = true) long total) {
    }
}
