package org.dutyledger.person.imports;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import org.dutyledger.common.BatchItemException;
import org.dutyledger.common.ProblemException;
import org.dutyledger.integration.export.ExportScope;
import org.dutyledger.integration.imports.BulkCreates;
import org.dutyledger.integration.imports.ImportColumn;
import org.dutyledger.integration.imports.ImportError;
import org.dutyledger.integration.imports.ImportKindBase;
import org.dutyledger.integration.imports.ImportRow;
import org.dutyledger.integration.imports.ImportState;
import org.dutyledger.integration.imports.Lookups;
import org.dutyledger.integration.imports.Outcome;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.organization.imports.OrgLookups;
import org.dutyledger.person.MembershipRole;
import org.dutyledger.person.Person;
import org.dutyledger.person.PersonBulkCreate;
import org.dutyledger.person.PersonRepository;
import org.dutyledger.person.PersonScope;
import org.dutyledger.person.PersonService;
import org.dutyledger.person.PersonRequests;
import org.dutyledger.security.CurrentUser;
import org.dutyledger.security.ServiceAccounts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * People by OA 用户编号 (external id). A new person joins 所属机构编码 as MEMBER (primary); a non-administrator
 * must name one where they are STAFF. An existing person's memberships are left alone (see memberships).
 */
@Singleton
public class PeopleRows extends ImportKindBase implements BulkCreates {

    static final List<ImportColumn> COLUMNS = List.of(
            ImportColumn.code("externalId", "OA 用户编号", true, 100, "人员在 OA 等系统中的用户编号，按编号新增或更新").alsoReads("人员编号"),
            ImportColumn.text("name", "姓名", true, 100, ""),
            ImportColumn.text("post", "职务", false, 200, ""),
            ImportColumn.folded("phone", "电话", false, 40, "数字、空格、'-'、括号，可加前导 '+'"),
            ImportColumn.code("email", "邮箱", false, 200, ""),
            ImportColumn.code("username", "登录名", false, 100, "统一身份认证中的登录名；留空则不修改"),
            ImportColumn.bool("active", "在职", "是/否，默认 是"),
            ImportColumn.code("organizationCode", "所属机构编码", false, 64,
                    "仅新增人员时使用：以「成员」身份加入该机构并作为主要机构；非系统管理员新增人员时必填。已有人员的所属机构请用「人员所属机构」导入"));

    static final String PHONE = "[+]?[0-9][0-9 ()-]{2,38}";
    static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    static final String USERNAME = "[A-Za-z0-9][A-Za-z0-9._@-]{0,99}";
    private static final String USERNAMES = "people.usernames";
    private static final String LOGIN_ADMIN_ONLY = "设置或修改登录名仅限管理员或目录同步";
    private static final String STANDING_NEEDS_ALL = "修改姓名或在职状态须对该人员的所有所属机构有管理权限";

    @Inject
    OrgLookups orgLookups;

    @Inject
    PersonLookups personLookups;

    @Inject
    PersonScope personScope;

    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    @Inject
    PersonRepository people;

    @Inject
    OrganizationRepository organizations;

    @Inject
    PersonService service;

    @Inject
    PersonBulkCreate bulk;

    public PeopleRows() {
        super("people", "人员", "People", 20, COLUMNS);
    }

    @Override
    public String exportSql(ExportScope rows) {
        return """
                SELECT pe.external_id, pe.name, pe.post, pe.phone, pe.email, pe.username, pe.active::text,
                  (SELECT po.code FROM membership pm JOIN organization po ON po.id = pm.organization_id
                    WHERE pm.person_id = pe.id AND pm.is_primary LIMIT 1)
                FROM person pe WHERE %s ORDER BY pe.external_id NULLS LAST, pe.id""".formatted(rows.everything() ? "TRUE"
                : "EXISTS (SELECT 1 FROM membership m JOIN organization o ON o.id = m.organization_id "
                + "WHERE m.person_id = pe.id AND " + rows.visible("o.path") + ")");
    }

    @Override
    public String rowKey(ImportRow row) {
        return row.get("externalId");
    }

    @Override
    public String keyField() {
        return "externalId";
    }

