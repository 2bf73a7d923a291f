package org.dutyledger.duty;

import org.dutyledger.channel.ChannelRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.channel.ChannelAdministrators;
import org.dutyledger.channel.ChannelAdministrators.Administration;
import org.dutyledger.common.SqlParams;
import org.dutyledger.common.SqlValues;
import org.dutyledger.common.Today;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationQueries;
import org.dutyledger.organization.OrganizationRef;
import org.dutyledger.security.CurrentUser;
import org.dutyledger.security.OrgScope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Lists, timelines and point-in-time answers; each a constant number of queries, whatever the size. */
@ApplicationScoped
public class DutyQueries implements ChannelAdministrators {

    public record ListFilter(Long person, Organization organization, Organization under, DutyRole role, LocalDate at) {
    }

    @Inject
    EntityManager em;

    @Inject
    ChannelRepository channelRepository;

    @Inject
    OrgScope scope;

    @Inject
    CurrentUser user;

    @Inject
    DutyAssignmentRepository assignments;

    @Inject
    OrganizationQueries organizations;

    public DutyAssignmentPage list(ListFilter f, int page, int size) {
        SqlParams p = SqlParams.forJpa();
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.readCondition("o.path", p));
        if (f.person() != null) {
            where.append(" AND a.person_id = ").append(p.bind(f.person()));
        }
        if (f.organization() != null) {
            where.append(" AND a.organization_id = ").append(p.bind(f.organization().id));
        }
        if (f.under() != null) {
            where.append(" AND o.path LIKE ").append(p.bind(f.under().path + "%"));
        }
        if (f.role() != null) {
            where.append(" AND a.role = ").append(p.bind(f.role().name()));
        }
        if (f.at() != null) {
            where.append(" AND ").append(HeldOn.sql("a", p.bind(f.at())));
        }
        String from = " FROM duty_assignment a JOIN organization o ON o.id = a.organization_id";
        long total = ((Number) p.applyTo(em.createNativeQuery("SELECT count(*)" + from + where)).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<DutyAssignment> rows = p.applyTo(em.createNativeQuery("SELECT a.*" + from + where + " ORDER BY o.path, "
                        + DutyRole.sqlOrder("a.role") + ", a.valid_from DESC, a.id DESC", DutyAssignment.class))
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        return new DutyAssignmentPage(views(rows), total, page, size);
    }

    public DutyViews.Timeline timeline(Organization org) {
        List<DutyAssignment> rows = assignments.list("organizationId = ?1", org.id);
        rows.sort(Comparator.comparing((DutyAssignment a) -> a.role.ordinal())
                .thenComparing(a -> a.validFrom, Comparator.reverseOrder()).thenComparing(a -> -a.id));
        return new DutyViews.Timeline(new OrganizationRef(org.id, org.code, org.name),
                assignments.allowsMultipleDirectResponsible(org.id), views(rows));
    }

    /** Who held each role on the day, plus the ancestors' 一岗双责 holders whose scope covers the organization. */
    public DutyViews.Responsibility responsibility(Organization org, LocalDate at) {
        @SuppressWarnings("unchecked")
        List<DutyAssignment> rows = em.createNativeQuery("SELECT a.* FROM duty_assignment a WHERE (a.organization_id = ?1"
                        + " OR a.role = 'MEMBER_DUAL_DUTY' AND a.organization_id = ANY(?2) AND " + DualDutyCoverage.sql("a", "?3") + ")"
                        + " AND " + HeldOn.sql("a", "?4") + " ORDER BY a.valid_from, a.id", DutyAssignment.class)
                .setParameter(1, org.id).setParameter(2, org.ancestorIds().isEmpty() ? new Long[]{-1L} : org.ancestorIds().toArray(Long[]::new))
                .setParameter(3, org.path).setParameter(4, at).getResultList();
        Map<DutyRole, List<DutyAssignmentView>> byRole = new LinkedHashMap<>();
        for (DutyRole role : DutyRole.values()) {
            byRole.put(role, new ArrayList<>());
        }
        views(rows).forEach(v -> byRole.get(v.role()).add(v));
        List<DutyViews.RoleHolders> roles = new ArrayList<>();
        byRole.forEach((role, holders) -> roles.add(new DutyViews.RoleHolders(role, holders)));
        return new DutyViews.Responsibility(new OrganizationRef(org.id, org.code, org.name), at, roles);
    }

    /** The caller's own duties today, wherever they lie. */
    public DutyViews.MyDuties myDuties() {
        LocalDate today = Today.date();
        Long personId = user.personId();
        if (personId == null) {
            return new DutyViews.MyDuties(null, today, List.of(), List.of(), List.of());
        }
        List<DutyAssignment> rows = assignments.list("personId = ?1 and " + HeldOn.jpql(2), personId, today);
        rows.sort(Comparator.comparing((DutyAssignment a) -> a.role.ordinal()).thenComparing(a -> a.id));
        List<DutyAssignmentView> views = views(rows);
        List<DutyAssignmentView.ChannelRef> channels = views.stream().map(DutyAssignmentView::channel)
                .filter(c -> c != null).distinct().toList();
        List<OrganizationRef> scopes = views.stream().flatMap(v -> v.scope().stream()).distinct().toList();
        DutyAssignmentView.Holder me = new DutyAssignmentView.Holder(personId, user.person().name(), user.person().active());
        return new DutyViews.MyDuties(me, today, views, channels, scopes);
    }

