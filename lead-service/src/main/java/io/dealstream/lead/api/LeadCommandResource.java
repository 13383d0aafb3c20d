package io.dealstream.lead.api;

import jakarta.ws.rs.BeanParam;
import io.dealstream.eventstore.http.CommandHeaders;
import io.dealstream.eventstore.http.BudgetRangeDto;
import io.dealstream.eventstore.CommandExecutor;
import io.dealstream.eventstore.EventStore;
import io.dealstream.eventstore.http.Caller;
import io.dealstream.eventstore.http.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.dealstream.eventstore.EventStoreTx;
import io.dealstream.eventstore.http.CommandReply;
import io.dealstream.eventstore.http.IdempotentCommands;
import io.dealstream.lead.api.LeadCommandRequests.Disqualification;
import io.dealstream.lead.api.LeadCommandRequests.FirstContact;
import io.dealstream.lead.api.LeadCommandRequests.FollowUp;
import io.dealstream.lead.api.LeadCommandRequests.Merge;
import io.dealstream.lead.api.LeadCommandRequests.NurtureMaterial;
import io.dealstream.lead.api.LeadCommandRequests.Qualification;
import io.dealstream.lead.api.LeadCommandRequests.Reactivation;
import io.dealstream.lead.application.LeadService;
import io.dealstream.lead.domain.Lead;
import io.dealstream.lead.domain.LeadCommand;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The stage-1 commands on a lead. Each answers with the new stream version (also the ETag); If-Match
 * guards against lost updates, Idempotency-Key makes retries safe.
 */
@Path("/leads/{id}")
@Tag(name = "Leads")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "200", description = "Accepted: the new stream version and the events")
@APIResponse(responseCode = "400", description = "Invalid request, naming the field (problem+json)")
@APIResponse(responseCode = "404", description = "No such lead")
@APIResponse(responseCode = "409", description = "Stale If-Match version, or the lead's state forbids the command")
@APIResponse(responseCode = "422", description = "A business rule of the SOP is broken (named in 'rule')")
public class LeadCommandResource {

    private final EventStore store;
    private final Caller caller;
    private final LeadService leads;
    private final IdempotentCommands idempotent;

    public LeadCommandResource(EventStore store, LeadService leads, IdempotentCommands idempotent, Caller caller) {
        this.caller = caller;
        this.store = store;
        this.leads = leads;
        this.idempotent = idempotent;
    }

    @POST
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Path("/first-contact")
    @Operation(summary = "Log the first contact", description = "Records what was learned and grades the intent by "
            + "the SOP rule (need + budget = HIGH, need only = MEDIUM, no clear need = LOW), which opens the tier's "
            + "deadline: deep conversation within 24 h, follow-up in 7 days, or quarterly reactivation.")
    public Uni<Response> firstContact(@PathParam("id") UUID id, @Valid @NotNull FirstContact body,
            @Parameter(description = "expected version, e.g. \"1\"") @BeanParam CommandHeaders headers) {
        return run(id, headers, body, now -> new LeadCommand.LogFirstContact(now, body.via(),
                body.contactedAt(), body.summary(), body.needStated(), BudgetRangeDto.toBudgetRange(body.budgetRange())));
    }

    @POST
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Path("/qualification")
    @Operation(summary = "Re-grade or override the intent grade", description = "Roles: sales, manager, admin. "
            + "Without intent, the grade is derived from the facts; an intent that differs from the SOP grade is an "
            + "override: a manager's act (403 override-needs-manager otherwise) with a reason, recorded as such.")
    public Uni<Response> qualify(@PathParam("id") UUID id, @Valid @NotNull Qualification body,
            @BeanParam CommandHeaders headers) {
        boolean manager = caller.hasRole(Roles.MANAGER);
        return run(id, headers, body, now -> new LeadCommand.Qualify(now, body.needStated(),
                BudgetRangeDto.toBudgetRange(body.budgetRange()), body.intent(), body.reason(), manager));
    }

