package io.dealstream.delivery.api;

import io.dealstream.delivery.application.DeliveryService;
import io.dealstream.delivery.domain.DeliveryCommand;
import io.dealstream.eventstore.http.CommandHeaders;
import io.dealstream.eventstore.http.Roles;
import io.dealstream.eventstore.links.LinkDesk;
import io.dealstream.eventstore.links.LinkRequest;
import io.dealstream.eventstore.links.LinkView;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The links staff send a customer to sign the acceptance report or answer the satisfaction survey themselves (the
 * customer's page: /links/{token}).
 */
@Path("/deliveries/{id}/links")
@Tag(name = "Customer links", description = "Links the customer signs the acceptance report or answers the survey through")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeliveryLinksResource {

    private final DeliveryService deliveries;
    private final LinkDesk desk;

    public DeliveryLinksResource(DeliveryService deliveries, LinkDesk desk) {
        this.deliveries = deliveries;
        this.desk = desk;
    }

    @POST
    @RolesAllowed({Roles.DELIVERY, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Send the customer a link to sign the acceptance or answer the survey", description = "Roles: "
            + "delivery, manager, admin. act SIGN_ACCEPTANCE (every milestone complete; ourSignatory signs as "
            + "the link is sent, the customer's signature completes 'signed by both sides': AcceptanceSigned) or "
            + "ANSWER_SURVEY (after acceptance, not before real use: SatisfactionSurveyed). The link names this "
            + "version of the acceptance report; it works once, until it expires (lifetime, default 14 days) or is "
            + "revoked. With an email it is mailed (mail SENT or FAILED); the url is always in the reply, to copy.")
    @APIResponse(responseCode = "201", description = "The link, its address and how the mail went; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LinkView.class)),
            headers = @Header(name = "Location", description = "The link among the stream's links",
                    schema = @Schema(type = SchemaType.STRING)))
    public Uni<Response> send(@PathParam("id") UUID id, @Valid @NotNull LinkRequest body) {
        return desk.send(id, body, "/deliveries/" + id + "/links", (tx, linkId, now, lifetime, actor) -> deliveries.handle(tx,
                        id, OptionalLong.empty(), new DeliveryCommand.SendLink(now, linkId, body.act(), lifetime, actor,
                                body.email(), body.ourName(), body.ourRole()), UUID.randomUUID(), actor)
                .map(outcome -> outcome.state().customerName()));
    }

    @GET
    @RolesAllowed({Roles.DELIVERY, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "The links sent for this delivery", description = "Newest first, each with its address "
            + "(to copy) and state: SENT, OPENED, USED, EXPIRED or REVOKED.")
    public Uni<List<LinkView>> list(@PathParam("id") UUID id) {
        return desk.list(id);
    }

    @POST
    @Path("/{linkId}/revocation")
    @RolesAllowed({Roles.DELIVERY, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Withdraw a link", description = "Roles: delivery, manager, admin. The customer's page "
            + "then says it was withdrawn; a used link cannot be withdrawn (409 link-used).")
    public Uni<Response> revoke(@PathParam("id") UUID id, @PathParam("linkId") UUID linkId,
            @BeanParam CommandHeaders headers) {
        return desk.revoke(id, linkId, headers, (tx, now, actor) -> deliveries.handle(tx, id,
                headers.expectedVersion(), new DeliveryCommand.RevokeLink(now, linkId, actor), UUID.randomUUID(), actor));
    }
}
