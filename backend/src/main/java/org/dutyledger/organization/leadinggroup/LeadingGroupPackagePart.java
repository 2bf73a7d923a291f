package org.dutyledger.organization.leadinggroup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.common.SqlParams;
import org.dutyledger.common.Xlsx;
import org.dutyledger.dossier.PackageContributor;
import org.dutyledger.dossier.PackageOut;
import org.dutyledger.dossier.PackagePart;
import org.dutyledger.dossier.PackageScope;
import org.dutyledger.dossier.PrintableTable;
import org.dutyledger.security.OrgScope;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The leading groups (领导小组) of an inspection package: one row per member of every configured group of the
 * organization (or its subtree) that the requester reads, as they stand when the package is built.
 */
@ApplicationScoped
public class LeadingGroupPackagePart implements PackageContributor {

    static final List<String> HEADERS = List.of("组织", "领导小组", "职务", "姓名", "岗位说明", "办公室", "办公室主任");

    @Inject
    EntityManager em;

    @Inject
    OrgScope orgScope;

    @Inject
    LeadingGroupService groups;

    @Override
    public PackagePart part() {
        return PackagePart.LEDGERS;
    }

    @Override
    public void write(PackageScope scope, PackageOut out) throws IOException {
        SqlParams params = SqlParams.forJpa();
        String where = scope.subtree() ? "o.path LIKE " + params.bind(scope.organizationPath() + "%")
                : "o.id = " + params.bind(scope.organizationId());
        @SuppressWarnings("unchecked")
        List<Object[]> orgs = params.applyTo(em.createNativeQuery("SELECT o.id, o.name FROM organization o JOIN leading_group g"
                + " ON g.organization_id = o.id WHERE " + where + " AND " + orgScope.readCondition("o.path", params)
                + " ORDER BY o.path")).getResultList();
        List<List<String>> rows = new ArrayList<>();
        for (Object[] o : orgs) {
            LeadingGroupView g = groups.get(((Number) o[0]).longValue());
            for (LeadingGroupView.Member m : g.members()) {
                rows.add(List.of((String) o[1], text(g.name()), position(m.position()), m.personName(), text(m.postText()),
                        g.officeDepartment() == null ? "" : g.officeDepartment().name(),
                        g.officeDirector() == null ? "" : g.officeDirector().name()));
            }
        }
        out.file("台账/领导小组.xlsx", "ledger", Map.of("entity", "leading-groups", "count", orgs.size()),
                PackageOut.download(Xlsx.download("领导小组.xlsx", "领导小组", HEADERS, rows)));
        out.file("台账/领导小组.html", "ledger", Map.of("entity", "leading-groups", "count", orgs.size()),
                PrintableTable.of(scope, "领导小组", HEADERS, rows));
    }

    private static String position(LeadingGroupPosition p) {
        return switch (p) {
            case LEADER -> "组长";
            case DEPUTY -> "副组长";
            case MEMBER -> "成员";
        };
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
