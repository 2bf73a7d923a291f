package org.dutyledger.person.imports;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.dutyledger.common.ProblemException;
import org.dutyledger.integration.export.ExportScope;
import org.dutyledger.integration.imports.ImportColumn;
import org.dutyledger.integration.imports.ImportError;
import org.dutyledger.integration.imports.ImportKindBase;
import org.dutyledger.integration.imports.ImportRow;
import org.dutyledger.integration.imports.ImportState;
import org.dutyledger.integration.imports.Outcome;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.organization.imports.OrgLookups;
import org.dutyledger.person.MembershipLine;
import org.dutyledger.person.MembershipRole;
import org.dutyledger.person.Person;
import org.dutyledger.person.PersonQueries;
import org.dutyledger.person.PersonRepository;
import org.dutyledger.person.PersonScope;
import org.dutyledger.person.PersonService;
import org.dutyledger.person.PersonRequests;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person's membership of an organization, by (OA 用户编号, 机构编码): added, or its role / primary flag
 * changed; the person's other memberships stay. 主要机构=是 moves the primary flag to this organization.
 */
@Singleton
public class MembershipRows extends ImportKindBase {

    static final List<ImportColumn> COLUMNS = List.of(
            ImportColumn.code("externalId", "OA 用户编号", true, 100, "已有人员的 OA 用户编号").alsoReads("人员编号"),
            ImportColumn.code("organizationCode", "机构编码", true, 64, "已有机构的编码"),
            ImportColumn.choice("role", "关系", true, roleLabels(), "在编（工作人员，可维护本机构台账）或 成员（只读）"),
            ImportColumn.bool("primary", "主要机构", "是/否；每人恰有一个主要机构，填「是」会取代原主要机构"));

    /** Person external id → row that makes another organization primary. */
    private static final String PRIMARY = "membership.primary";

    @Inject
    OrgLookups orgLookups;

    @Inject
    PersonLookups personLookups;

    @Inject
    PersonScope personScope;

    @Inject
    PersonRepository people;

    @Inject
    PersonQueries personQueries;

    @Inject
    OrganizationRepository organizations;

    @Inject
    PersonService service;

    public MembershipRows() {
        super("memberships", "人员所属机构", "Memberships", 30, COLUMNS);
    }

    @Override
    public String exportSql(ExportScope rows) {
        return """
                SELECT pe.external_id, o.code, m.role, m.is_primary::text
                FROM membership m JOIN person pe ON pe.id = m.person_id JOIN organization o ON o.id = m.organization_id
                WHERE %s ORDER BY o.path, pe.external_id NULLS LAST, pe.id""".formatted(rows.visible("o.path"));
    }

    @Override
    public String rowKey(ImportRow row) {
        return row.has("externalId") && row.has("organizationCode") ? row.get("externalId") + "\u0000" + row.get("organizationCode") : null;
    }

    @Override
    public String keyField() {
        return "organizationCode";
    }

    @Override
    public List<Outcome> validate(List<ImportRow> page, ImportState state) {
        Map<String, Integer> primaries = state.defined.containsKey(PRIMARY) ? state.get(PRIMARY) : new HashMap<>();
        state.defined.put(PRIMARY, primaries);
        Map<String, PersonLookups.Person> db = personLookups.people(ImportRow.valuesOf(page, "externalId"));
        Map<String, OrgLookups.Org> orgs = orgLookups.orgs(ImportRow.valuesOf(page, "organizationCode"));
        List<Outcome> out = new ArrayList<>();
        for (ImportRow r : page) {
            out.add(check(r, db, orgs, primaries));
        }
        return out;
    }

