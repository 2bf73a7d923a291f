package org.dutyledger.dossier.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.dutyledger.common.Downloads;
import org.dutyledger.common.FieldCode;
import org.dutyledger.common.Params;
import org.dutyledger.common.ProblemException;
import org.dutyledger.dossier.InspectionPackage;
import org.dutyledger.dossier.InspectionPackages;
import org.dutyledger.dossier.PackageRequests;
import org.dutyledger.dossier.PackageStore;
import org.dutyledger.dossier.PackageViews;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** The inspection package (迎检材料包): request one, follow its build, download the zip, cancel. */
@Path("/api/v1/inspection-packages")
@Authenticated
@Tag(name = "Inspection packages")
@Produces(MediaType.APPLICATION_JSON)
public class InspectionPackageResource {

    static final List<String> STATUSES = List.of("QUEUED", "RUNNING", "DONE", "FAILED", "CANCELLED");

    @Inject
    InspectionPackages packages;

    @Inject
    PackageStore store;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Request the inspection package (迎检材料包) of an organization and period; it is built in the background",
            description = "Anyone who reads the organization through their own memberships (or admin, auditor) may request one; "
                    + "the package holds exactly what they may read. The period is at most 366 days. Poll the package until DONE.")
    @APIResponse(responseCode = "202", description = "Accepted (QUEUED); Location names the package",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PackageViews.View.class)))
    public Response request(PackageRequests.Create request) {
        InspectionPackage p = packages.request(request);
        return Response.accepted(packages.view(p)).location(URI.create("/api/v1/inspection-packages/" + p.id)).build();
    }

    @GET
    @Operation(summary = "List inspection packages, newest first: the caller's own (admin and auditor: everyone's)")
    public PackageViews.Page list(
            @Parameter(description = "Organization id") @QueryParam("organizationId") String organizationId,
            @Parameter(schema = @Schema(enumeration = {"QUEUED", "RUNNING", "DONE", "FAILED", "CANCELLED"})) @QueryParam("status") String status,
            @Parameter(description = "0-based page, default 0") @QueryParam("page") String page,
            @Parameter(description = "1 to 100, default 20") @QueryParam("size") String size) {
        Long org = Params.optLong("organizationId", organizationId);
        String s = status == null || status.isBlank() ? null : status.strip();
        if (s != null && !STATUSES.contains(s)) {
            throw ProblemException.badRequest("status", FieldCode.NOT_ONE_OF, Map.of("allowed", String.join(", ", STATUSES)));
        }
        InspectionPackages.Listing l = packages.list(org, s, Params.intInRange("page", page, 0, 0, 1_000_000),
                Params.intInRange("size", size, 20, 1, 100));
        return new PackageViews.Page(l.items().stream().map(packages::view).toList(), l.total());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One inspection package: its status, progress and, when DONE, size, file count and manifest SHA-256")
    public PackageViews.View get(@PathParam("id") String id) {
        return packages.view(packages.get(Params.id("id", id)));
    }

    @GET
    @Path("/{id}/download")
    @Produces("application/zip")
    @Operation(summary = "Download the built package as a zip (409 before it is DONE, 410 once it has expired)")
    @APIResponse(responseCode = "200", description = "The zip",
            content = @Content(mediaType = "application/zip", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("id") String id) {
        InspectionPackage p = packages.downloadable(Params.id("id", id));
        long packageId = p.id;
        StreamingOutput body = out -> store.copyTo(packageId, out);
        Response.ResponseBuilder r = Response.ok(body, "application/zip")
                .header("Content-Disposition", Downloads.attachment(p.fileName, "package-" + packageId + ".zip"));
        if (p.size != null) {
            r.header("Content-Length", p.size);
        }
        return r.build();
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(summary = "Cancel a QUEUED or RUNNING build (409 in any other status)")
    public PackageViews.View cancel(@PathParam("id") String id) {
        return packages.view(packages.cancel(Params.id("id", id)));
    }
}
