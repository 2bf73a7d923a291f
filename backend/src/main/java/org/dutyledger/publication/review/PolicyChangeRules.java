package org.dutyledger.publication.review;

import org.dutyledger.common.FieldCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dutyledger.common.Problem;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.Today;
import org.dutyledger.duty.DutyQueries;
import org.dutyledger.duty.DutyRole;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.security.CurrentUser;
import org.dutyledger.security.OrgScope;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may change how an organization's items are reviewed, and what a policy must keep, listed in one place.
 * Staff of the organization itself write its ledger but do not decide who approves their own items: that is
 * the organization's leaders' (第一责任人, 直接责任人) or an upper level's decision.
 */
@ApplicationScoped
public class PolicyChangeRules {

    public static final FieldCode LEADERS_OR_UPPER_LEVEL_CHANGE_POLICIES = FieldCode.NOT_A_POLICY_EDITOR;
    /** Unless the policy above it (an ancestor's, set by an upper level or an administrator) has none. */
    public static final FieldCode PRINCIPAL_LEADER_APPROVES = FieldCode.PRINCIPAL_LEADER_STEP;

    /** Problem types, so that clients tell the two refusals apart without reading the detail. */
    public static final String NOT_A_POLICY_EDITOR = "review-policy-editor";
    public static final String PRINCIPAL_LEADER_STEP = "principal-leader-step";

    @Inject
    CurrentUser user;

    @Inject
    DutyQueries duties;

    @Inject
    ReviewPolicyRepository policies;

    @Inject
    OrganizationRepository organizations;

    /** {@link #LEADERS_OR_UPPER_LEVEL_CHANGE_POLICIES}; the caller already passed the organization's write scope. */
    public void mayChangePolicyOf(Organization org) {
        if (user.isAdmin() || staffAbove(org) || leaderToday(org)) {
            return;
        }
        Problem.FieldError error = Problem.FieldError.of("actor", LEADERS_OR_UPPER_LEVEL_CHANGE_POLICIES,
                Map.of("organization", org.name));
        throw new ProblemException(403, NOT_A_POLICY_EDITOR, "Not a review policy editor", error.message(), List.of(error));
    }

    /**
     * {@link #PRINCIPAL_LEADER_APPROVES}. An administrator acts for the top level and may decide otherwise; below a
     * policy without the step, the subtree may do without it too.
     */
    public void keepsPrincipalLeaderStep(Organization org, Long channelId, List<ReviewStep> steps) {
        if (user.isAdmin() || steps.stream().anyMatch(s -> s.role() == DutyRole.FIRST_RESPONSIBLE)) {
            return;
        }
        List<ReviewStep> above = policyAbove(org, channelId);
        if (above.stream().noneMatch(s -> s.role() == DutyRole.FIRST_RESPONSIBLE)) {
            return;
        }
        throw ProblemException.withErrors(422, PRINCIPAL_LEADER_STEP, "Principal leader's approval required",
                List.of(Problem.FieldError.of("steps", PRINCIPAL_LEADER_APPROVES)));
    }

    /** The steps that would apply if this policy did not exist: for a channel the organization's, else the nearest ancestor's. */
    List<ReviewStep> policyAbove(Organization org, Long channelId) {
        ReviewPolicy above = null;
        if (channelId != null) {
            above = policies.nearest(org, null);
        } else if (org.parentId != null) {
            above = policies.nearest(organizations.require(org.parentId), null);
        }
        return above == null ? DefaultReviewPolicy.STEPS : policies.version(above.id, above.currentVersion).steps;
    }

    private boolean staffAbove(Organization org) {
        return user.memberships().stream().anyMatch(m -> OrgScope.STAFF.equals(m.role())
                && org.path.startsWith(m.path()) && !org.path.equals(m.path()));
    }

    private boolean leaderToday(Organization org) {
        Long me = user.personId();
        if (me == null) {
            return false;
        }
        Set<DutyRole> leaders = Set.of(DutyRole.FIRST_RESPONSIBLE, DutyRole.DIRECT_RESPONSIBLE);
        return duties.responsibility(org, Today.date()).roles().stream().filter(r -> leaders.contains(r.role()))
                .flatMap(r -> r.holders().stream()).anyMatch(h -> h.person().id() == me);
    }
}
