package org.dutyledger.organization.imports;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.Texts;
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
import org.dutyledger.organization.OrganizationBulkCreate;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.organization.OrganizationService;
import org.dutyledger.organization.OrganizationType;
import org.dutyledger.organization.OrganizationRequests;
import org.dutyledger.security.OrgScope;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Organizations by code. A parent may be an existing organization or one defined above in the same file;
 * a new organization may be written where the uploader may write its parent (an existing one, or one of
 * this file that is itself writable); only an administrator creates roots.
 */
@Singleton
public class OrganizationRows extends ImportKindBase implements BulkCreates {

    static final List<ImportColumn> COLUMNS = List.of(
            ImportColumn.code("code", "机构编码", true, 64, "机构的唯一编码，按编码新增或更新；字母、数字、'.'、'_'、'-'"),
            ImportColumn.text("name", "机构名称", true, 200, "全称"),
            ImportColumn.text("shortName", "简称", false, 100, "可空"),
            ImportColumn.choice("type", "机构类型", true, ImportColumn.labels(OrganizationType.values(), OrganizationRows::typeLabel), "填中文名称或代码"),
            ImportColumn.code("parentCode", "上级机构编码", false, 64, "上级机构的编码：已有机构，或本文件中位于本行之上的机构；为空表示根机构（仅系统管理员）"),
            ImportColumn.integer("sortOrder", "排序", "同级机构中的排序号，整数，默认 0"));

    /** Code of an organization defined in this file → may the uploader write under it. */
    private static final String WRITABLE = "org.writable";

    @Inject
    OrgLookups orgLookups;

    @Inject
    OrgScope scope;

    @Inject
    OrganizationRepository organizations;

    @Inject
    OrganizationService service;

    @Inject
    OrganizationBulkCreate bulk;

    @Inject
    EntityManager em;

    public OrganizationRows() {
        super("organizations", "机构", "Organizations", 10, COLUMNS);
    }

    @Override
    public String exportSql(ExportScope rows) {
        return """
                SELECT o.code, o.name, o.short_name, o.type, pa.code, o.sort_order::text
                FROM organization o LEFT JOIN organization pa ON pa.id = o.parent_id
                WHERE o.active AND %s ORDER BY o.path""".formatted(rows.visible("o.path"));
    }

    @Override
    public String rowKey(ImportRow row) {
        return row.get("code");
    }

    @Override
    public String keyField() {
        return "code";
    }

    @Override
    public List<Outcome> validate(List<ImportRow> page, ImportState state) {
        Map<String, Boolean> writable = state.defined.containsKey(WRITABLE) ? state.get(WRITABLE) : new HashMap<>();
        state.defined.put(WRITABLE, writable);
        Map<String, OrgLookups.Org> db = orgLookups.orgs(ImportRow.valuesOf(page, "code", "parentCode"));
        List<Outcome> out = new ArrayList<>();
        for (ImportRow r : page) {
            out.add(check(r, db, writable));
        }
        return out;
    }

    private Outcome check(ImportRow r, Map<String, OrgLookups.Org> db, Map<String, Boolean> writable) {
        String code = r.get("code");
        if (code != null && !code.matches(OrganizationRequests.CODE_PATTERN)) {
            r.error("code", ImportError.INVALID_VALUE, "机构编码只能由字母、数字、'.'、'_'、'-' 组成，且以字母或数字开头");
        }
        OrgLookups.Org existing = code == null ? null : db.get(code);
        boolean parentGiven = r.values.containsKey("parentCode");
        String parentCode = r.get("parentCode");
        OrgLookups.Org parentInDb = null;
        Boolean parentInFile = null;
        if (parentCode != null) {
            parentInFile = writable.get(parentCode);
            parentInDb = parentInFile == null ? db.get(parentCode) : null;
            if (parentCode.equals(code)) {
                r.error("parentCode", ImportError.INVALID_VALUE, "上级机构不能是本机构");
                parentInFile = null;
            } else if (parentInFile == null && parentInDb == null) {
                r.error("parentCode", ImportError.UNKNOWN_REFERENCE,
                        "上级机构编码「" + parentCode + "」不存在，也未在本文件中位于本行之上定义");
            } else if (parentInDb != null && !parentInDb.active()) {
                r.error("parentCode", ImportError.INVALID_VALUE, "上级机构「" + parentCode + "」已撤销");
            }
        }
        boolean mayWrite;
        Outcome outcome;
        if (existing == null) {
            outcome = Outcome.CREATED;
            if (parentCode == null) {
                mayWrite = scope.canWrite("/");
                if (!mayWrite && code != null) {
                    r.error("parentCode", ImportError.OUT_OF_SCOPE, "只有系统管理员可以新增根机构（未填上级机构编码）");
                }
            } else {
                mayWrite = parentInFile != null ? parentInFile : parentInDb != null && scope.canWrite(parentInDb.path());
                if (!mayWrite && (parentInFile != null || parentInDb != null)) {
                    r.error("parentCode", ImportError.OUT_OF_SCOPE, "您无权在机构「" + parentCode + "」下新增机构");
                }
            }
        } else {
            boolean moves = parentCode != null && !parentCode.equals(existing.parentCode());
            if (parentGiven && parentCode == null && existing.parentId() != null) {
                r.error("parentCode", ImportError.INVALID_VALUE, "已有机构不能改为根机构，请填写上级机构编码");
            }
            boolean differs = moves || differs(r, existing);
            outcome = differs ? Outcome.UPDATED : Outcome.UNCHANGED;
            mayWrite = scope.canWrite(existing.path());
            if (!scope.canRead(existing.path())) {
                r.error("code", ImportError.OUT_OF_SCOPE, "机构编码「" + code + "」已被您管辖范围之外的机构使用");
            } else if (differs && !mayWrite) {
                r.error("code", ImportError.OUT_OF_SCOPE, "您无权修改机构「" + code + "」");
            } else if (moves && parentInDb != null && parentInDb.path().startsWith(existing.path())) {
                r.error("parentCode", ImportError.INVALID_VALUE, "不能把机构移到它自己的下级机构之下");
            } else if (moves && parentInDb != null && !scope.canWrite(parentInDb.path())
                    || moves && Boolean.FALSE.equals(parentInFile)) {
                r.error("parentCode", ImportError.OUT_OF_SCOPE, "您无权把机构移到「" + parentCode + "」之下");
            }
        }
        if (code != null) {
            writable.putIfAbsent(code, mayWrite && r.ok());
        }
        return outcome;
    }

