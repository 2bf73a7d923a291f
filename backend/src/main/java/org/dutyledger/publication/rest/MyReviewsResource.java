package org.dutyledger.publication.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.dutyledger.publication.PublicationQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import org.dutyledger.publication.PublicationViews;

@Path("/api/v1/me/reviews")
@Authenticated
@Tag(name = "Publications")
@Produces(MediaType.APPLICATION_JSON)
public class MyReviewsResource {

    @Inject
    PublicationQueries queries;

    @GET
    @Operation(summary = "Items waiting for the caller's review today, across all organizations, longest waiting first")
    public List<PublicationViews.Summary> myReviews() {
        return queries.myReviews();
    }
}