    @Override
    public List<Outcome> validate(List<ImportRow> page, ImportState state) {
        Map<String, Integer> usernames = state.defined.containsKey(USERNAMES) ? state.get(USERNAMES) : new HashMap<>();
        state.defined.put(USERNAMES, usernames);
        Map<String, PersonLookups.Person> db = personLookups.people(ImportRow.valuesOf(page, "externalId"));
        Map<String, OrgLookups.Org> orgs = orgLookups.orgs(ImportRow.valuesOf(page, "organizationCode"));
        Map<String, String> loginOwners = loginOwners(ImportRow.valuesOf(page, "username"));
        List<Outcome> out = new ArrayList<>();
        for (ImportRow r : page) {
            formats(r);
            PersonLookups.Person existing = r.has("externalId") ? db.get(r.get("externalId")) : null;
            String login = r.get("username");
            if (login != null) {
                Integer first = usernames.putIfAbsent(login, r.rowNo);
                String owner = loginOwners.get(login);
                if (first != null) {
                    r.error("username", ImportError.DUPLICATE, "登录名与第 " + first + " 行重复");
                } else if (owner != null && !owner.equals(r.get("externalId"))) {
                    r.error("username", ImportError.CONFLICT, "登录名「" + login + "」已被其他人员使用");
                }
            }
            out.add(existing == null ? checkNew(r, orgs) : checkExisting(r, existing));
        }
        return out;
    }

    private void formats(ImportRow r) {
        if (r.has("phone") && !r.get("phone").matches(PHONE)) {
            r.error("phone", ImportError.INVALID_VALUE, "电话只能包含数字、空格、'-'、括号和前导 '+'");
        }
        if (r.has("email") && !r.get("email").matches(EMAIL)) {
            r.error("email", ImportError.INVALID_VALUE, "邮箱格式应如 name@example.org");
        }
        if (r.has("username") && !r.get("username").matches(USERNAME)) {
            r.error("username", ImportError.INVALID_VALUE, "登录名只能包含字母、数字、'.'、'_'、'@'、'-'");
        } else if (r.has("username") && ServiceAccounts.isServiceAccountName(r.get("username"))) {
            r.error("username", ImportError.INVALID_VALUE, "登录名不能是服务账号（service-account-…）");
        }
    }

    private Outcome checkNew(ImportRow r, Map<String, OrgLookups.Org> orgs) {
        if (r.has("username") && !user.isAdmin()) {
            r.error("username", ImportError.OUT_OF_SCOPE, LOGIN_ADMIN_ONLY);
        }
        String code = r.get("organizationCode");
        if (code == null) {
            if (!user.isAdmin()) {
                r.error("organizationCode", ImportError.REQUIRED, "新增人员须填写所属机构编码（您有管理权限的机构）");
            }
            return Outcome.CREATED;
        }
        OrgLookups.Org org = orgs.get(code);
        if (org == null || !personScope.canReadOrganization(org.path())) {
            r.error("organizationCode", ImportError.UNKNOWN_REFERENCE, "机构编码「" + code + "」不存在");
        } else if (!org.active()) {
            r.error("organizationCode", ImportError.INVALID_VALUE, "机构「" + code + "」已撤销");
        } else if (!personScope.canWriteOrganization(org.path())) {
            r.error("organizationCode", ImportError.OUT_OF_SCOPE, "您无权在机构「" + code + "」中新增人员");
        }
        return Outcome.CREATED;
    }

    private Outcome checkExisting(ImportRow r, PersonLookups.Person p) {
        if (!personScope.canRead(p.memberships())) {
            r.error("externalId", ImportError.OUT_OF_SCOPE, "OA 用户编号「" + p.externalId() + "」属于您管辖范围之外的人员");
            return Outcome.UNCHANGED;
        }
        boolean loginChanges = r.has("username") && !r.get("username").equals(p.username());
        boolean differs = loginChanges
                || r.has("name") && !r.get("name").equals(p.name())
                || r.values.containsKey("post") && !Objects.equals(r.get("post"), p.post())
                || r.values.containsKey("phone") && !Objects.equals(r.get("phone"), p.phone())
                || r.values.containsKey("email") && !Objects.equals(r.get("email"), p.email())
                || r.has("active") && Boolean.parseBoolean(r.get("active")) != p.active();
        if (differs && !personScope.canWrite(p.memberships())) {
            r.error("externalId", ImportError.OUT_OF_SCOPE, "您无权修改人员「" + p.name() + "」");
        } else if (loginChanges && !user.isAdmin()) {
            r.error("username", ImportError.OUT_OF_SCOPE, LOGIN_ADMIN_ONLY);
        } else if (!user.isAdmin() && !p.memberships().stream().allMatch(m -> personScope.canWriteOrganization(m.path()))) {
            // Standing fields count in all of the person's organizations (PersonScope.requireStandingRights).
            if (r.has("name") && !r.get("name").equals(p.name())) {
                r.error("name", ImportError.OUT_OF_SCOPE, STANDING_NEEDS_ALL);
            }
            if (r.has("active") && Boolean.parseBoolean(r.get("active")) != p.active()) {
                r.error("active", ImportError.OUT_OF_SCOPE, STANDING_NEEDS_ALL);
            }
        }
        return differs ? Outcome.UPDATED : Outcome.UNCHANGED;
    }

