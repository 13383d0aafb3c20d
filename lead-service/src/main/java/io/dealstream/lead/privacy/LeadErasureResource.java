package io.dealstream.lead.privacy;

import io.dealstream.eventstore.http.Caller;
import io.dealstream.eventstore.http.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Erasure of a lead captured without an account (a lead of an account is erased with the account). */
@Path("/leads/{id}/erasure")
@Tag(name = "Privacy", description = "Erasure of a customer's personal data")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LeadErasureResource {

    private final PersonalDataEraser eraser;
    private final Caller caller;

    public LeadErasureResource(PersonalDataEraser eraser, Caller caller) {
        this.eraser = eraser;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Erase the personal data of a lead captured without an account",
            description = "As the account erasure, for a lead that belongs to no account (409 otherwise).")
    @APIResponse(responseCode = "202", description = "Erased here; the other services follow through Kafka",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json",
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(
                            implementation = ErasureResource.ErasureAccepted.class)))
    @APIResponse(responseCode = "404", description = "No such lead")
    @APIResponse(responseCode = "409", description = "The lead belongs to an account: erase the account")
    public Uni<Response> erase(@PathParam("id") UUID id, @Valid @NotNull ErasureResource.ErasureRequest request) {
        return eraser.eraseLead(id, request.reason().strip(), caller.actor()).map(ErasureResource::accepted);
    }
}
