package org.dutyledger.duty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dutyledger.dossier.PackageContributor;
import org.dutyledger.dossier.PackageOut;
import org.dutyledger.dossier.PackagePart;
import org.dutyledger.dossier.PackageScope;
import org.dutyledger.dossier.PrintableTable;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationService;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The duty ledgers of an inspection package, as the web app's Excel downloads: 责任分工表 (every assignment in force
 * at some time in the period, with its history: start, end, reason, correction) and 责任矩阵 (holders and vacancies of
 * each organization on the period's last day).
 */
@ApplicationScoped
public class DutyPackagePart implements PackageContributor {

    @Inject
    DutyQueries queries;

    @Inject
    ResponsibilityMatrix matrix;

    @Inject
    OrganizationService organizations;

    @Override
    public PackagePart part() {
        return PackagePart.LEDGERS;
    }

    @Override
    public void write(PackageScope scope, PackageOut out) throws IOException {
        Organization org = organizations.get(scope.organizationId());
        DutyQueries.ListFilter filter = scope.subtree() ? new DutyQueries.ListFilter(null, null, org, null, null)
                : new DutyQueries.ListFilter(null, org, null, null, null);
        List<DutyAssignmentView> inPeriod = queries.list(filter, 0, 10_000).items().stream()
                .filter(a -> !a.validFrom().isAfter(scope.to()) && (a.validTo() == null || !a.validTo().isBefore(scope.from())))
                .toList();
        out.file("台账/责任分工表.xlsx", "ledger", Map.of("entity", "duty-assignments", "count", inPeriod.size()),
                PackageOut.download(DutyListExport.of(inPeriod)));
        out.file("台账/责任分工表.html", "ledger", Map.of("entity", "duty-assignments", "count", inPeriod.size()),
                PrintableTable.of(scope, "责任分工表", DutyListExport.HEADERS, DutyListExport.rows(inPeriod)));
        MatrixViews.Matrix m = matrix.of(org, scope.to(), false);
        if (!scope.subtree()) {
            m = new MatrixViews.Matrix(m.under(), m.at(), m.roles(),
                    m.rows().stream().filter(r -> r.organizationId() == scope.organizationId()).toList(),
                    m.vacancyCount(), m.total(), m.organizationCount(), m.problemCount(), m.offset());
        }
        out.file("台账/责任矩阵.xlsx", "ledger", Map.of("entity", "responsibility-matrix", "at", scope.to().toString()),
                PackageOut.download(MatrixExport.of(m)));
        MatrixExport.Table table = MatrixExport.table(m);
        out.file("台账/责任矩阵.html", "ledger", Map.of("entity", "responsibility-matrix", "at", scope.to().toString()),
                PrintableTable.of(scope, "责任矩阵（" + scope.to() + "）", table.headers(), table.rows()));
    }
}
