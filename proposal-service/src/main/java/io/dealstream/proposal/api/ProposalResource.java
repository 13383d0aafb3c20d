package io.dealstream.proposal.api;

import jakarta.ws.rs.BeanParam;
import io.dealstream.eventstore.http.CommandHeaders;
import io.dealstream.eventstore.EventStore;
import io.dealstream.eventstore.http.Paging;
import io.dealstream.eventstore.http.Caller;
import io.dealstream.eventstore.http.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.dealstream.eventstore.domain.NotFound;
import io.dealstream.eventstore.http.CommandAccepted;
import io.dealstream.eventstore.http.HistoryEntry;
import io.dealstream.eventstore.http.IdempotentCommands;
import io.dealstream.eventstore.http.QueryParams;
import io.dealstream.proposal.api.ProposalRequests.Acceptance;
import io.dealstream.proposal.api.ProposalRequests.Answer;
import io.dealstream.proposal.api.ProposalRequests.Draft;
import io.dealstream.proposal.api.ProposalRequests.ObjectionDto;
import io.dealstream.proposal.api.ProposalRequests.Outcome;
import io.dealstream.proposal.api.ProposalRequests.Presentation;
import io.dealstream.proposal.api.ProposalRequests.Rehearsal;
import io.dealstream.proposal.api.ProposalRequests.Rejection;
import io.dealstream.proposal.api.ProposalRequests.RevisionConfirmation;
import io.dealstream.proposal.api.ProposalRequests.RevisionDto;
import io.dealstream.proposal.api.ProposalRequests.TrustMaterialDto;
import io.dealstream.proposal.application.ProposalService;
import io.dealstream.proposal.domain.Objection;
import io.dealstream.proposal.domain.ObjectionPlaybook;
import io.dealstream.proposal.domain.ProposalCommand;
import io.dealstream.proposal.domain.ProposalStatus;
import io.dealstream.proposal.domain.Revision;
import io.dealstream.proposal.projection.ProposalQueries;
import io.dealstream.proposal.projection.ProposalQueries.ProposalView;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Stages 3 and 4 over REST. A proposal opens by itself when needs-service confirms the needs; these
 * endpoints carry it to acceptance or rejection. The id is the opportunity id.
 */
