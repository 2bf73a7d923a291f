package org.dutyledger.publication.review.rest;

import org.dutyledger.common.FieldCode;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.dutyledger.channel.Channel;
import org.dutyledger.channel.ChannelService;
import org.dutyledger.common.Params;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.SqlParams;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationQueries;
import org.dutyledger.organization.OrganizationService;
import org.dutyledger.publication.review.PolicySnapshot;
import org.dutyledger.publication.review.ReviewPolicy;
import org.dutyledger.publication.review.ReviewPolicyRepository;
import org.dutyledger.publication.review.ReviewPolicyService;
import org.dutyledger.publication.review.ReviewPolicyVersion;
import org.dutyledger.security.OrgScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import org.dutyledger.publication.review.ReviewPolicyRequests;

@Path("/api/v1/review-policies")
@Authenticated
@Tag(name = "Review policies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewPolicyResource {

    @Inject
    ReviewPolicyService service;

    @Inject
    ReviewPolicyRepository policies;

    @Inject
    OrganizationService organizations;

    @Inject
    OrganizationQueries organizationQueries;

    @Inject
    ChannelService channels;

    @Inject
    OrgScope scope;

    @Inject
    EntityManager em;

    @GET
    @Operation(summary = "Review policies in the caller's scope, optionally of one subtree")
    public List<ReviewPolicyView> list(@Parameter(description = "Organization id: policies of its subtree") @QueryParam("under") String under) {
        Long underId = Params.optLong("under", under);
        SqlParams p = SqlParams.forJpa();
        String where = " WHERE " + scope.readCondition("o.path", p)
                + (underId == null ? "" : " AND o.path LIKE " + p.bind(organizations.get(underId).path + "%"));
        @SuppressWarnings("unchecked")
        List<ReviewPolicy> rows = p.applyTo(em.createNativeQuery("SELECT rp.* FROM review_policy rp JOIN organization o"
                + " ON o.id = rp.organization_id" + where + " ORDER BY o.path, rp.channel_id NULLS FIRST", ReviewPolicy.class))
                .getResultList();
        return rows.stream().map(this::view).toList();
    }

    @GET
    @Path("/effective")
    @Operation(summary = "The policy an item would be submitted under now: the channel's, else the nearest organization's, else the default")
    public PolicySnapshot effective(@QueryParam("organizationId") String organizationId, @QueryParam("channelId") String channelId) {
        Long channel = Params.optLong("channelId", channelId);
        if (channel != null) {
            Channel c = channels.get(channel);
            return service.effective(organizations.get(c.organizationId), c.id);
        }
        Long org = Params.optLong("organizationId", organizationId);
        if (org == null) {
            throw ProblemException.badRequest("organizationId", FieldCode.REQUIRED);
        }
        return service.effective(organizations.get(org), null);
    }

    @POST
    @Operation(summary = "Give an organization (its subtree) or one of its channels its own review policy (version 1)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewPolicyView.class)))
    public Response create(@Valid @NotNull ReviewPolicyRequests.Create request) {
        ReviewPolicy policy = service.create(request);
        return Response.created(URI.create("/api/v1/review-policies/" + policy.id)).entity(view(policy)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a review policy with all its versions")
    public ReviewPolicyView get(@PathParam("id") String id) {
        return view(service.get(Params.id("id", id)));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change a review policy: writes its next version; items in review keep theirs")
    public ReviewPolicyView update(@PathParam("id") String id, @Valid @NotNull ReviewPolicyRequests.Update request) {
        return view(service.update(Params.id("id", id), request));
    }

    private ReviewPolicyView view(ReviewPolicy p) {
        List<ReviewPolicyVersion> versions = policies.versions(p.id);
        ReviewPolicyVersion current = versions.stream().filter(v -> v.number == p.currentVersion).findFirst().orElseThrow();
        Organization org = organizations.get(p.organizationId);
        return new ReviewPolicyView(p.id, organizationQueries.refs(List.of(org.id)).get(org.id), p.channelId,
                p.currentVersion, current.steps, current.allowSamePersonMultipleSteps,
                versions.stream().map(v -> new ReviewPolicyView.VersionLine(v.id, v.number, v.steps,
                        v.allowSamePersonMultipleSteps, v.createdAt, v.createdByPersonId)).toList(),
                p.version, p.createdAt, p.updatedAt);
    }
}