    private static boolean differs(ImportRow r, OrgLookups.Org o) {
        return r.has("name") && !r.get("name").equals(o.name())
                || r.values.containsKey("shortName") && !Objects.equals(r.get("shortName"), o.shortName())
                || r.has("type") && !r.get("type").equals(o.type())
                || r.values.containsKey("sortOrder") && sortOrder(r) != o.sortOrder();
    }

    private static int sortOrder(ImportRow r) {
        return r.get("sortOrder") == null ? 0 : Integer.parseInt(r.get("sortOrder"));
    }

    @Override
    public Outcome commit(ImportRow r, ImportState state) {
        String code = r.get("code");
        String parentCode = r.get("parentCode");
        Organization parent = parentCode == null ? null : organizations.byCode(parentCode)
                .orElseThrow(() -> ProblemException.unknownReference("parentCode", "organization", parentCode));
        OrganizationType type = OrganizationType.valueOf(r.get("type"));
        var existing = organizations.byCode(code);
        if (existing.isEmpty()) {
            service.create(new OrganizationRequests.Create(code, r.get("name"), r.get("shortName"), type,
                    parent == null ? null : parent.id, sortOrder(r)));
            return Outcome.CREATED;
        }
        Organization org = existing.get();
        boolean fieldsDiffer = !org.name.equals(r.get("name"))
                || r.values.containsKey("shortName") && !Objects.equals(org.shortName, Texts.clean(r.get("shortName")))
                || org.type != type
                || r.values.containsKey("sortOrder") && org.sortOrder != sortOrder(r);
        boolean moves = parent != null && !Objects.equals(parent.id, org.parentId);
        if (!fieldsDiffer && !moves) {
            return Outcome.UNCHANGED;
        }
        if (fieldsDiffer) {
            org = service.update(org.id, new OrganizationRequests.Update(org.version, r.get("name"),
                    r.values.containsKey("shortName") ? Objects.requireNonNullElse(r.get("shortName"), "") : null, type,
                    r.values.containsKey("sortOrder") ? sortOrder(r) : null));
        }
        if (moves) {
            service.move(org.id, new OrganizationRequests.Move(org.version, parent.id));
        }
        return Outcome.UPDATED;
    }

    @Override
    public Set<String> existingKeys(List<ImportRow> page) {
        return Lookups.existing(em, "SELECT code FROM organization WHERE code = ANY(?1)", page, this);
    }

    @Override
    public void createAll(List<ImportRow> rows) {
        List<OrganizationBulkCreate.Item> items = new ArrayList<>(rows.size());
        for (ImportRow r : rows) {
            items.add(new OrganizationBulkCreate.Item(r.get("code"), r.get("name"), r.get("shortName"),
                    OrganizationType.valueOf(r.get("type")), r.get("parentCode"), sortOrder(r)));
        }
        bulk.createAll(items);
    }

    /** The Chinese name of a type in the template (the API code is accepted too). */
    static String typeLabel(OrganizationType t) {
        return switch (t) {
            case PARTY_COMMITTEE -> "党委";
            case PARTY_GROUP -> "党组";
            case PARTY_WORKING_COMMITTEE -> "党工委";
            case PARTY_BRANCH -> "党支部";
            case GOVERNMENT_DEPARTMENT -> "政府部门";
            case COMPANY -> "企业";
            case DEPARTMENT -> "内设部门";
            case TOWN -> "镇";
            case STREET -> "街道";
            case VILLAGE -> "村";
            case COMMUNITY -> "社区";
            case SCHOOL -> "学校";
            case OTHER -> "其他";
        };
    }
}
