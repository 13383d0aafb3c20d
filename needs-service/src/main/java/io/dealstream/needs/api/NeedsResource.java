package io.dealstream.needs.api;

import jakarta.ws.rs.BeanParam;
import io.dealstream.eventstore.http.CommandHeaders;
import io.dealstream.eventstore.http.BudgetRangeDto;
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
import io.dealstream.needs.api.NeedsRequests.Analysis;
import io.dealstream.needs.api.NeedsRequests.Classification;
import io.dealstream.needs.api.NeedsRequests.Confirmation;
import io.dealstream.needs.api.NeedsRequests.ConfirmationRequest;
import io.dealstream.needs.api.NeedsRequests.Dispute;
import io.dealstream.needs.api.NeedsRequests.Meeting;
import io.dealstream.needs.api.NeedsRequests.Outline;
import io.dealstream.needs.application.NeedsService;
import io.dealstream.needs.domain.NeedsCommand;
import io.dealstream.needs.domain.NeedsStatus;
import io.dealstream.needs.projection.NeedsQueries;
import io.dealstream.needs.projection.NeedsView;
import io.dealstream.events.needs.DiscoveryMeetingHeld;
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
import io.dealstream.eventstore.http.SignatureDto;
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
 * Stage 2 over REST. A research is opened by a HIGH lead through Kafka; these endpoints carry it to
 * the signed needs confirmation. The id is the opportunity id.
 */
