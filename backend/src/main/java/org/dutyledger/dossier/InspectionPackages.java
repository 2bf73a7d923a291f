package org.dutyledger.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.dutyledger.audit.AuditTrail;
import org.dutyledger.audit.Changes;
import org.dutyledger.common.FieldCode;
import org.dutyledger.common.ProblemException;
import org.dutyledger.security.CurrentUser;
import org.dutyledger.security.OrgScope;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Requesting, listing, reading and cancelling inspection packages; the building happens in {@link PackageWorker}. */
@ApplicationScoped
public class InspectionPackages {

    static final int MAX_DAYS = 366;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    OrgScope scope;

    @Inject
    AuditTrail audit;

    @Inject
    PackageWorker worker;

    @Inject
    PackageOrganizations organizations;

    @Inject
    PackageStore store;

    /** Checks the request (nothing is stored when it is refused), stores the job and wakes the worker after commit. */
    @Transactional
    public InspectionPackage request(PackageRequests.Create req) {
        if (user.isServiceAccount()) {
            throw ProblemException.forbidden("迎检材料包由人员生成，系统客户端不能生成", "Inspection packages are built by people, not by service accounts");
        }
        if (req == null) {
            throw ProblemException.badRequest("organizationId", FieldCode.REQUIRED);
        }
        LocalDate from = requiredDate("from", req.from());
        LocalDate to = requiredDate("to", req.to());
        List<PackagePart> parts = parts(req.parts());
        if (req.organizationId() == null) {
            throw ProblemException.badRequest("organizationId", FieldCode.REQUIRED);
        }
        if (to.isBefore(from)) {
            throw ProblemException.invalid("to", FieldCode.PERIOD_REVERSED, Map.of("start", from.toString()));
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw ProblemException.invalid("to", FieldCode.PERIOD_TOO_LONG, Map.of("max", MAX_DAYS));
        }
        PackageOrganizations.Org org = organizations.find(req.organizationId());
        // Read scope of one's own memberships (or admin/auditor): a CROSS inspection's read grant does not count here.
        if (org == null || !readsOwn(org.path())) {
            throw ProblemException.unknownReference("organizationId", "organization", req.organizationId());
        }
        CurrentUser.StoredIdentity who = user.capture();
        InspectionPackage p = new InspectionPackage();
        p.organizationId = org.id();
        p.from = from;
        p.to = to;
        p.subtree = req.subtree() == null || req.subtree();
        p.parts = String.join(",", parts.stream().map(Enum::name).toList());
        p.status = InspectionPackage.QUEUED;
        p.progressTotal = parts.size() + 1;
        p.fileName = fileName(org.name(), from, to);
        p.requestedBySubject = who.subject();
        p.requestedByUsername = who.username();
        p.requestedByAdmin = who.admin();
        p.requestedByAuditor = who.auditor();
        p.requestedByPersonId = user.personId();
        p.requestedByName = user.displayName();
        p.requestedAt = Instant.now();
        em.persist(p);
        em.flush();
        audit.record("package.requested", PackageWorker.ENTITY_TYPE, p.id, p.organizationId, Changes.create()
                .put("from", null, from.toString()).put("to", null, to.toString()).put("subtree", null, p.subtree)
                .put("parts", null, p.parts));
        worker.wakeAfterCommit();
        return p;
    }

    private boolean readsOwn(String path) {
        return scope.readsEverything() || user.memberships().stream().anyMatch(m -> path.startsWith(m.path()));
    }

    static String fileName(String orgName, LocalDate from, LocalDate to) {
        return PackageOut.safeName(orgName) + "_迎检材料包_" + from + "_" + to + ".zip";
    }

    private static LocalDate requiredDate(String field, LocalDate day) {
        if (day == null) {
            throw ProblemException.badRequest(field, FieldCode.REQUIRED);
        }
        return day;
    }