    /** The administrators of each channel on the day, earliest first, in one query. */
    @Override
    public Map<Long, List<Administration>> channelAdministrators(Collection<Long> channelIds, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT a.channel_id, a.id, p.id, p.name, a.valid_from, a.valid_to
                        FROM duty_assignment a JOIN person p ON p.id = a.person_id
                        WHERE a.channel_id = ANY(?1) AND a.role = 'CHANNEL_ADMIN'
                          AND %s
                        ORDER BY a.valid_from, a.id""".formatted(HeldOn.sql("a", "?2")))
                .setParameter(1, channelIds.toArray(Long[]::new)).setParameter(2, day).getResultList();
        Map<Long, List<Administration>> out = new HashMap<>();
        for (Object[] r : rows) {
            long channelId = ((Number) r[0]).longValue();
            out.computeIfAbsent(channelId, k -> new ArrayList<>()).add(new Administration(channelId,
                    ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), (String) r[3], SqlValues.date(r[4]),
                    SqlValues.date(r[5])));
        }
        return out;
    }

    public DutyAssignmentView view(DutyAssignment a) {
        return views(List.of(a)).get(0);
    }

    /** Views of many assignments: people, organizations, scopes and channels in one query each. */
    public List<DutyAssignmentView> views(List<DutyAssignment> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> scopes = assignments.scopes(rows.stream().map(a -> a.id).toList());
        Set<Long> orgIds = new HashSet<>();
        rows.forEach(a -> orgIds.add(a.organizationId));
        scopes.values().forEach(orgIds::addAll);
        Map<Long, OrganizationRef> refs = organizations.refs(orgIds);
        Map<Long, DutyAssignmentView.Holder> people = people(rows.stream().map(a -> a.personId).distinct().toList());
        Map<Long, DutyAssignmentView.ChannelRef> channels = channels(rows.stream().map(a -> a.channelId)
                .filter(id -> id != null).distinct().toList());
        Map<Long, DutyAssignmentView.Successor> successors = successors(rows.stream().map(a -> a.successorAssignmentId)
                .filter(id -> id != null).distinct().toList());
        List<DutyAssignmentView> out = new ArrayList<>(rows.size());
        for (DutyAssignment a : rows) {
            DutyRequests.Basis basis = a.basisNumber == null && a.basisTitle == null ? null
                    : new DutyRequests.Basis(a.basisNumber, a.basisTitle);
            out.add(new DutyAssignmentView(a.id, a.role, people.get(a.personId), refs.get(a.organizationId), a.validFrom,
                    a.validTo, basis, scopes.getOrDefault(a.id, List.of()).stream().map(refs::get).toList(),
                    a.channelId == null ? null : channels.get(a.channelId), a.endReasonCode,
                    a.successorAssignmentId == null ? null : successors.get(a.successorAssignmentId), a.endReason,
                    a.correctionReason,
                    a.correctedAt, a.version, a.createdAt, a.updatedAt));
        }
        return out;
    }

    private Map<Long, DutyAssignmentView.Holder> people(List<Long> ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, name, active FROM person WHERE id = ANY(?1)")
                .setParameter(1, ids.toArray(Long[]::new)).getResultList();
        Map<Long, DutyAssignmentView.Holder> out = new HashMap<>();
        rows.forEach(r -> out.put(((Number) r[0]).longValue(),
                new DutyAssignmentView.Holder(((Number) r[0]).longValue(), (String) r[1], (Boolean) r[2])));
        return out;
    }

    /** The successors of handed-over assignments with their holders now (a corrected successor shows corrected). */
    private Map<Long, DutyAssignmentView.Successor> successors(List<Long> ids) {
        Map<Long, DutyAssignmentView.Successor> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT s.id, s.valid_from, p.id, p.name, p.active
                        FROM duty_assignment s JOIN person p ON p.id = s.person_id WHERE s.id = ANY(?1)""")
                .setParameter(1, ids.toArray(Long[]::new)).getResultList();
        rows.forEach(r -> out.put(((Number) r[0]).longValue(), new DutyAssignmentView.Successor(((Number) r[0]).longValue(),
                new DutyAssignmentView.Holder(((Number) r[2]).longValue(), (String) r[3], (Boolean) r[4]),
                SqlValues.date(r[1]))));
        return out;
    }

    private Map<Long, DutyAssignmentView.ChannelRef> channels(List<Long> ids) {
        Map<Long, DutyAssignmentView.ChannelRef> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        channelRepository.byIds(ids).values().forEach(c -> out.put(c.id,
                new DutyAssignmentView.ChannelRef(c.id, c.name, c.type, c.status)));
        return out;
    }
}
