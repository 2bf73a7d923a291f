package org.dutyledger.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dutyledger.common.ProblemException;
import org.dutyledger.dossier.PackageContributor;
import org.dutyledger.dossier.PackageOut;
import org.dutyledger.dossier.PackagePart;
import org.dutyledger.dossier.PackageScope;

import java.io.IOException;
import java.util.Map;

/**
 * The inspections of an inspection package: for every concluded inspection the requester may see, held in the period,
 * by the organization (or its subtree) or of it as a target, the results workbook as the web app downloads it.
 */
@ApplicationScoped
public class InspectionPackagePart implements PackageContributor {

    static final int PAGE = 200;

    @Inject
    InspectionQueries queries;

    @Inject
    InspectionExport export;

    @Override
    public PackagePart part() {
        return PackagePart.INSPECTIONS;
    }

    @Override
    public void write(PackageScope scope, PackageOut out) throws IOException {
        for (int page = 0; ; page++) {
            InspectionViews.Page p = queries.list(null, null, null, page, PAGE);
            for (InspectionViews.View i : p.items()) {
                boolean ours = i.organizationId() == scope.organizationId()
                        || i.targets().stream().anyMatch(t -> t.organizationId() == scope.organizationId())
                        || scope.subtree() && (covers(scope, i.organizationId()) || i.targets().stream().anyMatch(t -> covers(scope, t.organizationId())));
                boolean inPeriod = !i.startsOn().isAfter(scope.to()) && !i.endsOn().isBefore(scope.from());
                if (!ours || !inPeriod || i.concludedAt() == null) {
                    continue;
                }
                jakarta.ws.rs.core.Response results;
                try {
                    results = export.results(i.id());
                } catch (ProblemException notForThisReader) {
                    continue;
                }
                out.file("检查/检查结果/" + i.startsOn() + "_" + i.id() + "_" + PackageOut.safeName(i.title()) + ".xlsx",
                        "inspection", PackageOut.about("inspection", i.id(), i.version()), PackageOut.download(results));
            }
            if ((long) (page + 1) * PAGE >= p.total()) {
                break;
            }
        }
    }

    @Inject
    org.dutyledger.organization.OrganizationRepository organizations;

    private boolean covers(PackageScope scope, long organizationId) {
        return organizations.pathOf(organizationId).map(scope::covers).orElse(false);
    }
}