    @POST
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Path("/nurture-material")
    @Operation(summary = "Log material pushed to a MEDIUM lead in the nurture pool")
    public Uni<Response> nurture(@PathParam("id") UUID id, @Valid @NotNull NurtureMaterial body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, body,
                now -> new LeadCommand.SendNurtureMaterial(now, body.material(), body.channel()));
    }

    @POST
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Path("/follow-ups")
    @Operation(summary = "Log a follow-up", description = "Meets the open follow-up deadline; nextFollowUpAt opens "
            + "the next one; new facts (needStated, budgetRange) re-grade the lead.")
    public Uni<Response> followUp(@PathParam("id") UUID id, @Valid @NotNull FollowUp body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, body, now -> new LeadCommand.LogFollowUp(now, body.notes(),
                body.outcome(), body.nextFollowUpAt(), body.needStated(), BudgetRangeDto.toBudgetRange(body.budgetRange())));
    }

    @POST
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Path("/scenario")
    @Operation(summary = "Change the opportunity's scenario", description = "Roles: manager, admin (403 "
            + "scenario-needs-manager otherwise). E.g. flag a lead or a running opportunity KEY_ACCOUNT, with a reason "
            + "(ScenarioChanged). needs-, proposal- and deal-service follow it: for a KEY_ACCOUNT, proposal acceptance "
            + "and contract sending need a manager, the proposal names its custom parts, and the negotiation expects "
            + "several rounds.")
    public Uni<Response> changeScenario(@PathParam("id") UUID id, @Valid @NotNull LeadCommandRequests.ScenarioChange body,
            @BeanParam CommandHeaders headers) {
        String actor = caller.actor();
        boolean manager = caller.hasRole(Roles.MANAGER);
        return run(id, headers, body, now -> new LeadCommand.ChangeScenario(now, body.scenario(),
                body.reason(), actor, manager));
    }

    @POST
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Path("/reactivation")
    @Operation(summary = "Reactivate a deferred or disqualified lead", description = "Back to CONTACTED, to be graded again.")
    public Uni<Response> reactivate(@PathParam("id") UUID id, @Valid @NotNull Reactivation body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, body, now -> new LeadCommand.Reactivate(now, body.notes()));
    }

    @POST
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Path("/disqualification")
    @Operation(summary = "Disqualify the lead with a reason", description = "Cancels its open deadlines.")
    public Uni<Response> disqualify(@PathParam("id") UUID id, @Valid @NotNull Disqualification body,
            @BeanParam CommandHeaders headers) {
        return run(id, headers, body, now -> new LeadCommand.Disqualify(now, body.reason()));
    }

    @POST
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Path("/merge")
    @Operation(summary = "Merge a duplicate lead into this one", description = "This lead survives; the merged lead "
            + "is closed and points to it. Both keep their histories (LeadsMerged on both streams). If-Match guards "
            + "this lead.")
    public Uni<Response> merge(@PathParam("id") UUID id, @Valid @NotNull Merge body,
            @BeanParam CommandHeaders headers) {
        OptionalLong expected = headers.expectedVersion();
        UUID correlation = UUID.randomUUID();
        return idempotent.run(headers, body, tx -> {
            Instant now = store.clock().instant();
            return leads.handle(tx, body.mergedLeadId(), OptionalLong.empty(),
                            new LeadCommand.MergeInto(now, id), correlation, null, caller.actor())
                    .chain(() -> leads.handle(tx, id, expected, new LeadCommand.Absorb(now, body.mergedLeadId()),
                            correlation, null, caller.actor()))
                    .map(outcome -> reply(id, outcome));
        });
    }

    private Uni<Response> run(UUID id, CommandHeaders headers, Object body,
            Function<Instant, LeadCommand> command) {
        OptionalLong expected = headers.expectedVersion();
        return idempotent.run(headers, body, (EventStoreTx tx) ->
                leads.handle(tx, id, expected, command.apply(store.clock().instant()), UUID.randomUUID(), null,
                        caller.actor()).map(outcome -> reply(id, outcome)));
    }

    static CommandReply reply(UUID id, CommandExecutor.Outcome<Lead> outcome) {
        return CommandReply.ok(new CommandAccepted(id, outcome.streamVersion(),
                outcome.appended().stream().map(e -> e.envelope().eventType()).toList(), List.of()),
                outcome.streamVersion());
    }
}