@Path("/proposals")
@Tag(name = "Proposals", description = "Five-part proposal, rehearsals, presentation, objections, trust, revisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProposalResource {

    /** An objection with the SOP's suggested answers for its type. */
    public record ObjectionView(Objection objection, List<ObjectionPlaybook.Suggestion> suggestedAnswers) {
    }

    private final EventStore store;
    private final Caller caller;
    private final ProposalService proposals;
    private final IdempotentCommands idempotent;
    private final Template proposalDocument;

    public ProposalResource(EventStore store, ProposalService proposals, IdempotentCommands idempotent, Template proposalDocument, Caller caller) {
        this.caller = caller;
        this.store = store;
        this.proposals = proposals;
        this.proposalDocument = proposalDocument;
        this.idempotent = idempotent;
    }

    @GET
    @Operation(summary = "List proposals", description = "stage: DRAFT, PRESENTED, ACCEPTED, REJECTED; openObjections: "
            + "true for proposals with objections that have no outcome yet.")
    public Uni<Paging.Page<ProposalView>> list(
            @Parameter(schema = @Schema(implementation = ProposalStatus.class)) @QueryParam("stage") String stage,
            @QueryParam("openObjections") Boolean openObjections,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return ProposalQueries.list(store.pool(), QueryParams.enumName(ProposalStatus.class, "stage", stage),
                openObjections, page, size);
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(summary = "The proposal at its current revision", description = "JSON, or with Accept: text/html a "
            + "printable rendering of the five parts.")
    @APIResponse(responseCode = "404", description = "No proposal for this opportunity")
    @APIResponse(responseCode = "200", description = "The proposal; ETag is its version", content = {
            @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = ProposalView.class)),
            @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.TEXT_HTML, schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    public Uni<Response> get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return view(id).map(view -> {
            boolean html = accept != null && accept.contains(MediaType.TEXT_HTML)
                    && !accept.contains(MediaType.APPLICATION_JSON);
            Response.ResponseBuilder ok = html
                    ? Response.ok(proposalDocument.data("v", view).render(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    : Response.ok(view, MediaType.APPLICATION_JSON_TYPE);
            return ok.tag(Long.toString(view.version())).build();
        });
    }

    @GET
    @Path("/{id}/revisions/{n}")
    @Operation(summary = "One revision: its content, its marked changes, the customer's confirmation")
    public Uni<Revision> revision(@PathParam("id") UUID id, @PathParam("n") int n) {
        return view(id).map(v -> v.proposal().revision(n).orElseThrow(() -> new NotFound("revision", n)));
    }

    @GET
    @Path("/{id}/relationship")
    @Operation(summary = "The customer's relationship history", description = "Roles: any authenticated role. What a "
            + "REPEAT_PURCHASE proposal starts from: the customer's earlier deliveries and acceptances, surveys, the "
            + "issues reported (open ones counted) and the adjustments asked for at the callback, oldest first. The "
            + "customer is the proposal's account; without one the history is empty.")
    public Uni<io.dealstream.proposal.relationship.RelationshipHistory.History> relationship(@PathParam("id") UUID id) {
        return view(id).chain(v -> v.proposal().accountId() == null
                ? Uni.createFrom().item(new io.dealstream.proposal.relationship.RelationshipHistory.History(null,
                        List.of(), 0))
                : io.dealstream.proposal.relationship.RelationshipHistory.of(store.pool(), v.proposal().accountId()));
    }

    @GET
    @Path("/{id}/objections")
    @Operation(summary = "The objection tracking list", description = "Each objection with the SOP's suggested answers "
            + "for its type (price, function, trust, decision).")
    public Uni<List<ObjectionView>> objections(@PathParam("id") UUID id) {
        return view(id).map(v -> v.proposal().objections().stream()
                .map(o -> new ObjectionView(o, ObjectionPlaybook.suggestionsFor(o.type()))).toList());
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "The proposal's events, every revision included")
    public Uni<List<HistoryEntry>> history(@PathParam("id") UUID id) {
        return HistoryEntry.of(store, "proposal", id);
    }

    @POST
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Path("/{id}/draft")
    @Operation(summary = "Write the draft", description = "The five parts (pain restatement, solution, implementation "
            + "path, quantified value, quote breakdown with an exact total), differentiators, and how the solution "
            + "addresses each requirement. Until the presentation.")
    public Uni<Response> draft(@PathParam("id") UUID id, @Valid @NotNull Draft body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, body, now -> new ProposalCommand.Draft(now, body.sections(),
                List.copyOf(body.differentiators()), body.coverageList()));
    }

    @POST
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Path("/{id}/rehearsals")
    @Operation(summary = "Record an internal rehearsal", description = "Two are required before presenting.")
    public Uni<Response> rehearse(@PathParam("id") UUID id, @Valid @NotNull Rehearsal body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, body, now -> new ProposalCommand.Rehearse(now, body.notes()));
    }

    @POST
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Path("/{id}/presentation")
    @Operation(summary = "Record the presentation", description = "Refused (422, naming what is missing) until the "
            + "five parts and the risks are complete (for a KEY_ACCOUNT also its custom parts), every MUST requirement is "
            + "addressed and the rehearsals (dealstream.proposal.required-rehearsals, 2) are recorded. Objections and "
            + "questions raised open a 24 h written-answer deadline each.")
    public Uni<Response> present(@PathParam("id") UUID id, @Valid @NotNull Presentation body,
            @BeanParam CommandHeaders headers) {
        String actor = caller.actor();
        return run(id, headers, body, now -> new ProposalCommand.Present(now, body.presentedAt(),
                List.copyOf(body.attendees()), body.qaMinutes() == null ? 30 : body.qaMinutes(),
                List.copyOf(body.questions()), body.objections().stream().map(o -> o.toObjection(now)).toList(), actor,
                body.comparableCases() == null ? List.of() : List.copyOf(body.comparableCases())));
    }

    @POST
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Path("/{id}/questions")
    @Operation(summary = "Record a customer question", description = "Roles: sales, manager, admin. After the "
            + "presentation; answered in writing within 24 h (QuestionAnswerOverdue once otherwise), like an objection.")
    public Uni<Response> question(@PathParam("id") UUID id, @Valid @NotNull ProposalRequests.QuestionDto body,
            @BeanParam CommandHeaders headers) {
        UUID questionId = UUID.randomUUID();
        return run(id, headers, body, now -> new ProposalCommand.RaiseQuestion(now, questionId,
                body.text(), body.raisedAt(), body.owner()));
    }

    @POST
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Path("/{id}/questions/{questionId}/answer")
    @Operation(summary = "Answer a customer question in writing", description = "Roles: sales, manager, admin. After "
            + "its 24 h the answer is recorded as late.")
    public Uni<Response> answerQuestion(@PathParam("id") UUID id, @PathParam("questionId") UUID questionId,
            @Valid @NotNull ProposalRequests.QuestionAnswerDto body, @BeanParam CommandHeaders headers) {
        return run(id, headers, body,
                now -> new ProposalCommand.AnswerQuestion(now, questionId, body.answer(), body.answeredAt()));
    }

    @POST
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Path("/{id}/objections")
    @Operation(summary = "Record an objection", description = "Typed PRICE, FUNCTION, TRUST or DECISION; a written "
            + "answer is due within 24 h.")
    public Uni<Response> raise(@PathParam("id") UUID id, @Valid @NotNull ObjectionDto body,
            @BeanParam CommandHeaders headers) {
        UUID objectionId = UUID.randomUUID();
        return run(id, headers, body,
                now -> new ProposalCommand.RaiseObjection(now, objectionId, body.toObjection(now)));
    }

    @POST
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Path("/{id}/objections/{objectionId}/answer")
    @Operation(summary = "Answer an objection in writing", description = "Evidence lists shared trust material ids.")
    public Uni<Response> answer(@PathParam("id") UUID id, @PathParam("objectionId") UUID objectionId,
            @Valid @NotNull Answer body, @BeanParam CommandHeaders headers) {
        return run(id, headers, body,
                now -> new ProposalCommand.AnswerObjection(now, objectionId, body.response(),
                        List.copyOf(body.evidence()), body.answeredAt()));
    }

    @POST
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Path("/{id}/objections/{objectionId}/outcome")
    @Operation(summary = "Record the customer's feedback and the outcome", description = "RESOLVED, PARTLY_RESOLVED "
            + "or UNRESOLVED, with the next step.")
    public Uni<Response> outcome(@PathParam("id") UUID id, @PathParam("objectionId") UUID objectionId,
            @Valid @NotNull Outcome body, @BeanParam CommandHeaders headers) {
        return run(id, headers, body,
                now -> new ProposalCommand.ResolveObjection(now, objectionId, body.outcome(), body.customerFeedback(),
                        body.nextStep()));
    }

    @POST
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Path("/{id}/trust-material")
    @Operation(summary = "Share trust material", description = "Certifications, press, partner endorsements, cases, "
            + "testimonials, reference calls, trials, staged acceptance, service commitments.")
    public Uni<Response> trust(@PathParam("id") UUID id, @Valid @NotNull TrustMaterialDto body,
            @BeanParam CommandHeaders headers) {
        UUID materialId = UUID.randomUUID();
        return run(id, headers, body,
                now -> new ProposalCommand.ShareTrustMaterial(now, materialId, body.kind(), body.description()));
    }

    @POST
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Path("/{id}/revisions")
    @Operation(summary = "Revise the proposal", description = "The whole revised content; the changes are marked per "
            + "section (before/after). The customer then confirms the revision.")
    public Uni<Response> revise(@PathParam("id") UUID id, @Valid @NotNull RevisionDto body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, body, now -> new ProposalCommand.Revise(now,
                body.content().sections(), body.content().coverageList(), body.reason()));
    }

    @POST
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Path("/{id}/revisions/{n}/confirmation")
    @Operation(summary = "Record the customer's confirmation of a revision", description = "Roles: sales, manager, "
            + "admin. Staff record a confirmation the customer gave elsewhere (reference: where); it is shown as "
            + "recorded by staff. The customer confirms themselves through a link: POST /proposals/{id}/links with act "
            + "CONFIRM_PROPOSAL_REVISION.")
    public Uni<Response> confirmRevision(@PathParam("id") UUID id, @PathParam("n") int n,
            @Valid @NotNull RevisionConfirmation body, @BeanParam CommandHeaders headers) {
        return run(id, headers, body,
                now -> new ProposalCommand.ConfirmRevision(now, n, body.confirmedBy(), body.confirmedAt(),
                        body.reference()));
    }

    @POST
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Path("/{id}/acceptance")
    @Operation(summary = "The customer accepts", description = "Roles: sales, manager, admin; for a KEY_ACCOUNT a "
            + "manager (403 key-account-needs-manager). Only without open or UNRESOLVED objections, unless "
            + "overrideReason is given (recorded on the event). ProposalAccepted opens the negotiation in deal-service.")
    public Uni<Response> accept(@PathParam("id") UUID id, @Valid Acceptance body,
            @BeanParam CommandHeaders headers) {
        Acceptance acceptance = body == null ? new Acceptance(null) : body;
        boolean manager = caller.hasRole(Roles.MANAGER);
        return run(id, headers, acceptance,
                now -> new ProposalCommand.Accept(now, acceptance.overrideReason(), manager));
    }

    @POST
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Path("/{id}/rejection")
    @Operation(summary = "The customer rejects", description = "lead-service moves the lead back to the deferred pool.")
    public Uni<Response> reject(@PathParam("id") UUID id, @Valid @NotNull Rejection body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, body, now -> new ProposalCommand.Reject(now, body.reason()));
    }

    private Uni<ProposalView> view(UUID id) {
        return ProposalQueries.byId(store.pool(), id).map(found -> found.orElseThrow(() -> new NotFound("proposal", id)));
    }

    private Uni<Response> run(UUID id, CommandHeaders headers, Object body,
            Function<Instant, ProposalCommand> command) {
        OptionalLong expected = headers.expectedVersion();
        return idempotent.run(headers, body, tx ->
                proposals.handle(tx, id, expected, command.apply(store.clock().instant()), UUID.randomUUID(),
                        caller.actor()).map(outcome -> CommandAccepted.reply(id, outcome, ProposalCreations::of)));
    }
}
