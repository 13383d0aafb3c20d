package io.dealstream.deal.api;

import jakarta.ws.rs.BeanParam;
import io.dealstream.eventstore.http.CommandHeaders;
import io.dealstream.deal.api.DealRequests.ContractDraft;
import io.dealstream.deal.api.DealRequests.ExceptionDecision;
import io.dealstream.deal.api.DealRequests.Loss;
import io.dealstream.deal.api.DealRequests.MinutesDto;
import io.dealstream.deal.api.DealRequests.Preparation;
import io.dealstream.deal.api.DealRequests.ReviewDto;
import io.dealstream.deal.api.DealRequests.RoundDto;
import io.dealstream.deal.api.DealRequests.Signature;
import io.dealstream.deal.application.DealService;
import io.dealstream.deal.domain.ContractLint;
import io.dealstream.deal.domain.Deal;
import io.dealstream.deal.domain.DealCommand;
import io.dealstream.deal.domain.DealStatus;
import io.dealstream.deal.domain.OrderTotals;
import io.dealstream.deal.projection.DealQueries;
import io.dealstream.deal.projection.DealQueries.DealView;
import io.dealstream.events.deal.ContractFinding;
import io.dealstream.eventstore.EventStore;
import io.dealstream.eventstore.domain.NotFound;
import io.dealstream.eventstore.http.Paging;
import io.dealstream.eventstore.http.Caller;
import io.dealstream.eventstore.http.CommandAccepted;
import io.dealstream.eventstore.http.HistoryEntry;
import io.dealstream.eventstore.http.IdempotentCommands;
import io.dealstream.eventstore.http.QueryParams;
import io.dealstream.eventstore.http.Roles;
import io.dealstream.eventstore.http.SignatureDto;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Stage 5 over REST. A negotiation opens by itself when proposal-service reports an accepted proposal;
 * these endpoints carry it to the signed contract and the order. The id is the opportunity id.
 */
