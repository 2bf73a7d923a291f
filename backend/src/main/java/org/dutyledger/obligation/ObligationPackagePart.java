package org.dutyledger.obligation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.common.AttachmentTransfer;
import org.dutyledger.common.Xlsx;
import org.dutyledger.dossier.PackageContributor;
import org.dutyledger.dossier.PackageOut;
import org.dutyledger.dossier.PackagePart;
import org.dutyledger.dossier.PackageScope;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationService;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The obligations of an inspection package: 义务台账 (the instances of the period with their status), 履职记录 (the
 * fulfilment records of the period) and the evidence files themselves, each distinct SHA-256 once, under
 * 工作义务/证明材料/<rule>/<period>/.
 */
@ApplicationScoped
public class ObligationPackagePart implements PackageContributor {

    static final int PAGE = 500;
    static final List<String> INSTANCE_HEADERS = List.of("组织", "工作要求", "类型", "期间", "期间开始", "期间结束", "截止日期",
            "应完成次数", "已完成次数", "状态", "责任人", "豁免说明");
    static final List<String> RECORD_HEADERS = List.of("组织", "日期", "标题", "类型", "参加人员", "列席", "内容摘要", "逾期",
            "计入的义务", "证明材料");

    @Inject
    ObligationQueries obligations;

    @Inject
    FulfilmentQueries fulfilments;

    @Inject
    OrganizationService organizations;

    @Inject
    EntityManager em;

    @Override
    public PackagePart part() {
        return PackagePart.OBLIGATIONS;
    }

    @Override
    public void write(PackageScope scope, PackageOut out) throws IOException {
        Organization org = organizations.get(scope.organizationId());
        Set<Long> covered = coveredOrganizations(scope);
        Periods.Period period = new Periods.Period(null, scope.from() + "/" + scope.to(), scope.from(), scope.to());
        List<ObligationViews.Instance> instances = new ArrayList<>();
        for (int page = 0; ; page++) {
            ObligationViews.InstancePage p = obligations.instances(new ObligationQueries.InstanceFilter(org, period, null), page, PAGE);
            p.items().stream().filter(i -> covered.contains(i.organization().id())).forEach(instances::add);
            if ((long) (page + 1) * PAGE >= p.total()) {
                break;
            }
        }
        List<List<String>> instanceRows = new ArrayList<>();
        Map<Long, ObligationViews.Instance> byId = new HashMap<>();
        for (ObligationViews.Instance i : instances) {
            byId.put(i.id(), i);
            instanceRows.add(List.of(i.organization().name(), i.title(), i.kind().label, i.period(), i.periodStart().toString(),
                    i.periodEnd().toString(), i.dueDate().toString(), Integer.toString(i.minCount()), Integer.toString(i.metCount()),
                    i.status().label, i.responsible().stream().map(ObligationViews.PersonRef::name).collect(Collectors.joining("、")),
                    i.waivedReason() == null ? "" : i.waivedReason()));
        }
        out.file("工作义务/义务台账.xlsx", "ledger", Map.of("entity", "obligation-instances", "count", instances.size()),
                PackageOut.download(Xlsx.download("义务台账.xlsx", "义务台账", INSTANCE_HEADERS, instanceRows)));

        // Keyset batches of the subtree's own records (not pages of everything the requester may read).
        List<ObligationViews.Fulfilment> records = new ArrayList<>();
        for (long after = 0; ; ) {
            List<ObligationViews.Fulfilment> batch = fulfilments.batchUnder(org, scope.subtree(), scope.from(), scope.to(), after, PAGE);
            batch.stream().filter(f -> covered.contains(f.organization().id())).forEach(records::add);
            if (batch.size() < PAGE) {
                break;
            }
            after = batch.get(batch.size() - 1).id();
        }
        List<List<String>> recordRows = new ArrayList<>();
        for (ObligationViews.Fulfilment f : records) {
            recordRows.add(List.of(f.organization().name(), f.happenedOn().toString(), f.title(), f.kind().label,
                    f.participants().stream().map(ObligationViews.PersonRef::name).collect(Collectors.joining("、")),
                    f.guests() == null ? "" : f.guests(), f.summary() == null ? "" : f.summary(), f.late() ? "是" : "否",
                    f.obligationIds().stream().map(id -> byId.containsKey(id) ? byId.get(id).title() + "（" + byId.get(id).period() + "）"
                            : "#" + id).collect(Collectors.joining("、")),
                    f.attachments().stream().map(a -> a.fileName() + " " + a.sha256()).collect(Collectors.joining("\n"))));
        }
        out.file("工作义务/履职记录.xlsx", "ledger", Map.of("entity", "fulfilment-records", "count", records.size()),
                PackageOut.download(Xlsx.download("履职记录.xlsx", "履职记录", RECORD_HEADERS, recordRows)));

        // Oldest record first: a file attached to several records is stored under the first one's rule and period.
        List<ObligationViews.Fulfilment> oldestFirst = new ArrayList<>(records);
        oldestFirst.sort(java.util.Comparator.comparing(ObligationViews.Fulfilment::happenedOn).thenComparing(ObligationViews.Fulfilment::id));
        Set<String> stored = new HashSet<>();
        for (ObligationViews.Fulfilment f : oldestFirst) {
            ObligationViews.Instance first = f.obligationIds().stream().map(byId::get).filter(java.util.Objects::nonNull)
                    .findFirst().orElse(null);
            String folder = "工作义务/证明材料/" + (first == null ? "未计入义务" : PackageOut.safeName(first.title()))
                    + "/" + (first == null ? f.happenedOn().toString().substring(0, 7) : PackageOut.safeName(first.period())) + "/";
            for (ObligationViews.Attachment a : f.attachments()) {
                if (!stored.add(a.sha256())) {
                    continue;
                }
                String path = folder + a.sha256().substring(0, 12) + "_" + PackageOut.safeName(a.fileName());
                if (out.has(path)) {
                    continue;
                }
                long recordId = f.id();
                long attachmentId = a.id();
                out.file(path, "evidence", PackageOut.about("fulfilment-attachment", attachmentId, f.version()), o -> {
                    AttachmentTransfer.StoredFile file = fulfilments.attachmentContent(recordId, attachmentId);
                    o.write(file.content());
                });
            }
        }
    }

    /** The organizations the package covers that lie in the caller's read scope are filtered by the queries; here: the subtree. */
    private Set<Long> coveredOrganizations(PackageScope scope) {
        if (!scope.subtree()) {
            return Set.of(scope.organizationId());
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM organization WHERE path LIKE ?1")
                .setParameter(1, scope.organizationPath() + "%").getResultList();
        return ids.stream().map(Number::longValue).collect(Collectors.toSet());
    }
}
