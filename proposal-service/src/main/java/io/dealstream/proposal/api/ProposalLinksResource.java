package io.dealstream.proposal.api;

import io.dealstream.proposal.application.ProposalService;
import io.dealstream.proposal.domain.ProposalCommand;
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
 * The links staff send a customer to confirm a revision of the proposal, or to ask questions and raise an objection
 * on it, themselves (the customer's page: /links/{token}).
 */
@Path("/proposals/{id}/links")
@Tag(name = "Customer links", description = "Links the customer confirms a revision or asks about the proposal through")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProposalLinksResource {

    private final ProposalService proposals;
    private final LinkDesk desk;

    public ProposalLinksResource(ProposalService proposals, LinkDesk desk) {
        this.proposals = proposals;
        this.desk = desk;
    }

    @POST
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Send the customer a link to confirm the revision or to ask about the proposal",
            description = "Roles: sales, manager, admin. act CONFIRM_PROPOSAL_REVISION (the current revision, after "
            + "the first, not yet confirmed: ProposalRevisionConfirmed with the customer's evidence) or "
            + "ASK_ABOUT_PROPOSAL (after the presentation: each question a QuestionRaised, an objection an "
            + "ObjectionRaised, owned by the sender and answered in writing within 24 h). The link names the current "
            + "revision and does nothing once the proposal is revised again; it works once, until it expires "
            + "(lifetime, default 14 days) or is revoked. With an email it is mailed (mail SENT or FAILED); the url "
            + "is always in the reply, to copy.")
    @APIResponse(responseCode = "201", description = "The link, its address and how the mail went; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LinkView.class)),
            headers = @Header(name = "Location", description = "The link among the stream's links",
                    schema = @Schema(type = SchemaType.STRING)))
    public Uni<Response> send(@PathParam("id") UUID id, @Valid @NotNull LinkRequest body) {
        return desk.send(id, body, "/proposals/" + id + "/links", (tx, linkId, now, lifetime, actor) -> proposals
                .handle(tx, id, OptionalLong.empty(), new ProposalCommand.SendLink(now, linkId, body.act(), lifetime,
                        actor, body.email()), UUID.randomUUID(), actor)
                .map(outcome -> outcome.state().customerName()));
    }

    @GET
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "The links sent for this proposal", description = "Newest first, each with its address "
            + "(to copy) and state: SENT, OPENED, USED, EXPIRED or REVOKED.")
    public Uni<List<LinkView>> list(@PathParam("id") UUID id) {
        return desk.list(id);
    }

    @POST
    @Path("/{linkId}/revocation")
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Withdraw a link", description = "Roles: sales, manager, admin. The customer's page then "
            + "says it was withdrawn; a used link cannot be withdrawn (409 link-used).")
    public Uni<Response> revoke(@PathParam("id") UUID id, @PathParam("linkId") UUID linkId,
            @BeanParam CommandHeaders headers) {
        return desk.revoke(id, linkId, headers, (tx, now, actor) -> proposals.handle(tx, id,
                headers.expectedVersion(), new ProposalCommand.RevokeLink(now, linkId, actor), UUID.randomUUID(), actor));
    }
}