@Path("/needs")
@Tag(name = "Needs", description = "Needs research, discovery, analysis report, classification, confirmation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NeedsResource {

    private final EventStore store;
    private final Caller caller;
    private final NeedsService needs;
    private final IdempotentCommands idempotent;
    private final Template needsReport;

    public NeedsResource(EventStore store, NeedsService needs, IdempotentCommands idempotent, Template needsReport, Caller caller) {
        this.caller = caller;
        this.store = store;
        this.needs = needs;
        this.needsReport = needsReport;
        this.idempotent = idempotent;
    }

    @GET
    @Operation(summary = "List needs researches", description = "Most urgent deep-conversation deadline first.")
    public Uni<Paging.Page<NeedsView>> list(
            @Parameter(schema = @Schema(implementation = NeedsStatus.class)) @QueryParam("status") String status,
            @QueryParam("overdue") Boolean overdue,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return NeedsQueries.list(store.pool(), QueryParams.enumName(NeedsStatus.class, "status", status), overdue,
                page, size);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The needs analysis report", description = "JSON, or with Accept: text/html a printable "
            + "rendering of the needs-analysis template.")
    @APIResponse(responseCode = "404", description = "No research for this opportunity")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @APIResponse(responseCode = "200", description = "The research and its report; ETag is its version", content = {
            @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = NeedsView.class)),
            @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.TEXT_HTML, schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    public Uni<Response> get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return NeedsQueries.byId(store.pool(), id).map(found -> {
            NeedsView view = found.orElseThrow(() -> new NotFound("needs research", id));
            boolean html = accept != null && accept.contains(MediaType.TEXT_HTML)
                    && !accept.contains(MediaType.APPLICATION_JSON);
            Response.ResponseBuilder ok = html
                    ? Response.ok(needsReport.data("n", view).render(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    : Response.ok(view, MediaType.APPLICATION_JSON_TYPE);
            return ok.tag(Long.toString(view.version())).build();
        });
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "The research's events, in order")
    public Uni<List<HistoryEntry>> history(@PathParam("id") UUID id) {
        return HistoryEntry.of(store, "needs research", id);
    }

    @POST
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Path("/{id}/outline")
    @Operation(summary = "Prepare the research outline", description = "Background notes and the question list; "
            + "the discovery meeting can be recorded only when the questions cover current state, goal, obstacle "
            + "and budget.")
    public Uni<Response> outline(@PathParam("id") UUID id, @Valid @NotNull Outline body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, body, now -> new NeedsCommand.PrepareOutline(now, body.backgroundNotes(),
                body.questions().stream().map(NeedsRequests.Question::toQuestion).toList()));
    }

    @POST
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Path("/{id}/deep-talk")
    @Operation(summary = "Arrange the deep conversation", description = "Roles: sales, manager, admin. The SOP's "
            + "24 h rule: a HIGH lead's deep conversation is arranged within 24 h of the grade (server time). This "
            + "service owns that clock: arranging it (or recording the meeting) before it is due meets it, else "
            + "DeepTalkOverdue is appended once; lead-service and the pipeline follow these events. Post again to move "
            + "the meeting.")
    public Uni<Response> arrangeDeepTalk(@PathParam("id") UUID id, @Valid @NotNull NeedsRequests.DeepTalkArrangement body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, body, now -> new NeedsCommand.ArrangeDeepTalk(now,
                body.scheduledFor(), body.format(), body.notes()));
    }

    @POST
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Path("/{id}/discovery-meeting")
    @Operation(summary = "Record the discovery meeting", description = "Needs a sales lead, a technical expert and "
            + "the customer; a customer talk share under 60 % (dealstream.needs.listening-share) is accepted but flagged "
            + "on the report. Meets the 24 h deep-conversation deadline if it was not arranged before.")
    public Uni<Response> meeting(@PathParam("id") UUID id, @Valid @NotNull Meeting body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, body, now -> new NeedsCommand.RecordMeeting(now, body.format(),
                body.durationMinutes(),
                body.participants().stream().map(p -> new DiscoveryMeetingHeld.Participant(p.name(), p.role())).toList(),
                body.customerTalkShare(),
                body.fiveWhys().stream().map(f -> new DiscoveryMeetingHeld.FiveWhys(f.pain(), List.copyOf(f.whys()),
                        f.rootCause())).toList(),
                body.heldAt(), body.expertNotes(), body.equipmentTested()));
    }

    @POST
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Path("/{id}/solution-design-handoff")
    @Operation(summary = "Hand the classified needs to the solution design team", description = "Roles: sales, "
            + "manager, admin. Internally the report goes to the solution design team (which team, to whom) before it "
            + "goes to the customer: sending it for confirmation waits for this (409 not-handed-to-solution-design).")
    public Uni<Response> handoff(@PathParam("id") UUID id, @Valid @NotNull NeedsRequests.Handoff body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, body, now -> new NeedsCommand.HandToSolutionDesign(now,
                body.team(), body.handedTo(), body.notes()));
    }

    @POST
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Path("/{id}/analysis")
    @Operation(summary = "Write the needs analysis report", description = "Roles: sales, manager, admin. Research "
            + "date and method, current state, pains ranked 1..n, goals, budget range, decision process with key people. "
            + "A report by MEETING needs the meeting (its day is the default research date); a QUESTIONNAIRE or "
            + "INTERVIEW report names its researchDate (422 research-date-required).")
    public Uni<Response> analysis(@PathParam("id") UUID id, @Valid @NotNull Analysis body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, body, now -> new NeedsCommand.Analyse(now, body.method(),
                body.currentState(), body.pains().stream().map(NeedsRequests.PainDto::toPain).toList(),
                List.copyOf(body.goals()), BudgetRangeDto.toBudgetRange(body.budgetRange()),
                body.decisionProcess().toDecisionProcess(), body.researchDate()));
    }

    @POST
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Path("/{id}/requirements")
    @Operation(summary = "Classify the requirements", description = "MUST (solves a pain: painRank names it), "
            + "SHOULD or COULD, for the solution design team.")
    public Uni<Response> classify(@PathParam("id") UUID id, @Valid @NotNull Classification body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, body, now -> new NeedsCommand.Classify(now,
                body.requirements().stream().map(NeedsRequests.RequirementDto::toRequirement).toList()));
    }

    @POST
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Path("/{id}/confirmation-request")
    @Operation(summary = "Send the report to the customer for confirmation")
    public Uni<Response> sendForConfirmation(@PathParam("id") UUID id, @Valid @NotNull ConfirmationRequest body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, body,
                now -> new NeedsCommand.SendForConfirmation(now, body.documentRef()));
    }

    @POST
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Path("/{id}/confirmation")
    @Operation(summary = "Record the confirmation signed by both sides", description = "Roles: sales, manager, "
            + "admin. The customer's signatory AND ours, each with role, time (not before the report was sent) and "
            + "method (422 both-sides-sign). NeedsConfirmed carries the whole confirmed content; proposal-service "
            + "opens a proposal from it.")
    public Uni<Response> confirm(@PathParam("id") UUID id, @Valid @NotNull Confirmation body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, body,
                now -> new NeedsCommand.Confirm(now, SignatureDto.toSignatures(body.signatures()), body.documentRef()));
    }

    @POST
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Path("/{id}/dispute")
    @Operation(summary = "Record the customer's dispute", description = "Reopens the analysis.")
    public Uni<Response> dispute(@PathParam("id") UUID id, @Valid @NotNull Dispute body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, body,
                now -> new NeedsCommand.Dispute(now, body.disputedBy(), List.copyOf(body.points())));
    }

    private Uni<Response> run(UUID id, CommandHeaders headers, Object body,
            Function<Instant, NeedsCommand> command) {
        OptionalLong expected = headers.expectedVersion();
        return idempotent.run(headers, body, tx ->
                needs.handle(tx, id, expected, command.apply(store.clock().instant()), UUID.randomUUID(), caller.actor())
                        .map(outcome -> CommandAccepted.reply(id, outcome)));
    }
}