    private Map<String, String> loginOwners(Set<String> logins) {
        Map<String, String> out = new HashMap<>();
        if (logins.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT username, coalesce(external_id, '#' || id) FROM person WHERE username = ANY(?1)")
                .setParameter(1, logins.toArray(String[]::new)).getResultList();
        rows.forEach(r -> out.put((String) r[0], (String) r[1]));
        return out;
    }

    @Override
    public Outcome commit(ImportRow r, ImportState state) {
        String externalId = r.get("externalId");
        List<?> ids = em.createNativeQuery("SELECT id FROM person WHERE external_id = ?1").setParameter(1, externalId).getResultList();
        boolean active = !r.has("active") || Boolean.parseBoolean(r.get("active"));
        if (ids.isEmpty()) {
            Organization org = r.has("organizationCode") ? organizations.byCode(r.get("organizationCode")).orElseThrow(() ->
                    ProblemException.unknownReference("organizationCode", "organization", r.get("organizationCode"))) : null;
            service.create(creation(r, org == null ? null : org.id));
            return Outcome.CREATED;
        }
        Person p = people.require(((Number) ids.get(0)).longValue());
        boolean differs = !p.name.equals(r.get("name"))
                || r.values.containsKey("post") && !Objects.equals(p.post, r.get("post"))
                || r.values.containsKey("phone") && !Objects.equals(p.phone, r.get("phone"))
                || r.values.containsKey("email") && !Objects.equals(p.email, r.get("email"))
                || r.has("username") && !r.get("username").equals(p.username)
                || r.has("active") && active != p.active;
        if (!differs) {
            return Outcome.UNCHANGED;
        }
        service.update(p.id, new PersonRequests.Update(p.version, r.get("name"), text(r, "post"), text(r, "phone"),
                text(r, "email"), null, r.get("username"), r.has("active") ? active : null));
        return Outcome.UPDATED;
    }

    /** A column the file has: its value, "" to clear it; a column it lacks: null, left as it is. */
    private static String text(ImportRow r, String field) {
        return r.values.containsKey(field) ? Objects.requireNonNullElse(r.get(field), "") : null;
    }

    /** A new person as the file describes them; the main organization joined as MEMBER. */
    private static PersonRequests.Create creation(ImportRow r, Long organizationId) {
        List<PersonRequests.MembershipEntry> memberships = organizationId == null ? List.of()
                : List.of(new PersonRequests.MembershipEntry(organizationId, MembershipRole.MEMBER, true));
        return new PersonRequests.Create(r.get("name"), r.get("post"), r.get("phone"), r.get("email"), r.get("externalId"),
                r.get("username"), !r.has("active") || Boolean.parseBoolean(r.get("active")), memberships);
    }

    @Override
    public Set<String> existingKeys(List<ImportRow> page) {
        return Lookups.existing(em, "SELECT external_id FROM person WHERE external_id = ANY(?1)", page, this);
    }

    @Override
    public void createAll(List<ImportRow> rows) {
        Map<String, OrgLookups.Org> orgs = orgLookups.orgs(ImportRow.valuesOf(rows, "organizationCode"));
        List<PersonRequests.Create> requests = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ImportRow r = rows.get(i);
            OrgLookups.Org org = r.has("organizationCode") ? orgs.get(r.get("organizationCode")) : null;
            if (r.has("organizationCode") && org == null) {
                throw new BatchItemException(i,
                        ProblemException.unknownReference("organizationCode", "organization", r.get("organizationCode")));
            }
            requests.add(creation(r, org == null ? null : org.id()));
        }
        bulk.createAll(requests);
    }
}
