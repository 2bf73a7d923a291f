package org.dutyledger.dossier;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** The request to build an inspection package; dates are read strictly (YYYY-MM-DD) as every body's dates are: 400 naming the field. */
public final class PackageRequests {

    private PackageRequests() {
    }

    @Schema(name = "InspectionPackageCreate")
    public record Create(
            @Schema(required = true, description = "The organization the package is about") Long organizationId,
            @Schema(required = true, description = "First day of the period (YYYY-MM-DD)") LocalDate from,
            @Schema(required = true, description = "Last day of the period, inclusive; at most 366 days after from") LocalDate to,
            @Schema(description = "Include the organization's whole subtree (default true)") Boolean subtree,
            @Schema(description = "Parts to include (default: all)", implementation = PackagePart.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)
            List<String> parts) {
    }
}
