package io.dealstream.delivery.api;

import jakarta.ws.rs.BeanParam;
import io.dealstream.eventstore.http.CommandHeaders;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import io.dealstream.delivery.api.DeliveryRequests.Acceptance;
import io.dealstream.delivery.api.DeliveryRequests.Callback;
import io.dealstream.delivery.api.DeliveryRequests.Community;
import io.dealstream.delivery.api.DeliveryRequests.Completion;
import io.dealstream.delivery.api.DeliveryRequests.Maintenance;
import io.dealstream.delivery.api.DeliveryRequests.Plan;
import io.dealstream.delivery.api.DeliveryRequests.Progress;
import io.dealstream.delivery.api.DeliveryRequests.Referral;
import io.dealstream.delivery.api.DeliveryRequests.Survey;
import io.dealstream.delivery.api.DeliveryRequests.Upsell;
import io.dealstream.delivery.application.DeliveryService;
import io.dealstream.delivery.domain.DeliveryCommand;
import io.dealstream.delivery.domain.DeliveryStatus;
import io.dealstream.delivery.projection.DeliveryQueries;
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
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Stage 6 over REST. A delivery opens by itself when deal-service reports a signed contract; these
 * endpoints carry it through delivery and after-sales. Commands need the {@code delivery} role.
 */
