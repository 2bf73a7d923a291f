package org.dutyledger.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.common.FieldCode;
import org.dutyledger.common.Problem;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.Today;
import org.dutyledger.duty.DutyQueries;
import org.dutyledger.duty.DutyRole;
import org.dutyledger.organization.Organization;
import org.dutyledger.publication.review.ReviewStep;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Separation of duties in review, listed in one place. Who holds a role is read from the duty assignments
 * valid on the day of the action (the same answer as the organization's responsibility view).
 * Administrators get no exemption: review is a duty, not a permission.
 */
@ApplicationScoped
public class ReviewRules {

    public static final FieldCode AUTHOR_NEVER_APPROVES = FieldCode.AUTHOR_NEVER_REVIEWS;
    public static final FieldCode REVIEWER_HOLDS_STEP_ROLE = FieldCode.NOT_THE_STEP_REVIEWER;
    public static final FieldCode ONE_PERSON_ONE_STEP = FieldCode.ONE_PERSON_ONE_STEP;
    public static final FieldCode ONLY_LEADERS_RETRACT = FieldCode.ONLY_LEADERS_RETRACT;
    public static final FieldCode ONLY_AUTHOR_WITHDRAWS = FieldCode.ONLY_AUTHOR_WITHDRAWS;
    public static final FieldCode LINKED_PERSON = FieldCode.NOT_LINKED_TO_PERSON;

    @Inject
    DutyQueries duties;

    @Inject
    EntityManager em;

    /**
     * 403 forbidden-actor: the rule broken is the code of the one field error `actor` (the caller), the detail its
     * message in the request's language.
     */
    public static ProblemException forbiddenActor(FieldCode rule, Map<String, ?> args) {
        Problem.FieldError error = Problem.FieldError.of("actor", rule, args);
        return new ProblemException(403, "forbidden-actor", "Forbidden actor", error.message(), List.of(error));
    }

    public long requirePerson(Long personId) {
        if (personId == null) {
            throw forbiddenActor(LINKED_PERSON, null);
        }
        return personId;
    }

    /**
     * {@link #AUTHOR_NEVER_APPROVES}: whoever saved a revision of the item counts as its author here, not only who
     * created it. The same rule as SQL: {@link #notAuthorSql}.
     */
    public boolean isAuthor(Publication p, long personId) {
        if (p.authorPersonId == personId) {
            return true;
        }
        return ((Number) em.createNativeQuery("SELECT count(*) FROM publication_revision WHERE publication_id = ?1"
                + " AND author_person_id = ?2").setParameter(1, p.id).setParameter(2, personId).getSingleResult()).longValue() > 0;
    }

    /** {@link #isAuthor} negated, as SQL over the publication `p` (an alias) and the person `person` (bound). */
    public static String notAuthorSql(String p, String person) {
        return p + ".author_person_id <> " + person + " AND NOT EXISTS (SELECT 1 FROM publication_revision r"
                + " WHERE r.publication_id = " + p + ".id AND r.author_person_id = " + person + ")";
    }

    public Set<Long> holdersToday(Organization org, DutyRole role) {
        return duties.responsibility(org, Today.date()).roles().stream().filter(r -> r.role() == role)
                .flatMap(r -> r.holders().stream()).map(h -> h.person().id()).collect(Collectors.toSet());
    }

    public boolean holds(Organization org, long personId, DutyRole... roles) {
        for (DutyRole role : roles) {
            if (holdersToday(org, role).contains(personId)) {
                return true;
            }
        }
        return false;
    }

    /** Steps of the current round this person already approved. */
    public List<Integer> stepsApprovedBy(List<PublicationReview> standing, long personId) {
        return standing.stream().filter(r -> r.reviewerPersonId == personId).map(r -> r.step).toList();
    }

    /** Every rule a reviewer of the current step must pass; `approving` adds the one-person-one-step rule. */
    public void mayReview(Publication p, Organization org, long personId, List<PublicationReview> standing, boolean approving) {
        ReviewStep step = p.currentReviewStep();
        if (isAuthor(p, personId)) {
            throw forbiddenActor(AUTHOR_NEVER_APPROVES, Map.of("publicationId", p.id));
        }
        if (!holds(org, personId, step.role())) {
            throw forbiddenActor(REVIEWER_HOLDS_STEP_ROLE, Map.of("step", p.currentStep, "stepName", step.name(),
                    "role", step.role().name(), "organization", org.name));
        }
        if (approving && !Boolean.TRUE.equals(p.allowSamePerson) && !stepsApprovedBy(standing, personId).isEmpty()) {
            throw forbiddenActor(ONE_PERSON_ONE_STEP, Map.of("approvedStep", stepsApprovedBy(standing, personId).get(0),
                    "step", p.currentStep));
        }
    }

    /**
     * The review inbox's check of many items at once, in two queries whatever their number: of items the caller
     * holds the current step's role for today (the inbox query selects only those), the ones where the author
     * rule and the one-person-one-step rule let them approve now, in the given order. The same rules as
     * {@link #mayReview}; per item that would be several queries (a 100-item inbox: hundreds).
     */
    public List<Publication> approvableBy(List<Publication> items, long personId) {
        if (items.isEmpty()) {
            return List.of();
        }
        Long[] ids = items.stream().map(p -> p.id).toArray(Long[]::new);
        @SuppressWarnings("unchecked")
        Set<Long> notAuthored = ((List<Number>) em.createNativeQuery("SELECT p.id FROM publication p"
                        + " WHERE p.id = ANY(?1) AND " + notAuthorSql("p", "?2"))
                .setParameter(1, ids).setParameter(2, personId).getResultList())
                .stream().map(Number::longValue).collect(Collectors.toSet());
        @SuppressWarnings("unchecked")
        Set<String> approvedRounds = ((List<Object[]>) em.createNativeQuery("SELECT publication_id, submission FROM publication_review"
                        + " WHERE publication_id = ANY(?1) AND reviewer_person_id = ?2 AND decision = 'APPROVED' AND voided_at IS NULL")
                .setParameter(1, ids).setParameter(2, personId).getResultList())
                .stream().map(r -> ((Number) r[0]).longValue() + "/" + ((Number) r[1]).intValue()).collect(Collectors.toSet());
        return items.stream()
                .filter(p -> p.status == PublicationStatus.IN_REVIEW)
                .filter(p -> notAuthored.contains(p.id))
                .filter(p -> Boolean.TRUE.equals(p.allowSamePerson) || !approvedRounds.contains(p.id + "/" + p.submission))
                .toList();
    }

    public boolean canReview(Publication p, Organization org, Long personId, List<PublicationReview> standing, boolean approving) {
        if (personId == null || p.status != PublicationStatus.IN_REVIEW) {
            return false;
        }
        try {
            mayReview(p, org, personId, standing, approving);
            return true;
        } catch (ProblemException e) {
            return false;
        }
    }

    public void mayRetract(Organization org, long personId) {
        if (!holds(org, personId, DutyRole.FIRST_RESPONSIBLE, DutyRole.DIRECT_RESPONSIBLE)) {
            throw forbiddenActor(ONLY_LEADERS_RETRACT, Map.of("organization", org.name));
        }
    }
}
