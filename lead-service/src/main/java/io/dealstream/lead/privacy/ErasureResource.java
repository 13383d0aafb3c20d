package io.dealstream.lead.privacy;

import io.dealstream.eventstore.http.Caller;
import io.dealstream.eventstore.http.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Personal data erasure (GDPR Art. 17), by crypto-shredding. */
@Path("/accounts/{id}/erasure")
@Tag(name = "Privacy", description = "Erasure of a customer's personal data")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ErasureResource {

    @Schema(description = "Why the data is erased, e.g. the data subject's request reference",
            example = "{\"reason\": \"GDPR request 2026-118 by the customer\"}")
    public record ErasureRequest(@NotBlank @Size(max = 500) String reason) {
    }

    @Schema(description = "What was erased: the data subjects whose keys are deleted")
    public record ErasureAccepted(UUID id, List<UUID> subjects, int keysDeleted, long streamVersion,
            List<String> events) {
    }

    private final PersonalDataEraser eraser;
    private final Caller caller;

    public ErasureResource(PersonalDataEraser eraser, Caller caller) {
        this.eraser = eraser;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Erase an account's personal data", description = "Deletes the data keys of the account and"
            + " of all its opportunities: every personal field (contact names, e-mails, phones, key people,"
            + " signatories) in every service's event history reads \"[erased]\" from now on, while the events stay"
            + " append-only and replayable. lead-service clears its projections at once; the other services on"
            + " PersonalDataErased. Repeating it is harmless.")
    @APIResponse(responseCode = "202", description = "Erased here; the other services follow through Kafka",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json",
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(
                            implementation = ErasureResource.ErasureAccepted.class)))
    @APIResponse(responseCode = "404", description = "No such account")
    public Uni<Response> eraseAccount(@PathParam("id") UUID id, @Valid @NotNull ErasureRequest request) {
        return eraser.eraseAccount(id, request.reason().strip(), caller.actor()).map(ErasureResource::accepted);
    }

    static Response accepted(PersonalDataEraser.Erasure e) {
        return Response.accepted(new ErasureAccepted(e.erasedId(), e.subjects(), e.keysDeleted(), e.streamVersion(),
                List.of("PersonalDataErased"))).build();
    }
}