@Path("/deliveries")
@Tag(name = "Deliveries", description = "Delivery plan, weekly progress, acceptance, after-sales, relationship")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeliveryResource {

    private final EventStore store;
    private final Caller caller;
    private final DeliveryService deliveries;
    private final IdempotentCommands idempotent;

    public DeliveryResource(EventStore store, Caller caller, DeliveryService deliveries, IdempotentCommands idempotent) {
        this.store = store;
        this.caller = caller;
        this.deliveries = deliveries;
        this.idempotent = idempotent;
    }

    @GET
    @Operation(summary = "List deliveries", description = "status: PLANNING, IN_DELIVERY, AFTER_SALES; overdue: a "
            + "missed weekly report, callback or survey.")
    public Uni<Paging.Page<DeliveryQueries.DeliveryView>> list(
            @Parameter(schema = @Schema(implementation = DeliveryStatus.class)) @QueryParam("status") String status,
            @QueryParam("overdue") Boolean overdue,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return DeliveryQueries.list(store.pool(), QueryParams.enumName(DeliveryStatus.class, "status", status), overdue,
                page, size);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One delivery: plan, progress, acceptance, after-sales log, relationship")
    @APIResponse(responseCode = "200", description = "The delivery; ETag is its version", content = {
            @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = DeliveryQueries.DeliveryView.class))})
    public Uni<Response> get(@PathParam("id") UUID id) {
        return DeliveryQueries.byId(store.pool(), id).map(found -> {
            DeliveryQueries.DeliveryView v = found.orElseThrow(() -> new NotFound("delivery", id));
            return Response.ok(v).tag(Long.toString(v.version())).build();
        });
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "The delivery's events, in order")
    public Uni<List<HistoryEntry>> history(@PathParam("id") UUID id) {
        return HistoryEntry.of(store, "delivery", id);
    }

    @POST
    @Path("/{id}/plan")
    @RolesAllowed({Roles.DELIVERY, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Plan the delivery", description = "Milestones with due dates, owners and deliverables.")
    public Uni<Response> plan(@PathParam("id") UUID id, @Valid @NotNull Plan body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, body, now -> new DeliveryCommand.Plan(now,
                body.milestones().stream().map(DeliveryRequests.MilestoneDto::toMilestone).toList()));
    }

    @POST
    @Path("/{id}/progress")
    @RolesAllowed({Roles.DELIVERY, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Report the week's progress to the customer", description = "Roles: delivery, manager, "
            + "admin. Needs the plan. Booked to the plan's calendar week in which it is reported (week 1 = the first 7 "
            + "days after the first plan, server time; dealstream.delivery.progress-every); each week's report is due at "
            + "the week's end, and a missed week appends ProgressReportOverdue once. A later report is on time for its "
            + "own week.")
    public Uni<Response> progress(@PathParam("id") UUID id, @Valid @NotNull Progress body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, body, now -> new DeliveryCommand.ReportProgress(now, body.summary(),
                body.issues().stream().map(DeliveryRequests.IssueDto::toIssue).toList()));
    }

    @POST
    @Path("/{id}/milestones/{milestoneId}/completion")
    @RolesAllowed({Roles.DELIVERY, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Complete a milestone")
    public Uni<Response> complete(@PathParam("id") UUID id, @PathParam("milestoneId") String milestoneId,
            @RequestBody(required = false, description = "Optional: when it was completed (default now)") @Valid Completion body,
            @BeanParam CommandHeaders headers) {
        Completion completion = body == null ? new Completion(null) : body;
        return run(id, headers, completion,
                now -> new DeliveryCommand.CompleteMilestone(now, milestoneId, completion.completedAt()));
    }

    @POST
    @Path("/{id}/acceptance")
    @RolesAllowed({Roles.DELIVERY, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Record the acceptance report signed by both sides", description = "Roles: delivery, "
            + "manager, admin. The customer's signatory AND ours, each with role, time and method (422 both-sides-sign). "
            + "Only with every milestone complete (422 otherwise), or with an overrideReason. Opens the 3-day callback "
            + "and the 1-month survey deadlines.")
    public Uni<Response> accept(@PathParam("id") UUID id, @Valid @NotNull Acceptance body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, body, now -> new DeliveryCommand.SignAcceptance(now, body.reportRef(),
                SignatureDto.toSignatures(body.signatures()), body.overrideReason()));
    }

    @POST
    @Path("/{id}/callback")
    @RolesAllowed({Roles.DELIVERY, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Record the first after-sales callback", description = "Due within 3 days of acceptance.")
    public Uni<Response> callback(@PathParam("id") UUID id, @Valid @NotNull Callback body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, body, now -> new DeliveryCommand.CompleteCallback(now, body.at(),
                body.notes(), List.copyOf(body.adjustmentsRequested())));
    }

    @POST
    @Path("/{id}/maintenance")
    @RolesAllowed({Roles.DELIVERY, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Log a maintenance visit", description = "Monthly inspection, quarterly training, or other.")
    public Uni<Response> maintenance(@PathParam("id") UUID id, @Valid @NotNull Maintenance body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, body,
                now -> new DeliveryCommand.LogMaintenance(now, body.kind(), body.at(), body.notes()));
    }

    @POST
    @Path("/{id}/survey")
    @RolesAllowed({Roles.DELIVERY, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Record the satisfaction survey", description = "Due one month after acceptance "
            + "(dealstream.delivery.survey-after) and taken after real use: earlier than three weeks after acceptance "
            + "(dealstream.delivery.survey-earliest) it is refused, 409 survey-too-early. Scores 1-5 "
            + "(dealstream.delivery.score-max); the event records the scale.")
    public Uni<Response> survey(@PathParam("id") UUID id, @Valid @NotNull Survey body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, body, now -> new DeliveryCommand.Survey(now, body.serviceQuality(),
                body.solutionEffect(), body.responseSpeed(), body.teamwork(), body.overall(), body.suggestions()));
    }

    @POST
    @Path("/{id}/upsells")
    @RolesAllowed({Roles.DELIVERY, Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Recommend an upgrade or related product", description = "lead-service captures a "
            + "REPEAT_PURCHASE lead from it.")
    public Uni<Response> upsell(@PathParam("id") UUID id, @Valid @NotNull Upsell body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, body,
                now -> new DeliveryCommand.IdentifyUpsell(now, body.product(), body.rationale()));
    }

    @POST
    @Path("/{id}/referrals")
    @RolesAllowed({Roles.DELIVERY, Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Record a referral with its incentive", description = "lead-service captures a REFERRAL lead.")
    public Uni<Response> referral(@PathParam("id") UUID id, @Valid @NotNull Referral body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, body, now -> new DeliveryCommand.RecordReferral(now,
                body.referredCompany(), body.contact().toContact(), body.incentive()));
    }

    @POST
    @Path("/{id}/community")
    @RolesAllowed({Roles.DELIVERY, Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Add the customer to an industry community")
    public Uni<Response> community(@PathParam("id") UUID id, @Valid @NotNull Community body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, body, now -> new DeliveryCommand.JoinCommunity(now, body.community()));
    }

    private Uni<Response> run(UUID id, CommandHeaders headers, Object body,
            Function<Instant, DeliveryCommand> command) {
        OptionalLong expected = headers.expectedVersion();
        String actor = caller.actor();
        return idempotent.run(headers, body, tx ->
                deliveries.handle(tx, id, expected, command.apply(store.clock().instant()), UUID.randomUUID(), actor)
                        .map(outcome -> CommandAccepted.reply(id, outcome, DeliveryCreations::of)));
    }
}
