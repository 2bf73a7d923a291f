package org.dutyledger.publication;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.SqlParams;
import org.dutyledger.common.Today;
import org.dutyledger.duty.DutyRole;
import org.dutyledger.duty.HeldOn;
import org.dutyledger.organization.Organization;
import org.dutyledger.publication.review.DefaultReviewPolicy;
import org.dutyledger.publication.review.ReviewStep;
import org.dutyledger.security.CurrentUser;
import org.dutyledger.security.OrgScope;
import org.dutyledger.security.PersonLink;

import java.util.ArrayList;
import java.util.List;

/**
 * Who sees an unpublished item: the organization's staff (and staff above it), members of any ancestor
 * (upper levels), the holders of the item's review roles, admin and auditor. Other readers of the
 * organization see only what went online (PUBLISHED, RETRACTED). Outside the read scope nothing exists.
 */
@RequestScoped
public class PublicationAccess {

    @Inject
    OrgScope scope;

    @Inject
    CurrentUser user;

    @Inject
    ReviewRules rules;

    public boolean canSee(Publication p, Organization org) {
        if (!scope.canRead(org.path)) {
            return false;
        }
        if (p.status.isPublic() || scope.readsEverything() || scope.canWrite(org.path)) {
            return true;
        }
        if (user.memberships().stream().anyMatch(m -> org.path.startsWith(m.path()) && !org.path.equals(m.path()))) {
            return true;
        }
        Long me = user.personId();
        return me != null && rules.holds(org, me, reviewRoles(p).toArray(DutyRole[]::new));
    }

    public void requireVisible(Publication p, Organization org) {
        if (!canSee(p, org)) {
            throw ProblemException.notFound("Publication", p.id);
        }
    }

    /** 404 when invisible, 403 when the caller only reads the organization. */
    public void requireWrite(Publication p, Organization org) {
        requireVisible(p, org);
        scope.requireWrite(org.path, "Publication", p.id);
    }

    /** Before a submission fixes the policy, the reviewers of a draft are the holders of the default roles. */
    static List<DutyRole> reviewRoles(Publication p) {
        List<ReviewStep> steps = p.reviewSteps == null ? DefaultReviewPolicy.STEPS : p.reviewSteps;
        return steps.stream().map(ReviewStep::role).distinct().toList();
    }

    /** The same rule as SQL over `publication p JOIN organization o`. */
    public String condition(SqlParams params) {
        String read = scope.readCondition("o.path", params);
        if (scope.readsEverything()) {
            return read;
        }
        List<String> seen = new ArrayList<>();
        seen.add("p.status IN ('PUBLISHED', 'RETRACTED')");
        for (PersonLink.ScopeEntry m : user.memberships()) {
            String prefix = params.bind(m.path() + "%");
            if (OrgScope.STAFF.equals(m.role())) {
                seen.add("o.path LIKE " + prefix);
            }
            seen.add("(o.path LIKE " + prefix + " AND o.path <> " + params.bind(m.path()) + ")");
        }
        Long me = user.personId();
        if (me != null) {
            String today = params.bind(Today.date());
            seen.add(HeldOn.holds(params.bind(me), "IN (SELECT s ->> 'role' FROM jsonb_array_elements(coalesce("
                    + "p.review_steps, CAST('[{\"role\":\"DIRECT_RESPONSIBLE\"},{\"role\":\"FIRST_RESPONSIBLE\"}]' AS jsonb))) s)",
                    "p.organization_id", null, today));
        }
        return read + " AND (" + String.join(" OR ", seen) + ")";
    }
}
