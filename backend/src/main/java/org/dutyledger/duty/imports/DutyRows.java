package org.dutyledger.duty.imports;

import org.dutyledger.channel.ChannelRepository;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import org.dutyledger.common.ProblemException;
import org.dutyledger.duty.DualDutyCoverage;
import org.dutyledger.duty.DutyAssignment;
import org.dutyledger.duty.DutyAssignmentRepository;
import org.dutyledger.duty.DutyLedgerRows;
import org.dutyledger.duty.DutyRole;
import org.dutyledger.duty.DutyService;
import org.dutyledger.duty.OneHolderAtATime;
import org.dutyledger.duty.DutyEndReason;
import org.dutyledger.duty.DutyRequests;
import org.dutyledger.integration.export.ExportScope;
import org.dutyledger.integration.imports.Cells;
import org.dutyledger.integration.imports.ImportColumn;
import org.dutyledger.integration.imports.ImportError;
import org.dutyledger.integration.imports.ImportKindBase;
import org.dutyledger.integration.imports.ImportRow;
import org.dutyledger.integration.imports.ImportState;
import org.dutyledger.integration.imports.Outcome;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.organization.imports.OrgLookups;
import org.dutyledger.person.PersonScope;
import org.dutyledger.person.imports.PersonLookups;
import org.dutyledger.security.OrgScope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Duty assignments by (机构, 责任类型, 人员, 阵地, 起始日期). A row matching a held assignment corrects its
 * end date, basis or scope (an end date alone ends it); otherwise it is assigned. The dry run checks the
 * rules of the responsibility system against the ledger and against the earlier rows of the file.
 */
@Singleton
public class DutyRows extends ImportKindBase {

    static final List<ImportColumn> COLUMNS = List.of(
            ImportColumn.code("organizationCode", "机构编码", true, 64, "已有机构的编码"),
            ImportColumn.choice("role", "责任类型", true, ImportColumn.labels(DutyRole.values(), r -> r.label), "填中文名称或代码"),
            ImportColumn.code("externalId", "OA 用户编号", true, 100, "已有人员的 OA 用户编号").alsoReads("人员编号"),
            ImportColumn.date("validFrom", "起始日期", true, "如 2026-03-01、2026/3/1、2026年3月1日"),
            ImportColumn.date("validTo", "截止日期", false, "最后一天（含）；为空表示仍在任"),
            ImportColumn.text("basisNumber", "依据文号", false, 100, "如 东湖党工〔2024〕1号"),
            ImportColumn.text("basisTitle", "依据文件名称", false, 300, ""),
            ImportColumn.text("channelName", "阵地名称", false, 200, "仅阵地管理员：本机构已有阵地的名称"),
            ImportColumn.codes("scopeOrganizationCodes", "一岗双责范围", 2000, "仅一岗双责：所分管机构的编码，用 、 或 ; 分隔，须在本机构之下"));

    private static final String PERIODS = "duty.periods";

    /** A period of an earlier row of the file. */
    record Period(int rowNo, String person, String channel, LocalDate from, LocalDate to) {
        boolean overlaps(LocalDate f, LocalDate t) {
            return OneHolderAtATime.overlaps(f, t, from, to);
        }
    }

    @Inject
    OrgLookups orgLookups;

    @Inject
    PersonLookups personLookups;

    @Inject
    OrgScope scope;

    @Inject
    PersonScope personScope;

    @Inject
    EntityManager em;

    @Inject
    ChannelRepository channels;

    @Inject
    OrganizationRepository organizations;

    @Inject
    DutyAssignmentRepository assignments;

    @Inject
    DutyService service;

    @Inject
    DutyLedgerRows ledger;

    @Inject
    OneHolderAtATime oneHolder;

    public DutyRows() {
        super("duty-assignments", "责任分工", "Duty assignments", 40, COLUMNS);
    }