    /** The parts asked for, in canonical order without repeats; none named: all of them. */
    private static List<PackagePart> parts(List<String> raw) {
        if (raw == null || raw.isEmpty()) {
            return List.of(PackagePart.values());
        }
        List<PackagePart> asked = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String name = raw.get(i);
            try {
                asked.add(PackagePart.valueOf(name == null ? "" : name));
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("parts[" + i + "]", FieldCode.NOT_ONE_OF, Map.of("allowed",
                        String.join(", ", Arrays.stream(PackagePart.values()).map(Enum::name).toList())));
            }
        }
        return Arrays.stream(PackagePart.values()).filter(asked::contains).toList();
    }

    /** A package the caller requested (admin and auditor: any), else 404. */
    public InspectionPackage get(long id) {
        InspectionPackage p = em.find(InspectionPackage.class, id);
        if (p == null || !mayRead(p)) {
            throw ProblemException.notFound("Inspection package", id);
        }
        return p;
    }

    private boolean mayRead(InspectionPackage p) {
        return scope.readsEverything() || p.requestedByUsername.equals(user.username());
    }

    public record Listing(List<InspectionPackage> items, long total) {
    }

    /** Newest first: the caller's own packages (admin and auditor: everyone's). */
    public Listing list(Long organizationId, String status, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        List<Object> values = new ArrayList<>();
        if (!scope.readsEverything()) {
            values.add(user.username());
            where.append(" AND p.requestedByUsername = ?").append(values.size());
        }
        if (organizationId != null) {
            values.add(organizationId);
            where.append(" AND p.organizationId = ?").append(values.size());
        }
        if (status != null) {
            values.add(status);
            where.append(" AND p.status = ?").append(values.size());
        }
        var q = em.createQuery("FROM InspectionPackage p" + where + " ORDER BY p.id DESC", InspectionPackage.class);
        var count = em.createQuery("SELECT count(p) FROM InspectionPackage p" + where, Long.class);
        for (int i = 0; i < values.size(); i++) {
            q.setParameter(i + 1, values.get(i));
            count.setParameter(i + 1, values.get(i));
        }
        return new Listing(q.setFirstResult(page * size).setMaxResults(size).getResultList(), count.getSingleResult());
    }

    /** Stops a QUEUED or RUNNING build (a running one stops at its next file); 409 in any other status. */
    @Transactional
    public InspectionPackage cancel(long id) {
        InspectionPackage p = get(id);
        String before = p.status;
        if (!p.requestedByUsername.equals(user.username()) && !user.isAdmin()) {
            throw ProblemException.forbidden("只有申请人可以取消生成", "Only the requester may cancel the build");
        }
        int updated = em.createNativeQuery("""
                        UPDATE inspection_packages SET status = 'CANCELLED', finished_at = now(), claimed_by = NULL,
                        failure_code = 'cancelled', failure_message = ?2, version = version + 1
                        WHERE id = ?1 AND status IN ('QUEUED', 'RUNNING')""")
                .setParameter(1, id).setParameter(2, "已由" + user.displayName() + "取消").executeUpdate();
        if (updated != 1) {
            throw new ProblemException(409, "package-transition", "Conflict", ProblemException.detail(
                    "迎检材料包 " + id + " 的状态是 " + p.status + "，只有排队中或生成中的才能取消",
                    "Inspection package " + id + " is " + p.status + "; only a QUEUED or RUNNING one can be cancelled"));
        }
        em.refresh(p);
        audit.record("package.cancelled", PackageWorker.ENTITY_TYPE, p.id, p.organizationId, Changes.create()
                .put("status", before, InspectionPackage.CANCELLED));
        return p;
    }

    /** The API's view of a package. */
    public PackageViews.View view(InspectionPackage p) {
        PackageOrganizations.Org org = organizations.find(p.organizationId);
        PackageViews.Failure failure = p.failureCode == null ? null : new PackageViews.Failure(p.failureCode, p.failureMessage);
        return new PackageViews.View(p.id, p.organizationId, org == null ? "" : org.name(), p.from, p.to, p.subtree,
                p.partList(), p.status, new PackageViews.Progress(p.progressDone, p.progressTotal), failure, p.fileName,
                p.size, p.fileCount, p.manifestSha256, new PackageViews.Requester(p.requestedByPersonId, p.requestedByName),
                p.requestedAt, p.startedAt, p.finishedAt, p.expiresAt);
    }

    /** The package's zip, ready to stream: 409 before DONE, 410 once expired. */
    public InspectionPackage downloadable(long id) {
        InspectionPackage p = get(id);
        if (!InspectionPackage.DONE.equals(p.status)) {
            throw new ProblemException(409, "package-not-ready", "Conflict", ProblemException.detail(
                    "迎检材料包 " + id + " 尚未生成完成（状态 " + p.status + "）", "Inspection package " + id + " is " + p.status + ", not DONE"));
        }
        if (p.expiresAt != null && !p.expiresAt.isAfter(Instant.now()) || !store.has(id)) {
            throw new ProblemException(410, "package-expired", "Gone", ProblemException.detail(
                    "迎检材料包 " + id + " 已过保存期限，请重新生成", "Inspection package " + id + " has expired; build it again"));
        }
        return p;
    }
}
