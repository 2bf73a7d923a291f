package org.dutyledger.publication.review;

import java.util.Map;
import org.dutyledger.common.FieldCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.dutyledger.audit.AuditTrail;
import org.dutyledger.audit.Changes;
import org.dutyledger.channel.Channel;
import org.dutyledger.channel.ChannelRepository;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.Texts;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.security.CurrentUser;
import org.dutyledger.security.OrgScope;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Review policies: one per organization or channel, every change a new version, each audited. */
@ApplicationScoped
public class ReviewPolicyService {

    static final String ENTITY = "review-policy";

    @Inject
    ReviewPolicyRepository policies;

    @Inject
    OrganizationRepository organizations;

    @Inject
    ChannelRepository channels;

    @Inject
    OrgScope scope;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    @Inject
    PolicyChangeRules rules;

    public ReviewPolicy get(long id) {
        ReviewPolicy policy = policies.require(id);
        scope.requireRead(organizations.require(policy.organizationId).path, "Review policy", id);
        return policy;
    }

    @Transactional
    public ReviewPolicy create(ReviewPolicyRequests.Create req) {
        Organization org = organizations.findById(req.organizationId());
        if (org == null || !scope.canRead(org.path)) {
            throw ProblemException.unknownReference("organizationId", "organization", req.organizationId());
        }
        scope.requireWrite(org.path, "Organization", org.id);
        rules.mayChangePolicyOf(org);
        if (req.channelId() != null) {
            Channel channel = channels.findById(req.channelId());
            if (channel == null || channel.organizationId != org.id) {
                throw ProblemException.invalid("channelId", FieldCode.NOT_OWN_CHANNEL,
                        Map.of("channelId", req.channelId(), "organization", org.name));
            }
        }
        boolean taken = req.channelId() == null ? policies.count("organizationId = ?1 and channelId is null", org.id) > 0
                : policies.count("channelId", req.channelId()) > 0;
        if (taken) {
            throw ProblemException.conflict((req.channelId() == null ? "组织 " + org.id : "阵地 " + req.channelId())
                    + " 已有审核流程，请修改现有流程（PUT /api/v1/review-policies/{id}）",
                    (req.channelId() == null ? "Organization " + org.id : "Channel " + req.channelId())
                    + " already has a review policy; change it with PUT /api/v1/review-policies/{id}");
        }
        List<ReviewStep> steps = validSteps(req.steps());
        rules.keepsPrincipalLeaderStep(org, req.channelId(), steps);
        ReviewPolicy p = new ReviewPolicy();
        p.organizationId = org.id;
        p.channelId = req.channelId();
        p.currentVersion = 1;
        p.createdAt = p.updatedAt = Instant.now();
        policies.persist(p);
        newVersion(p, steps, req.allowSamePersonMultipleSteps());
        audit.record("review-policy.created", ENTITY, p.id, p.organizationId, Changes.create()
                .put("channelId", null, p.channelId)
                .put("steps", null, describe(steps))
                .put("allowSamePersonMultipleSteps", null, req.allowSamePersonMultipleSteps()));
        return p;
    }

    /** A change never rewrites a version: items already in review keep the one they were submitted under. */
    @Transactional
    public ReviewPolicy update(long id, ReviewPolicyRequests.Update req) {
        ReviewPolicy p = policies.require(id);
        Organization org = organizations.require(p.organizationId);
        scope.requireWrite(org.path, "Review policy", id);
        rules.mayChangePolicyOf(org);
        if (req.version() == null || req.version() != p.version) {
            throw ProblemException.versionConflict("Review policy", id, req.version() == null ? -1 : req.version(), p.version);
        }
        List<ReviewStep> steps = validSteps(req.steps());
        rules.keepsPrincipalLeaderStep(org, p.channelId, steps);
        ReviewPolicyVersion before = policies.version(p.id, p.currentVersion);
        p.currentVersion++;
        p.updatedAt = Instant.now();
        newVersion(p, steps, req.allowSamePersonMultipleSteps());
        audit.record("review-policy.revised", ENTITY, p.id, p.organizationId, Changes.create()
                .put("currentVersion", before.number, p.currentVersion)
                .put("steps", describe(before.steps), describe(steps))
                .put("allowSamePersonMultipleSteps", before.allowSamePersonMultipleSteps, req.allowSamePersonMultipleSteps()));
        return p;
    }

    /** The policy an item of this channel would be submitted under now. */
    public PolicySnapshot effective(Organization org, Long channelId) {
        ReviewPolicy p = policies.nearest(org, channelId);
        if (p == null) {
            return DefaultReviewPolicy.SNAPSHOT;
        }
        ReviewPolicyVersion v = policies.version(p.id, p.currentVersion);
        return new PolicySnapshot(p.channelId == null ? PolicySnapshot.Source.ORGANIZATION : PolicySnapshot.Source.CHANNEL,
                p.id, v.id, v.number, p.organizationId, p.channelId, v.steps, v.allowSamePersonMultipleSteps);
    }

    private void newVersion(ReviewPolicy p, List<ReviewStep> steps, boolean allowSame) {
        ReviewPolicyVersion v = new ReviewPolicyVersion();
        v.policyId = p.id;
        v.number = p.currentVersion;
        v.steps = steps;
        v.allowSamePersonMultipleSteps = allowSame;
        v.createdAt = Instant.now();
        v.createdByPersonId = user.personId();
        policies.getEntityManager().persist(v);
    }

    private static List<ReviewStep> validSteps(List<ReviewStep> raw) {
        if (raw == null || raw.isEmpty()) {
            throw ProblemException.invalid("steps", FieldCode.REQUIRED);
        }
        List<ReviewStep> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            ReviewStep s = raw.get(i);
            String field = "steps[" + i + "]";
            if (s == null || s.role() == null) {
                throw ProblemException.invalid(field + ".role", FieldCode.REQUIRED);
            }
            String name = Texts.clean(s.name());
            if (name == null || name.length() > 200) {
                throw name == null ? ProblemException.invalid(field + ".name", FieldCode.REQUIRED)
                        : ProblemException.invalid(field + ".name", FieldCode.TOO_LONG, Map.of("max", 200));
            }
            List<String> checklist = new ArrayList<>();
            for (int j = 0; s.checklist() != null && j < s.checklist().size(); j++) {
                String item = Texts.clean(s.checklist().get(j));
                if (item == null || item.length() > 500) {
                    String at = field + ".checklist[" + j + "]";
                    throw item == null ? ProblemException.invalid(at, FieldCode.REQUIRED)
                            : ProblemException.invalid(at, FieldCode.TOO_LONG, Map.of("max", 500));
                }
                checklist.add(item);
            }
            if (checklist.isEmpty()) {
                throw ProblemException.invalid(field + ".checklist", FieldCode.REQUIRED);
            }
            out.add(new ReviewStep(name, s.role(), List.copyOf(checklist)));
        }
        return List.copyOf(out);
    }

    static String describe(List<ReviewStep> steps) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            sb.append(i == 0 ? "" : "; ").append(i + 1).append(". ").append(steps.get(i).name()).append(" (")
                    .append(steps.get(i).role()).append(", ").append(steps.get(i).checklist().size()).append(" items)");
        }
        return sb.toString();
    }
}
