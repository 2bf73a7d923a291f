package org.dutyledger.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.dutyledger.contract.client.ApiClient;
import org.dutyledger.contract.client.ApiException;
import org.dutyledger.contract.client.api.AuditTrailApi;
import org.dutyledger.contract.client.api.DutiesApi;
import org.dutyledger.contract.client.api.OrganizationsApi;
import org.dutyledger.contract.client.api.PeopleApi;
import org.dutyledger.contract.client.model.AssignDuty;
import org.dutyledger.contract.client.model.AuditEvent;
import org.dutyledger.contract.client.model.CreateOrganization;
import org.dutyledger.contract.client.model.CreatePerson;
import org.dutyledger.contract.client.model.DutyAssignment;
import org.dutyledger.contract.client.model.DutyBasis;
import org.dutyledger.contract.client.model.DutyEndReason;
import org.dutyledger.contract.client.model.DutyRole;
import org.dutyledger.contract.client.model.FieldError;
import org.dutyledger.contract.client.model.HandOverDuty;
import org.dutyledger.contract.client.model.HandoverResult;
import org.dutyledger.contract.client.model.MembershipEntry;
import org.dutyledger.contract.client.model.MembershipRole;
import org.dutyledger.contract.client.model.Organization;
import org.dutyledger.contract.client.model.OrganizationRef;
import org.dutyledger.contract.client.model.OrganizationType;
import org.dutyledger.contract.client.model.Person;
import org.dutyledger.contract.client.model.Problem;
import org.dutyledger.support.Demo;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Fixtures;
import org.dutyledger.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The contract is usable: a Java client generated from the root openapi.yaml by openapi-generator (backend/pom.xml,
 * test scope) does a secretary's errand against the running service, with no other HTTP code in between.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class GeneratedClientTest {

    @TestHTTPResource("/")
    URI service;

    ApiClient client;

    @BeforeEach
    void signedInAsTheStreetSecretary() {
        String token = Tokens.of("secretary");
        client = new ApiClient();
        client.updateBaseUri(service.toString().replaceAll("/+$", ""));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    }

    @Test
    void createsAnOrganizationHandsOverADutyThereAndReadsBothInTheAuditTrail() throws Exception {
        PeopleApi people = new PeopleApi(client);
        DutiesApi duties = new DutiesApi(client);

        String name = Fixtures.unique("生成客户端社区");
        Organization community = newCommunity(name);
        assertThat(community.getName()).isEqualTo(name);
        assertThat(community.getPath()).extracting(OrganizationRef::getCode).endsWith("STREET-DH");

        Person predecessor = people.createPerson(member("张宣传", community));
        Person successor = people.createPerson(member("李宣传", community));
        duties.assignDuty(new AssignDuty().personId(predecessor.getId()).organizationId(community.getId())
                .role(DutyRole.PROPAGANDA_OFFICER).validFrom(LocalDate.of(2024, 1, 1)));
        HandoverResult handover = duties.handOverDuty(DutiesApi.APIHandOverDutyRequest.newBuilder()
                .id(String.valueOf(community.getId()))
                .handOverDuty(new HandOverDuty().role(DutyRole.PROPAGANDA_OFFICER).personId(successor.getId())
                        .effectiveDate(LocalDate.of(2025, 3, 1)).basis(new DutyBasis().documentNumber("东湖党工〔2025〕3号")))
                .build());

        DutyAssignment ended = handover.getEnded().get(0);
        assertThat(handover.getEnded()).hasSize(1);
        assertThat(ended.getPerson().getName()).isEqualTo(predecessor.getName());
        assertThat(ended.getValidTo()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(ended.getEndReasonCode()).isEqualTo(DutyEndReason.HANDED_OVER);
        assertThat(handover.getStarted().getPerson().getName()).isEqualTo(successor.getName());
        assertThat(handover.getStarted().getValidFrom()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(handover.getStarted().getBasis().getDocumentNumber()).isEqualTo("东湖党工〔2025〕3号");

        List<AuditEvent> trail = new AuditTrailApi(client).listAuditEvents(
                AuditTrailApi.APIListAuditEventsRequest.newBuilder().organization(String.valueOf(community.getId())).build())
                .getItems();
        assertThat(trail).extracting(AuditEvent::getAction)
                .containsSubsequence("duty.handed-over", "duty.ended", "duty.assigned", "organization.created");
        AuditEvent created = event(trail, "organization.created");
        assertThat(created.getEntityId()).isEqualTo(String.valueOf(community.getId()));
        assertThat(created.getNames().getEntity()).isEqualTo(name);
        assertThat(created.getActorUsername()).isEqualTo("secretary");
        AuditEvent handedOver = event(trail, "duty.handed-over");
        assertThat(handedOver.getEntityId()).isEqualTo(String.valueOf(handover.getStarted().getId()));
        assertThat(String.valueOf(handedOver.getChanges().get("handedOverFrom").getAfter())).contains(predecessor.getName());
        assertThat(handedOver.getRequestId()).isNotBlank().isEqualTo(event(trail, "duty.ended").getRequestId());
        assertThat(handedOver.getSeq()).isGreaterThan(created.getSeq());
    }

    @Test
    void aRefusalArrivesAsTheContractsProblemNamingTheField() throws Exception {
        Organization community = newCommunity(Fixtures.unique("生成客户端社区"));
        Person holder = new PeopleApi(client).createPerson(member("王信息", community));
        DutiesApi duties = new DutiesApi(client);
        HandOverDuty toTheHolder = new HandOverDuty().role(DutyRole.INFORMATION_OFFICER).personId(holder.getId())
                .effectiveDate(LocalDate.of(2025, 1, 1));
        DutiesApi.APIHandOverDutyRequest request = DutiesApi.APIHandOverDutyRequest.newBuilder()
                .id(String.valueOf(community.getId())).handOverDuty(toTheHolder).build();
        duties.handOverDuty(request);

        ApiException refused = catchThrowableOfType(ApiException.class, () -> duties.handOverDuty(
                DutiesApi.APIHandOverDutyRequest.newBuilder().id(String.valueOf(community.getId()))
                        .handOverDuty(toTheHolder.effectiveDate(LocalDate.of(2025, 6, 1))).build()));

        assertThat(refused.getCode()).isEqualTo(422);
        Problem problem = problem(refused);
        assertThat(problem.getType()).endsWith("/validation");
        assertThat(problem.getErrors()).extracting(FieldError::getField).containsExactly("personId");
        assertThat(problem.getErrors().get(0).getCode()).isEqualTo(FieldError.CodeEnum.ALREADY_HOLDS);
    }

    /** A new community under 东湖街道, found and created through the client. */
    private Organization newCommunity(String name) throws ApiException {
        OrganizationsApi organizations = new OrganizationsApi(client);
        long street = organizations.listOrganizations(OrganizationsApi.APIListOrganizationsRequest.newBuilder()
                        .q("STREET-DH").build())
                .getItems().stream().filter(o -> "STREET-DH".equals(o.getCode())).findFirst().orElseThrow().getId();
        return organizations.createOrganization(new CreateOrganization()
                .code(Demo.uniqueCode("GEN")).name(name).type(OrganizationType.COMMUNITY).parentId(street));
    }

    private Problem problem(ApiException refused) throws JsonProcessingException {
        return client.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
    }

    private static CreatePerson member(String name, Organization organization) {
        return new CreatePerson().name(Fixtures.unique(name)).memberships(List.of(new MembershipEntry()
                .organizationId(organization.getId()).role(MembershipRole.STAFF).primary(true)));
    }

    private static AuditEvent event(List<AuditEvent> trail, String action) {
        return trail.stream().filter(e -> action.equals(e.getAction())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + action + " event in " + trail));
    }
}
