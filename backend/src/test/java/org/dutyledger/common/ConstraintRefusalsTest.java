package org.dutyledger.common;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each capability translates its own database constraints (the beans ProblemMappers asks when PostgreSQL refuses a
 * write): the constraints the services check first, so that a race or a script still gets an answer naming the field.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ConstraintRefusalsTest {

    @Inject
    @Any
    Instance<ConstraintRefusals> owners;

    private Optional<ProblemException> refusal(String constraint, String state) {
        for (ConstraintRefusals owner : owners) {
            Optional<ProblemException> r = owner.refusal(constraint, state, "Key (x)=(1) conflicts");
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    @Test
    void everyKnownConstraintHasItsOwnerAndCode() {
        ProblemException overlap = refusal("duty_assignment_no_overlap", "23P01").orElseThrow();
        assertThat(overlap.status()).isEqualTo(409);
        assertThat(overlap.type()).endsWith("/duty-conflict");
        assertThat(overlap.errors()).extracting(Problem.FieldError::code).containsExactly("overlaps");
        assertThat(overlap.getMessage()).contains("Key (x)=(1)");

        assertThat(refusal("duty_assignment_period_valid", "23514").orElseThrow().errors())
                .extracting(Problem.FieldError::field, Problem.FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("validTo", "inconsistent-dates"));
        assertThat(refusal("channel_closed_after_launch", "23514").orElseThrow().errors().get(0).field()).isEqualTo("closedOn");
        for (String[] unique : new String[][]{{"organization_code_unique", "code"}, {"person_username_unique", "username"},
                {"person_external_id_unique", "externalId"}, {"membership_person_org_unique", "memberships"},
                {"leading_group_org_unique", "organizationId"}}) {
            ProblemException taken = refusal(unique[0], "23505").orElseThrow();
            assertThat(taken.status()).isEqualTo(409);
            assertThat(taken.errors()).extracting(Problem.FieldError::field, Problem.FieldError::code)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(unique[1], "taken"));
        }
        assertThat(refusal("some_other_constraint", "23505")).isEmpty();
    }
}