    @Override
    public String exportSql(ExportScope rows) {
        return DutyLedgerRows.exportSql(rows.visible("o.path"));
    }

    @Override
    public String rowKey(ImportRow r) {
        if (!r.has("organizationCode") || !r.has("role") || !r.has("externalId") || !r.has("validFrom")) {
            return null;
        }
        return String.join("\u0000", r.get("organizationCode"), r.get("role"), r.get("externalId"),
                Objects.toString(r.get("channelName"), ""), r.get("validFrom"));
    }

    @Override
    public String keyField() {
        return "validFrom";
    }

    @Override
    public List<Outcome> validate(List<ImportRow> page, ImportState state) {
        Map<String, List<Period>> periods = state.defined.containsKey(PERIODS) ? state.get(PERIODS) : new HashMap<>();
        state.defined.put(PERIODS, periods);
        Set<String> codes = ImportRow.valuesOf(page, "organizationCode");
        page.forEach(r -> codes.addAll(Cells.codes(r.get("scopeOrganizationCodes"))));
        Map<String, OrgLookups.Org> orgs = orgLookups.orgs(codes);
        Map<String, PersonLookups.Person> people = personLookups.people(ImportRow.valuesOf(page, "externalId"));
        List<Outcome> out = new ArrayList<>();
        for (ImportRow r : page) {
            out.add(check(r, orgs, people, periods));
        }
        return out;
    }

    private Outcome check(ImportRow r, Map<String, OrgLookups.Org> orgs, Map<String, PersonLookups.Person> people,
                          Map<String, List<Period>> periods) {
        OrgLookups.Org org = r.has("organizationCode") ? orgs.get(r.get("organizationCode")) : null;
        if (r.has("organizationCode") && (org == null || !scope.canRead(org.path()))) {
            r.error("organizationCode", ImportError.UNKNOWN_REFERENCE, "机构编码「" + r.get("organizationCode") + "」不存在");
            org = null;
        }
        PersonLookups.Person person = r.has("externalId") ? people.get(r.get("externalId")) : null;
        if (r.has("externalId") && (person == null || !personScope.canRead(person.memberships()))) {
            r.error("externalId", ImportError.UNKNOWN_REFERENCE, "OA 用户编号「" + r.get("externalId") + "」不存在");
            person = null;
        }
        DutyRole role = role(r);
        LocalDate from = date(r, "validFrom");
        LocalDate to = date(r, "validTo");
        if (from != null && to != null && to.isBefore(from)) {
            r.error("validTo", ImportError.INVALID_DATE, "截止日期早于起始日期 " + from);
        }
        Long channelId = null;
        if (r.has("channelName")) {
            if (role != null && role != DutyRole.CHANNEL_ADMIN) {
                r.error("channelName", ImportError.INVALID_VALUE, "只有阵地管理员填写阵地名称");
            } else if (org != null) {
                channelId = channelId(org.id(), r.get("channelName"));
                if (channelId == null) {
                    r.error("channelName", ImportError.UNKNOWN_REFERENCE, "机构「" + org.code() + "」没有名为「" + r.get("channelName") + "」的阵地");
                }
            }
        }
        List<Long> scopeIds = scopeIds(r, role, org, orgs);
        if (org == null || person == null || role == null || from == null || !r.ok()) {
            return Outcome.CREATED;
        }
        if (person.active() == Boolean.FALSE) {
            r.error("externalId", ImportError.INVALID_VALUE, "人员「" + person.name() + "」已不在职");
        }
        DutyLedgerRows.Keyed existing = ledger.byKey(org.id(), role, person.id(), channelId, from).orElse(null);
        Outcome outcome = Outcome.CREATED;
        if (existing != null) {
            outcome = sameAs(r, existing, scopeIds) ? Outcome.UNCHANGED : Outcome.UPDATED;
        }
        if (outcome == Outcome.UNCHANGED) {
            return outcome;
        }
        if (!scope.canWrite(org.path())) {
            r.error("organizationCode", ImportError.OUT_OF_SCOPE, "您无权修改机构「" + org.code() + "」的责任分工");
            return outcome;
        }
        if (!org.active()) {
            r.error("organizationCode", ImportError.INVALID_VALUE, "机构「" + org.code() + "」已撤销");
        }
        conflicts(r, org, role, person, channelId, from, to, existing == null ? -1L : existing.id(), periods);
        return outcome;
    }