@Path("/deals")
@Tag(name = "Deals", description = "Negotiation with guarded bottom lines, minutes, contract review and signing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DealResource {

    private final EventStore store;
    private final Caller caller;
    private final DealService deals;
    private final IdempotentCommands idempotent;
    private final Template contractDocument;
    private final BottomLineSight sight;

    public DealResource(EventStore store, Caller caller, DealService deals, IdempotentCommands idempotent,
            Template contractDocument) {
        this.store = store;
        this.caller = caller;
        this.sight = new BottomLineSight(caller);
        this.deals = deals;
        this.contractDocument = contractDocument;
        this.idempotent = idempotent;
    }

    @GET
    @Operation(summary = "List deals", description = "status: NEGOTIATING, CONTRACT_DRAFTED, CONTRACT_APPROVED, "
            + "SENT_FOR_CONFIRMATION, SIGNED, LOST. " + BottomLineSight.ROLES_NOTE)
    public Uni<Paging.Page<DealView>> list(
            @Parameter(schema = @Schema(implementation = DealStatus.class)) @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return DealQueries.list(store.pool(), QueryParams.enumName(DealStatus.class, "status", status), page, size)
                .map(p -> new Paging.Page<>(p.items().stream().map(sight::view).toList(), p.page(), p.size(), p.total()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One deal: bottom lines, rounds with their terms, minutes and exceptions, the contract and "
            + "the order", description = BottomLineSight.ROLES_NOTE)
    @APIResponse(responseCode = "200", description = "The deal; ETag is its version", content = {
            @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = DealView.class))})
    public Uni<Response> get(@PathParam("id") UUID id) {
        return view(id).map(v -> Response.ok(sight.view(v)).tag(Long.toString(v.version())).build());
    }

    @GET
    @Path("/{id}/contract")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(summary = "The contract", description = "JSON with the current findings of the vague-wording and "
            + "clause check, or with Accept: text/html a printable contract.")
    @APIResponse(responseCode = "200", description = "The contract and the check's findings, or the printable contract",
            content = {@org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ContractDocument.class)),
                @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.TEXT_HTML,
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    public Uni<Response> contract(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return view(id).map(v -> {
            if (v.deal().contract() == null) {
                throw new NotFound("contract of deal", id);
            }
            boolean html = accept != null && accept.contains(MediaType.TEXT_HTML)
                    && !accept.contains(MediaType.APPLICATION_JSON);
            if (html) {
                OrderTotals order = OrderTotals.of(v.deal().proposalQuote(), v.deal().contract().terms());
                return Response.ok(contractDocument.data("v", v).data("order", order).render(),
                        MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
            }
            return Response.ok(new ContractDocument(v.deal().contract(),
                    ContractLint.lint(v.deal().contract().clauses(), v.deal().contract().terms()))).build();
        });
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "The deal's events, in order", description = BottomLineSight.ROLES_NOTE)
    public Uni<List<HistoryEntry>> history(@PathParam("id") UUID id) {
        return HistoryEntry.of(store, "deal", id).map(sight::history);
    }

    @POST
    @Path("/{id}/preparation")
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Prepare the negotiation", description = "Roles: sales, manager, admin. Bottom lines "
            + "(minimum price, longest payment term, service scope), the counterpart's decision chain, budget authority "
            + "and concerns, and the planned concessions. Rounds need it. Once a round is held, changing a bottom line "
            + "is a manager's act with a changeReason (BottomLinesChanged names the manager); anyone else gets 403 "
            + "bottom-lines-locked.")
    public Uni<Response> prepare(@PathParam("id") UUID id, @Valid @NotNull Preparation body,
            @BeanParam CommandHeaders headers) {
        String actor = caller.actor();
        boolean manager = caller.hasRole(Roles.MANAGER);
        return run(id, headers, body, now -> new DealCommand.Prepare(now, body.toBottomLines(),
                body.toCounterpart(), body.toConcessions(), List.copyOf(body.responses()), actor, manager,
                body.changeReason()));
    }

    @POST
    @Path("/{id}/rehearsals")
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Rehearse the negotiation", description = "Roles: sales, manager, admin. An internal "
            + "rehearsal of the strategy, concessions and responses; the first round needs one "
            + "(dealstream.deal.required-rehearsals; 422 negotiation-not-rehearsed).")
    public Uni<Response> rehearse(@PathParam("id") UUID id, @Valid @NotNull DealRequests.Rehearsal body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, body, now -> new DealCommand.Rehearse(now, body.notes()));
    }

    @POST
    @Path("/{id}/rounds")
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Record a negotiation round", description = "Terms beyond a bottom line are refused (422) "
            + "unless exceptionReason asks a manager for an exception. The previous round's minutes must be signed.")
    public Uni<Response> round(@PathParam("id") UUID id, @Valid @NotNull RoundDto body,
            @BeanParam CommandHeaders headers) {
        String requestedBy = caller.actor();
        return run(id, headers, body, now -> new DealCommand.HoldRound(now, body.terms().toTerms(),
                List.copyOf(body.concessionsMade()), requestedBy, body.exceptionReason()));
    }

    @POST
    @Path("/{id}/rounds/{round}/minutes")
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Record the round's minutes, signed by both sides", description = "Roles: sales, manager, "
            + "admin. The customer's signatory AND ours, each with role, time and method (422 both-sides-sign).")
    public Uni<Response> minutes(@PathParam("id") UUID id, @PathParam("round") int round, @Valid @NotNull MinutesDto body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, body, now -> new DealCommand.SignMinutes(now, round,
                body.summary(), SignatureDto.toSignatures(body.signatures())));
    }

    @POST
    @Path("/{id}/rounds/{round}/exception/approval")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "A manager grants the round's bottom-line exception, with a reason", description = "Roles: "
            + "manager, admin; never the person who requested the exception (403 exception-own-request).")
    public Uni<Response> approve(@PathParam("id") UUID id, @PathParam("round") int round,
            @Valid @NotNull ExceptionDecision body, @BeanParam CommandHeaders headers) {
        return decide(id, round, true, body, headers);
    }

    @POST
    @Path("/{id}/rounds/{round}/exception/rejection")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "A manager refuses the round's bottom-line exception, with a reason")
    public Uni<Response> refuse(@PathParam("id") UUID id, @PathParam("round") int round,
            @Valid @NotNull ExceptionDecision body, @BeanParam CommandHeaders headers) {
        return decide(id, round, false, body, headers);
    }

    private Uni<Response> decide(UUID id, int round, boolean approve, ExceptionDecision body, CommandHeaders headers) {
        String approver = caller.actor();
        boolean manager = caller.hasRole(Roles.MANAGER);
        return run(id, headers, body,
                now -> new DealCommand.DecideException(now, round, approve, approver, manager, body.reason()));
    }

    @POST
    @Path("/{id}/contract")
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.LEGAL, Roles.ADMIN})
    @Operation(summary = "Draft the contract", description = "Roles: sales, manager, legal, admin. Clauses with the "
            + "terms of the last agreed round (its minutes signed, its terms within the bottom lines or excepted). A "
            + "KEY_ACCOUNT negotiation expects several rounds (dealstream.deal.key-account-rounds, 3): before them the "
            + "draft states a fewerRoundsReason (422 key-account-rounds).")
    public Uni<Response> draft(@PathParam("id") UUID id, @Valid @NotNull ContractDraft body,
            @BeanParam CommandHeaders headers) {
        UUID contractId = UUID.randomUUID();
        return run(id, headers, body, now -> new DealCommand.DraftContract(now, contractId,
                body.clauses().stream().map(DealRequests.ClauseDto::toClause).toList(), body.fewerRoundsReason()));
    }

    @POST
    @Path("/{id}/contract/review")
    @RolesAllowed({Roles.LEGAL, Roles.ADMIN})
    @Operation(summary = "Legal reviews the contract", description = "Approval is blocked (422) while the service's "
            + "check finds vague wording or a missing SOP clause, unless legal overrides each finding with a reason.")
    public Uni<Response> review(@PathParam("id") UUID id, @Valid @NotNull ReviewDto body,
            @BeanParam CommandHeaders headers) {
        String reviewer = caller.actor();
        boolean legal = caller.hasRole(Roles.LEGAL);
        Map<String, String> overrides = new HashMap<>();
        body.overrides().forEach(o -> overrides.put(ContractLint.key(new ContractFinding(o.clause(), o.kind(), o.text(),
                null)), o.reason()));
        List<ContractFinding> legalFindings = body.findings().stream()
                .map(f -> new ContractFinding(f.clause(), f.kind(), f.text(), null)).toList();
        return run(id, headers, body, now -> new DealCommand.Review(now, reviewer, legal,
                body.approved(), legalFindings, overrides));
    }

    @POST
    @Path("/{id}/contract/sending")
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.LEGAL, Roles.ADMIN})
    @Operation(summary = "Send the approved contract to the customer for a last confirmation", description = "Roles: "
            + "sales, manager, legal, admin; for a KEY_ACCOUNT a manager (403 key-account-needs-manager).")
    public Uni<Response> send(@PathParam("id") UUID id, @BeanParam CommandHeaders headers) {
        boolean manager = caller.hasRole(Roles.MANAGER);
        return run(id, headers, Map.of(), now -> new DealCommand.SendForConfirmation(now, manager));
    }

    @POST
    @Path("/{id}/contract/questions")
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.LEGAL, Roles.ADMIN})
    @Operation(summary = "Record a customer question at the last confirmation", description = "Roles: sales, manager, "
            + "legal, admin. The contract is with the customer; the question is answered in writing within 24 h "
            + "(dealstream.deal.answer-within; ContractQuestionOverdue once otherwise), and the contract is signed "
            + "only when every question has its answer. The new question's id is in the reply.")
    public Uni<Response> question(@PathParam("id") UUID id, @Valid @NotNull DealRequests.QuestionDto body,
            @BeanParam CommandHeaders headers) {
        UUID questionId = UUID.randomUUID();
        return run(id, headers, body, now -> new DealCommand.RaiseQuestion(now, questionId,
                body.text(), body.raisedAt()));
    }

    @POST
    @Path("/{id}/contract/questions/{questionId}/answer")
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.LEGAL, Roles.ADMIN})
    @Operation(summary = "Answer a customer question in writing", description = "Roles: sales, manager, legal, admin. "
            + "After its 24 h the answer is recorded as late.")
    public Uni<Response> answer(@PathParam("id") UUID id, @PathParam("questionId") UUID questionId,
            @Valid @NotNull DealRequests.AnswerDto body, @BeanParam CommandHeaders headers) {
        return run(id, headers, body,
                now -> new DealCommand.AnswerQuestion(now, questionId, body.answer(), body.answeredAt()));
    }

    @POST
    @Path("/{id}/contract/change-request")
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.LEGAL, Roles.ADMIN})
    @Operation(summary = "The customer asks for changes at the last confirmation", description = "Roles: sales, "
            + "manager, legal, admin. The contract goes back to drafting with the amended clauses marked "
            + "(ContractChangeRequested); legal reviews it again before it is sent anew.")
    public Uni<Response> changeRequest(@PathParam("id") UUID id, @Valid @NotNull DealRequests.ChangeRequestDto body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, body, now -> new DealCommand.RequestChange(now,
                body.reason(), body.amendedClauses().stream().map(DealRequests.ClauseDto::toClause).toList()));
    }

    @POST
    @Path("/{id}/contract/signature")
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.LEGAL, Roles.ADMIN})
    @Operation(summary = "Record the signature", description = "Roles: sales, manager, legal, admin. Both sides: the "
            + "customer's signatory AND ours, each with role, time (not before the contract was sent, not in the future) "
            + "and method, electronic or paper with the signed document's reference. The contract takes effect "
            + "(ContractSigned, which opens delivery) and the order is confirmed.")
    public Uni<Response> sign(@PathParam("id") UUID id, @Valid @NotNull Signature body,
            @BeanParam CommandHeaders headers) {
        UUID orderId = UUID.randomUUID();
        return run(id, headers, body, now -> new DealCommand.Sign(now, orderId,
                SignatureDto.toSignatures(body.signatures()),
                body.maintenance().stream().map(DealRequests.MaintenanceDto::toCommitment).toList()));
    }

    @POST
    @Path("/{id}/loss")
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "The deal is lost", description = "With the stage and the reason; lead-service defers the lead.")
    public Uni<Response> lose(@PathParam("id") UUID id, @Valid @NotNull Loss body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, body, now -> new DealCommand.Lose(now, body.stage(), body.reason(),
                body.competitor()));
    }

    private Uni<DealView> view(UUID id) {
        return DealQueries.byId(store.pool(), id).map(found -> found.orElseThrow(() -> new NotFound("deal", id)));
    }

    private Uni<Response> run(UUID id, CommandHeaders headers, Object body,
            Function<Instant, DealCommand> command) {
        OptionalLong expected = headers.expectedVersion();
        String actor = caller.actor();
        return idempotent.run(headers, body, tx ->
                deals.handle(tx, id, expected, command.apply(store.clock().instant()), UUID.randomUUID(), actor)
                        .map(outcome -> CommandAccepted.reply(id, outcome)));
    }

    /** The contract as drafted, with the vague-wording and clause check's current findings. */
    public record ContractDocument(Deal.Contract contract, List<ContractFinding> lintFindings) {
    }
}
