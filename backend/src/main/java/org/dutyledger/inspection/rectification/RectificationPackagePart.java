package org.dutyledger.inspection.rectification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dutyledger.common.AttachmentTransfer;
import org.dutyledger.common.Xlsx;
import org.dutyledger.dossier.PackageContributor;
import org.dutyledger.dossier.PackageOut;
import org.dutyledger.dossier.PackagePart;
import org.dutyledger.dossier.PackageScope;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationService;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The 整改台账 of an inspection package (the rectifications of targets in the organization's subtree, as the web app's
 * export on the day of the build) and the rectification evidence, each distinct SHA-256 once, under 检查/整改证明/.
 */
@ApplicationScoped
public class RectificationPackagePart implements PackageContributor {

    static final int LIMIT = 10_000;
    static final int PAGE = 200;

    @Inject
    RectificationQueries queries;

    @Inject
    RectificationEvidence evidence;

    @Inject
    OrganizationService organizations;

    @Override
    public PackagePart part() {
        return PackagePart.INSPECTIONS;
    }

    @Override
    public void write(PackageScope scope, PackageOut out) throws IOException {
        Organization org = organizations.get(scope.organizationId());
        RectificationQueries.Filter filter = new RectificationQueries.Filter(org, null, null, null);
        List<List<String>> rows = queries.ledgerRows(filter, LIMIT);
        out.file("检查/整改台账.xlsx", "rectification", Map.of("entity", "rectifications", "count", rows.size()),
                PackageOut.download(Xlsx.download("整改台账.xlsx", "整改台账",
                        List.of("问题", "整改措施", "责任人", "整改时限", "进展", "完成情况"), rows)));
        Set<String> stored = new HashSet<>();
        for (int page = 0; ; page++) {
            RectificationViews.RectificationPage p = queries.list(filter, page, PAGE);
            for (RectificationViews.RectificationView r : p.items()) {
                for (RectificationViews.Progress progress : r.progress()) {
                    if (!scope.inPeriod(progress.createdAt())) {
                        continue;
                    }
                    for (RectificationViews.Attachment a : progress.attachments()) {
                        if (!stored.add(a.sha256())) {
                            continue;
                        }
                        String path = "检查/整改证明/" + r.id() + "/" + a.sha256().substring(0, 12) + "_" + PackageOut.safeName(a.fileName());
                        long rectificationId = r.id();
                        long progressId = progress.id();
                        long attachmentId = a.id();
                        out.file(path, "evidence", PackageOut.about("rectification-attachment", attachmentId, r.version()), o -> {
                            AttachmentTransfer.StoredFile file = evidence.content(rectificationId, progressId, attachmentId);
                            o.write(file.content());
                        });
                    }
                }
            }
            if ((long) (page + 1) * PAGE >= p.total()) {
                break;
            }
        }
    }
}
