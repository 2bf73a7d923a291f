package org.dutyledger.person.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.dutyledger.person.CallerProfile;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.dutyledger.person.MeView;

@Path("/api/v1/me")
@Authenticated
@Tag(name = "People")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CallerProfile profile;

    @GET
    @Operation(summary = "The caller: identity, global roles, linked person and the top organizations in scope")
    public MeView me() {
        return profile.me();
    }
}
