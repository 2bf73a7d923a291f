package org.dutyledger.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dutyledger.dossier.PackageContributor;
import org.dutyledger.dossier.PackageOut;
import org.dutyledger.dossier.PackagePart;
import org.dutyledger.dossier.PackageScope;
import org.dutyledger.dossier.PrintableTable;
import org.dutyledger.organization.OrganizationService;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The channel register (阵地台账) of an inspection package, as the web app's Excel download. */
@ApplicationScoped
public class ChannelPackagePart implements PackageContributor {

    @Inject
    ChannelQueries queries;

    @Inject
    OrganizationService organizations;

    @Override
    public PackagePart part() {
        return PackagePart.LEDGERS;
    }

    @Override
    public void write(PackageScope scope, PackageOut out) throws IOException {
        List<ChannelView> channels = queries.all(new ChannelQueries.ListFilter(organizations.get(scope.organizationId()),
                null, null, null)).stream()
                .filter(c -> scope.subtree() || c.organization().id() == scope.organizationId()).toList();
        out.file("台账/渠道登记.xlsx", "ledger", Map.of("entity", "channels", "count", channels.size()),
                PackageOut.download(ChannelRegisterExport.of(channels)));
        out.file("台账/渠道登记.html", "ledger", Map.of("entity", "channels", "count", channels.size()),
                PrintableTable.of(scope, "阵地登记", ChannelRegisterExport.HEADERS, ChannelRegisterExport.rows(channels)));
    }
}
