package io.dealstream.deal.api;

import io.dealstream.deal.application.DealService;
import io.dealstream.deal.domain.DealCommand;
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
 * The links staff send a customer to sign a round's minutes or to confirm and sign the contract (or ask for changes)
 * themselves (the customer's page: /links/{token}).
 */
@Path("/deals/{id}/links")
@Tag(name = "Customer links", description = "Links the customer signs the minutes and the contract through")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DealLinksResource {

    private final DealService deals;
    private final LinkDesk desk;

    public DealLinksResource(DealService deals, LinkDesk desk) {
        this.deals = deals;
        this.desk = desk;
    }

    @POST
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Send the customer a link to sign the minutes or the contract", description = "Roles: "
            + "sales, manager, admin. act SIGN_MINUTES with round and summary (the round held, no exception pending: "
            + "MeetingMinutesSigned) or SIGN_CONTRACT at the contract's last confirmation with the maintenance it "
            + "commits to (ContractSigned and OrderConfirmed, or the customer's ContractChangeRequested). ourSignatory "
            + "signs as the link is sent; the customer's signature completes 'signed by both sides'. The link names "
            + "this version of the document; it works once, until it expires (lifetime, default 14 days) or is "
            + "revoked. With an email it is mailed (mail SENT or FAILED); the url is always in the reply, to copy.")
    @APIResponse(responseCode = "201", description = "The link, its address and how the mail went; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LinkView.class)),
            headers = @Header(name = "Location", description = "The link among the stream's links",
                    schema = @Schema(type = SchemaType.STRING)))
    public Uni<Response> send(@PathParam("id") UUID id, @Valid @NotNull LinkRequest body) {
        return desk.send(id, body, "/deals/" + id + "/links", (tx, linkId, now, lifetime, actor) -> deals.handle(tx,
                        id, OptionalLong.empty(), new DealCommand.SendLink(now, linkId, body.act(), lifetime, actor,
                                body.email(), body.ourName(), body.ourRole(), body.round(), body.summary(),
                                body.maintenance()), UUID.randomUUID(), actor)
                .map(outcome -> outcome.state().customerName()));
    }

    @GET
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "The links sent for this deal", description = "Newest first, each with its address "
            + "(to copy) and state: SENT, OPENED, USED, EXPIRED or REVOKED.")
    public Uni<List<LinkView>> list(@PathParam("id") UUID id) {
        return desk.list(id);
    }

    @POST
    @Path("/{linkId}/revocation")
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Withdraw a link", description = "Roles: sales, manager, admin. The customer's page "
            + "then says it was withdrawn; a used link cannot be withdrawn (409 link-used).")
    public Uni<Response> revoke(@PathParam("id") UUID id, @PathParam("linkId") UUID linkId,
            @BeanParam CommandHeaders headers) {
        return desk.revoke(id, linkId, headers, (tx, now, actor) -> deals.handle(tx, id,
                headers.expectedVersion(), new DealCommand.RevokeLink(now, linkId, actor), UUID.randomUUID(), actor));
    }
}
