package org.dutyledger.duty;

import org.dutyledger.common.Language;
import org.dutyledger.common.FieldCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import java.util.Set;

/**
 * The rules of the responsibility system as the assignment service applies them, each failing with the problem the
 * caller can act on. The facts they rest on are named on their own, Java and SQL side by side: {@link HeldOn},
 * {@link DualDutyCoverage}, {@link OneHolderAtATime}, {@link HolderInLine}, {@link Vacancies}. The database keeps the
 * period rules too (constraints of V2); these checks come first so the caller learns which assignment is in the way.
 */
@ApplicationScoped
public class DutyPolicies {

    /** An assignment as it would be written: checked before anything is stored. */
    public record Candidate(Long id, long personId, Organization organization, DutyRole role, LocalDate validFrom,
                            LocalDate validTo, Long channelId) {
    }

    @Inject
    OneHolderAtATime oneHolder;

    @Inject
    OrganizationRepository organizations;

    @Inject
    ChannelRepository channels;

    /** The V2 check constraint of {@link #periodEndsAfterItBegins}, for a write that bypassed it (422 on validTo). */
    public static final String PERIOD_VALID_CONSTRAINT = "duty_assignment_period_valid";

    /** validTo is the last day held, so it may equal validFrom (a one-day duty) but never precede it. */
    public void periodEndsAfterItBegins(LocalDate validFrom, LocalDate validTo, String field) {
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw ProblemException.invalid(field, FieldCode.BEFORE_START, Map.of("start", validFrom.toString()));
        }
    }

    /** 一岗双责: a MEMBER_DUAL_DUTY names the organizations supervised, each inside the assignment's subtree. */
    public List<Long> dualDutyScopeWithinSubtree(Organization org, DutyRole role, List<Long> scopeIds) {
        List<Long> ids = scopeIds == null ? List.of() : scopeIds;
        if (role != DutyRole.MEMBER_DUAL_DUTY) {
            if (!ids.isEmpty()) {
                throw ProblemException.invalid("scopeOrganizationIds", FieldCode.SCOPE_ONLY_FOR_DUAL_DUTY);
            }
            return List.of();
        }
        if (ids.isEmpty()) {
            throw ProblemException.invalid("scopeOrganizationIds", FieldCode.REQUIRED);
        }
        Map<Long, Organization> found = new HashMap<>();
        organizations.list("id in ?1", ids).forEach(o -> found.put(o.id, o));
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            Organization scope = found.get(ids.get(i));
            String field = "scopeOrganizationIds[" + i + "]";
            if (scope == null || !DualDutyCoverage.withinSubtree(org.path, scope.path)) {
                throw ProblemException.invalid(field, FieldCode.NOT_IN_SUBTREE,
                        Map.of("organizationId", ids.get(i), "organization", org.name + " (" + org.code + ")"));
            }
            if (!seen.add(scope.id)) {
                throw ProblemException.invalid(field, FieldCode.LISTED_TWICE, Map.of("id", scope.id));
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
            throw ProblemException.invalid("channelId", FieldCode.CHANNEL_ONLY_FOR_ADMIN);
        }
        Channel channel = channels.findById(channelId);
        if (channel == null || channel.organizationId != org.id) {
            throw ProblemException.invalid("channelId", FieldCode.NOT_OWN_CHANNEL,
                    Map.of("channelId", channelId, "organization", org.name + " (" + org.code + ")"));
        }
        return channel;
    }

    /** {@link OneHolderAtATime}: 409 naming the assignment in the way of the candidate. */
    public void oneHolderAtATimeAndNoOverlap(Candidate c) {
        boolean sole = oneHolder.sole(c.role(), c.organization().id);
        oneHolder.firstInTheWay(sole, c.organization().id, c.role(), c.id() == null ? -1L : c.id(), c.personId(),
                c.channelId(), c.validFrom(), c.validTo()).ifPresent(h -> {
            Language l = Language.current();
            String rule = sole ? (c.role() == DutyRole.FIRST_RESPONSIBLE
                    ? l.pick("一个组织在任一天只有一名第一责任人", "an organization has one FIRST_RESPONSIBLE on any day")
                    : l.pick("本组织在任一天只有一名直接责任人（见其职责设置）",
                            "this organization has one DIRECT_RESPONSIBLE on any day (see its duty settings)"))
                    : l.pick("同一人在同一组织不能以同一职责重复担任时间重叠的任期",
                            "the same person cannot hold the same role in the same organization twice in overlapping periods");
            throw conflict(rule, h.assignmentId(), h.personName(), c.role(), c.organization(), h.validFrom(), h.validTo());
        });
    }

    /** 409 naming the assignment in the way: its id, holder and period. */
    public static ProblemException conflict(String rule, long id, String holder, DutyRole role, Organization org,
                                            LocalDate from, LocalDate to) {
        Problem.FieldError overlap = Problem.FieldError.of("validFrom", FieldCode.OVERLAPS, Map.of("assignmentId", id,
                "holder", holder, "role", role.name(), "from", from.toString(), "to", to == null ? "" : to.toString()));
        String detail = Language.current().pick(
                rule + "：任职 " + id + " — " + holder + " 自 " + from + (to == null ? " 起担任（至今）" : " 至 " + to + " 担任")
                        + " " + org.code + " " + org.name + " 的 " + role,
                rule + ": assignment " + id + " — " + holder + " holds " + role + " of " + org.code + " " + org.name
                        + " from " + from + (to == null ? " (still held)" : " to " + to));
        return new ProblemException(409, "duty-conflict", "Conflicting duty assignment", detail, List.of(overlap));
    }
}
