package org.dutyledger.duty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.channel.Channel;
import org.dutyledger.channel.ChannelRepository;
import org.dutyledger.common.Problem;
import org.dutyledger.common.ProblemException;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The rules of the responsibility system, in one place. The database keeps the period rules too
 * (exclusion constraints); these checks come first so the caller learns which assignment is in the way.
 */
@ApplicationScoped
public class DutyPolicies {

    /** An assignment as it would be written: checked before anything is stored. */
    public record Candidate(Long id, long personId, Organization organization, DutyRole role, LocalDate validFrom,
                            LocalDate validTo, Long channelId) {
    }

    @Inject
    EntityManager em;

    @Inject
    DutyAssignmentRepository assignments;

    @Inject
    OrganizationRepository organizations;

    @Inject
    ChannelRepository channels;

    /** validTo is the last day held, so it may equal validFrom (a one-day duty) but never precede it. */
    public void periodEndsAfterItBegins(LocalDate validFrom, LocalDate validTo, String field) {
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw ProblemException.invalid(field, "must not be before validFrom " + validFrom);
        }
    }

    /** 一岗双责: a MEMBER_DUAL_DUTY names the organizations supervised, each inside the assignment's subtree. */
    public List<Long> dualDutyScopeWithinSubtree(Organization org, DutyRole role, List<Long> scopeIds) {
        List<Long> ids = scopeIds == null ? List.of() : scopeIds;
        if (role != DutyRole.MEMBER_DUAL_DUTY) {
            if (!ids.isEmpty()) {
                throw ProblemException.invalid("scopeOrganizationIds", "only a MEMBER_DUAL_DUTY has a scope");
            }
            return List.of();
        }
        if (ids.isEmpty()) {
            throw ProblemException.invalid("scopeOrganizationIds", "a MEMBER_DUAL_DUTY names at least one supervised organization");
        }
        Map<Long, Organization> found = new HashMap<>();
        organizations.list("id in ?1", ids).forEach(o -> found.put(o.id, o));
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            Organization scope = found.get(ids.get(i));
            String field = "scopeOrganizationIds[" + i + "]";
            if (scope == null || !org.contains(scope)) {
                throw ProblemException.invalid(field, "organization " + ids.get(i) + " is not in the subtree of "
                        + org.name + " (" + org.code + ")");
            }
            if (!seen.add(scope.id)) {
                throw ProblemException.invalid(field, "organization " + scope.id + " is listed twice");
            }
        }
        return new ArrayList<>(ids);
    }

    /** A CHANNEL_ADMIN may name a channel, and it must be one of the organization's own. */
    public Channel channelOfTheOrganization(Organization org, DutyRole role, Long channelId) {
        if (channelId == null) {
            return null;
        }
        if (role != DutyRole.CHANNEL_ADMIN) {
            throw ProblemException.invalid("channelId", "only a CHANNEL_ADMIN names a channel");
        }
        Channel channel = channels.findById(channelId);
        if (channel == null || channel.organizationId != org.id) {
            throw ProblemException.invalid("channelId", "channel " + channelId + " is not a channel of "
                    + org.name + " (" + org.code + ")");
        }
        return channel;
    }

    /**
     * One FIRST_RESPONSIBLE per organization on any day; one DIRECT_RESPONSIBLE unless the organization allows
     * several; and never two overlapping periods of the same person, role and organization (and channel).
     */
    public void oneHolderAtATimeAndNoOverlap(Candidate c) {
        boolean sole = c.role() == DutyRole.FIRST_RESPONSIBLE || c.role() == DutyRole.DIRECT_RESPONSIBLE
                && !assignments.allowsMultipleDirectResponsible(c.organization().id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT a.id, a.person_id, p.name, a.valid_from, a.valid_to, a.channel_id
                        FROM duty_assignment a JOIN person p ON p.id = a.person_id
                        WHERE a.organization_id = ?1 AND a.role = ?2 AND a.id <> ?3
                          AND a.valid_from <= ?5 AND coalesce(a.valid_to, DATE '9999-12-31') >= ?4
                        ORDER BY a.valid_from, a.id""")
                .setParameter(1, c.organization().id).setParameter(2, c.role().name())
                .setParameter(3, c.id() == null ? -1L : c.id()).setParameter(4, c.validFrom())
                .setParameter(5, c.validTo() == null ? DutyAssignment.OPEN_END : c.validTo())
                .getResultList();
        for (Object[] r : rows) {
            Long channelId = r[5] == null ? null : ((Number) r[5]).longValue();
            boolean samePerson = ((Number) r[1]).longValue() == c.personId() && Objects.equals(channelId, c.channelId());
            if (sole || samePerson) {
                String rule = sole ? (c.role() == DutyRole.FIRST_RESPONSIBLE
                        ? "an organization has one FIRST_RESPONSIBLE on any day"
                        : "this organization has one DIRECT_RESPONSIBLE on any day (see its duty settings)")
                        : "the same person cannot hold the same role in the same organization twice in overlapping periods";
                throw conflict(rule, ((Number) r[0]).longValue(), (String) r[2], c.role(), c.organization(),
                        date(r[3]), date(r[4]));
            }
        }
    }

    /** 409 naming the assignment in the way: its id, holder and period. */
    public static ProblemException conflict(String rule, long id, String holder, DutyRole role, Organization org,
                                            LocalDate from, LocalDate to) {
        String period = from + " – " + (to == null ? "" : to.toString());
        String message = "overlaps assignment " + id + " of " + holder + " as " + role + " (" + period + ")";
        return new ProblemException(409, "duty-conflict", "Conflicting duty assignment",
                rule + ": assignment " + id + " — " + holder + " holds " + role + " of " + org.code + " " + org.name
                        + " from " + from + (to == null ? " (still held)" : " to " + to),
                List.of(new Problem.FieldError("validFrom", message)));
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }
}