    private static boolean isCode(String v) {
        try {
            DutyRole.valueOf(v);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static DutyRole role(ImportRow r) {
        return isCode(r.get("role")) ? DutyRole.valueOf(r.get("role")) : null;
    }

    private static LocalDate date(ImportRow r, String field) {
        return Cells.iso(r.get(field));
    }

    private List<Long> scopeIds(ImportRow r, DutyRole role, OrgLookups.Org org, Map<String, OrgLookups.Org> orgs) {
        List<String> codes = Cells.codes(r.get("scopeOrganizationCodes"));
        List<Long> ids = new ArrayList<>();
        if (role == DutyRole.MEMBER_DUAL_DUTY && codes.isEmpty()) {
            r.error("scopeOrganizationCodes", ImportError.REQUIRED, "一岗双责须填写所分管机构的编码");
        } else if (role != null && role != DutyRole.MEMBER_DUAL_DUTY && !codes.isEmpty()) {
            r.error("scopeOrganizationCodes", ImportError.INVALID_VALUE, "只有一岗双责填写一岗双责范围");
            return ids;
        }
        Set<String> seen = new HashSet<>();
        for (String code : codes) {
            OrgLookups.Org o = orgs.get(code);
            if (o == null || !scope.canRead(o.path())) {
                r.error("scopeOrganizationCodes", ImportError.UNKNOWN_REFERENCE, "机构编码「" + code + "」不存在");
            } else if (org != null && !DualDutyCoverage.withinSubtree(org.path(), o.path())) {
                r.error("scopeOrganizationCodes", ImportError.INVALID_VALUE, "机构「" + code + "」不在「" + org.code() + "」之下");
            } else if (!seen.add(code)) {
                r.error("scopeOrganizationCodes", ImportError.INVALID_VALUE, "机构「" + code + "」重复填写");
            } else {
                ids.add(o.id());
            }
        }
        return ids;
    }

    private void conflicts(ImportRow r, OrgLookups.Org org, DutyRole role, PersonLookups.Person person, Long channelId,
                           LocalDate from, LocalDate to, long self, Map<String, List<Period>> periods) {
        boolean sole = oneHolder.sole(role, org.id());
        Optional<OneHolderAtATime.Holding> inTheWay = oneHolder.firstInTheWay(sole, org.id(), role, self, person.id(), channelId,
                from, to);
        if (inTheWay.isPresent()) {
            OneHolderAtATime.Holding x = inTheWay.get();
            r.error("validFrom", ImportError.CONFLICT, "与" + x.personName() + "的" + role.label + "任期（" + x.validFrom() + " – "
                    + (x.validTo() == null ? "" : x.validTo()) + "）重叠" + (sole ? "：本机构同一时间只能有一位" + role.label : ""));
            return;
        }
        String key = org.code() + "\u0000" + role;
        List<Period> earlier = periods.computeIfAbsent(key, k -> new ArrayList<>());
        for (Period p : earlier) {
            if (OneHolderAtATime.inTheWay(sole, person.externalId(), r.get("channelName"), p.person(), p.channel())
                    && p.overlaps(from, to)) {
                r.error("validFrom", ImportError.CONFLICT, "与第 " + p.rowNo() + " 行的" + role.label + "任期重叠"
                        + (sole ? "：本机构同一时间只能有一位" + role.label : ""));
                return;
            }
        }
        earlier.add(new Period(r.rowNo, person.externalId(), r.get("channelName"), from, to));
    }

    private Long channelId(long organizationId, String name) {
        return channels.idByName(organizationId, name).orElse(null);
    }

    private static boolean sameAs(ImportRow r, DutyLedgerRows.Keyed existing, List<Long> scopeIds) {
        String to = existing.validTo() == null ? null : existing.validTo().toString();
        String scopes = scopeIds.stream().sorted().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse(null);
        return (!r.values.containsKey("validTo") || Objects.equals(r.get("validTo"), to))
                && (!r.values.containsKey("basisNumber") || Objects.equals(r.get("basisNumber"), existing.basisNumber()))
                && (!r.values.containsKey("basisTitle") || Objects.equals(r.get("basisTitle"), existing.basisTitle()))
                && (!r.values.containsKey("scopeOrganizationCodes") || Objects.equals(scopes, existing.scopeIds()));
    }

    @Override
    public Outcome commit(ImportRow r, ImportState state) {
        Organization org = organizations.byCode(r.get("organizationCode")).orElseThrow(() ->
                ProblemException.unknownReference("organizationCode", "organization", r.get("organizationCode")));
        List<?> ids = em.createNativeQuery("SELECT id FROM person WHERE external_id = ?1").setParameter(1, r.get("externalId")).getResultList();
        if (ids.isEmpty()) {
            throw ProblemException.unknownReference("externalId", "person", r.get("externalId"));
        }
        long personId = ((Number) ids.get(0)).longValue();
        DutyRole role = DutyRole.valueOf(r.get("role"));
        LocalDate from = LocalDate.parse(r.get("validFrom"));
        LocalDate to = date(r, "validTo");
        Long channelId = null;
        if (r.has("channelName")) {
            channelId = channelId(org.id, r.get("channelName"));
            if (channelId == null) {
                throw ProblemException.unknownReference("channelName", "channel", r.get("channelName"));
            }
        }
        List<Long> scopeIds = new ArrayList<>();
        for (String code : Cells.codes(r.get("scopeOrganizationCodes"))) {
            scopeIds.add(organizations.byCode(code).orElseThrow(() ->
                    ProblemException.unknownReference("scopeOrganizationCodes", "organization", code)).id);
        }
        DutyLedgerRows.Keyed existing = ledger.byKey(org.id, role, personId, channelId, from).orElse(null);
        if (existing == null) {
            service.assign(new DutyRequests.Assign(personId, org.id, role, from, to,
                    new DutyRequests.Basis(r.get("basisNumber"), r.get("basisTitle")), scopeIds, channelId));
            return Outcome.CREATED;
        }
        if (sameAs(r, existing, scopeIds)) {
            return Outcome.UNCHANGED;
        }
        DutyAssignment a = assignments.require(existing.id());
        LocalDate newTo = r.values.containsKey("validTo") ? to : a.validTo;
        String number = r.values.containsKey("basisNumber") ? r.get("basisNumber") : a.basisNumber;
        String title = r.values.containsKey("basisTitle") ? r.get("basisTitle") : a.basisTitle;
        List<Long> newScope = r.values.containsKey("scopeOrganizationCodes") ? scopeIds
                : assignments.scopes(List.of(a.id)).getOrDefault(a.id, List.of());
        boolean onlyEnds = a.validTo == null && newTo != null && Objects.equals(number, a.basisNumber)
                && Objects.equals(title, a.basisTitle) && new HashSet<>(newScope).equals(new HashSet<>(
                assignments.scopes(List.of(a.id)).getOrDefault(a.id, List.of())));
        if (onlyEnds) {
            service.end(a.id, new DutyRequests.End(a.version, newTo, null), DutyEndReason.IMPORTED);
        } else {
            service.correct(a.id, new DutyRequests.Correct(a.version, "批量导入更正（导入任务 #" + state.jobId + "）", personId,
                    role, from, newTo, new DutyRequests.Basis(number, title), newScope, channelId));
        }
        return Outcome.UPDATED;
    }
}