    private Outcome check(ImportRow r, Map<String, PersonLookups.Person> db, Map<String, OrgLookups.Org> orgs, Map<String, Integer> primaries) {
        PersonLookups.Person p = r.has("externalId") ? db.get(r.get("externalId")) : null;
        OrgLookups.Org org = r.has("organizationCode") ? orgs.get(r.get("organizationCode")) : null;
        if (r.has("externalId") && (p == null || !personScope.canRead(p.memberships()) && !personScope.isAdmin())) {
            r.error("externalId", ImportError.UNKNOWN_REFERENCE, "OA 用户编号「" + r.get("externalId") + "」不存在");
        }
        if (r.has("organizationCode") && (org == null || !personScope.canReadOrganization(org.path()))) {
            r.error("organizationCode", ImportError.UNKNOWN_REFERENCE, "机构编码「" + r.get("organizationCode") + "」不存在");
        }
        if (p == null || org == null || !r.ok()) {
            return Outcome.UNCHANGED;
        }
        MembershipLine current = p.memberships().stream().filter(m -> m.organizationId() == org.id()).findFirst().orElse(null);
        MembershipRole role = MembershipRole.valueOf(r.get("role"));
        boolean primary = wantsPrimary(r, current, p.memberships());
        if (r.has("primary") && Boolean.parseBoolean(r.get("primary"))) {
            Integer first = primaries.putIfAbsent(p.externalId(), r.rowNo);
            if (first != null) {
                r.error("primary", ImportError.CONFLICT, "每人只有一个主要机构：第 " + first + " 行已把另一机构设为主要机构");
            }
        } else if (current != null && current.primary() && "false".equals(r.get("primary"))) {
            r.error("primary", ImportError.CONFLICT, "不能取消唯一的主要机构：请在另一行把其他机构设为主要机构「是」");
        }
        Outcome outcome = current == null ? Outcome.CREATED
                : current.role() == role && current.primary() == primary ? Outcome.UNCHANGED : Outcome.UPDATED;
        if (current == null && !org.active()) {
            r.error("organizationCode", ImportError.INVALID_VALUE, "机构「" + org.code() + "」已撤销");
        }
        if (outcome != Outcome.UNCHANGED) {
            if (!personScope.canWriteOrganization(org.path())) {
                r.error("organizationCode", ImportError.OUT_OF_SCOPE, "您无权修改机构「" + org.code() + "」的人员");
            } else if (!personScope.canWrite(p.memberships())) {
                r.error("externalId", ImportError.OUT_OF_SCOPE, "您无权修改人员「" + p.name() + "」");
            }
        }
        return outcome;
    }

    /** 是 → primary; 否 or blank → as it is (a first membership becomes primary). */
    private static boolean wantsPrimary(ImportRow r, MembershipLine current, List<MembershipLine> all) {
        if (r.has("primary") && Boolean.parseBoolean(r.get("primary"))) {
            return true;
        }
        if (current != null) {
            return current.primary();
        }
        return all.isEmpty();
    }

    @Override
    public Outcome commit(ImportRow r, ImportState state) {
        List<?> ids = people.getEntityManager().createNativeQuery("SELECT id FROM person WHERE external_id = ?1")
                .setParameter(1, r.get("externalId")).getResultList();
        if (ids.isEmpty()) {
            throw ProblemException.unknownReference("externalId", "person", r.get("externalId"));
        }
        Person p = people.require(((Number) ids.get(0)).longValue());
        Organization org = organizations.byCode(r.get("organizationCode")).orElseThrow(() ->
                ProblemException.unknownReference("organizationCode", "organization", r.get("organizationCode")));
        List<MembershipLine> lines = personQueries.memberships(p.id);
        MembershipLine current = lines.stream().filter(m -> m.organizationId() == org.id).findFirst().orElse(null);
        MembershipRole role = MembershipRole.valueOf(r.get("role"));
        boolean primary = wantsPrimary(r, current, lines);
        if (current != null && current.role() == role && current.primary() == primary) {
            return Outcome.UNCHANGED;
        }
        List<PersonRequests.MembershipEntry> entries = new ArrayList<>();
        for (MembershipLine m : lines) {
            if (m.organizationId() != org.id) {
                entries.add(new PersonRequests.MembershipEntry(m.organizationId(), m.role(), m.primary() && !primary));
            }
        }
        entries.add(new PersonRequests.MembershipEntry(org.id, role, primary));
        service.replaceMemberships(p.id, new PersonRequests.ReplaceMemberships(p.version, entries));
        return current == null ? Outcome.CREATED : Outcome.UPDATED;
    }

    private static Map<String, String> roleLabels() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("STAFF", "在编");
        m.put("MEMBER", "成员");
        return m;
    }
}
