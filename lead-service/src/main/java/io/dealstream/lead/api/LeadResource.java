package io.dealstream.lead.api;

import jakarta.ws.rs.BeanParam;
import io.dealstream.eventstore.http.CreateHeaders;
import io.dealstream.eventstore.EventStore;
import io.dealstream.eventstore.http.Caller;
import io.dealstream.eventstore.http.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.dealstream.events.lead.Channel;
import io.dealstream.events.lead.Intent;
import io.dealstream.events.lead.Tier;
import io.dealstream.lead.domain.LeadStatus;
import io.dealstream.lead.projection.LeadFilter;
import io.dealstream.lead.projection.Page;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import io.dealstream.eventstore.domain.NotFound;
import io.dealstream.eventstore.http.CommandReply;
import io.dealstream.eventstore.http.HistoryEntry;
import io.dealstream.eventstore.http.IdempotentCommands;
import io.dealstream.eventstore.http.QueryParams;
import io.dealstream.events.common.Scenario;
import io.dealstream.lead.projection.AccountQueries;
import io.dealstream.lead.application.LeadService;
import io.dealstream.lead.domain.LeadCommand;
import io.dealstream.lead.projection.LeadQueries;
import io.dealstream.lead.projection.LeadView;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Stage 1 over REST: capture and read leads. */
@Path("/leads")
@Tag(name = "Leads", description = "Lead capture and the customer tier list")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LeadResource {

    private final EventStore store;
    private final Caller caller;
    private final LeadService leads;
    private final IdempotentCommands idempotent;

    public LeadResource(EventStore store, LeadService leads, IdempotentCommands idempotent, Caller caller) {
        this.caller = caller;
        this.store = store;
        this.leads = leads;
        this.idempotent = idempotent;
    }

    @POST
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Capture a lead", description = "Records the lead (LeadCaptured). Its id is the opportunity "
            + "id every later stage carries. Leads or accounts that look like the same customer are returned in "
            + "possibleDuplicates; merge them with POST /leads/{id}/merge. Roles: sales, manager, admin. The scenario "
            + "follows the customer: without one, a lead for a registered account (accountId) is REPEAT_PURCHASE, "
            + "else NEW_CUSTOMER; an unknown accountId or referredByAccountId is 422 unknown-account.")
    @APIResponse(responseCode = "201", description = "Captured; Location names the lead, ETag its version")
    @APIResponse(responseCode = "400", description = "Invalid request (problem+json naming the field)")
    public Uni<Response> capture(@Valid @NotNull CaptureLeadRequest request,
            @BeanParam CreateHeaders headers) {
        UUID leadId = UUID.randomUUID();
        LeadCommand.Capture capture = new LeadCommand.Capture(store.clock().instant(), leadId, request.accountId(),
                request.customerName(), request.contact().toContact(), request.channel(), request.sourceTag(),
                request.needSummary(), request.scenario(), request.referredByAccountId(), request.industry(),
                request.owner());
        return idempotent.run(headers, request, tx ->
                knownAccount(tx, request.accountId(), "accountId")
                        .chain(() -> knownAccount(tx, request.referredByAccountId(), "referredByAccountId"))
                        .chain(() -> LeadQueries.duplicates(tx.connection(), request.customerName(),
                                request.contact().email(), request.contact().phone(), leadId))
                        .chain(duplicates -> leads.capture(tx, capture, UUID.randomUUID(), caller.actor())
                                .map(outcome -> CommandReply.created("/leads/" + leadId,
                                        new CommandAccepted(leadId, outcome.streamVersion(),
                                                outcome.appended().stream().map(e -> e.envelope().eventType()).toList(),
                                                duplicates),
                                        outcome.streamVersion()))));
    }

    /** A lead names only an account that is registered (its scenario follows from it). */
    private static Uni<Void> knownAccount(io.dealstream.eventstore.EventStoreTx tx, UUID accountId, String field) {
        if (accountId == null) {
            return Uni.createFrom().voidItem();
        }
        return AccountQueries.byId(tx.connection(), accountId).map(found -> {
            if (found.isEmpty()) {
                throw io.dealstream.eventstore.domain.DomainRuleViolation.unprocessable("unknown-account",
                        field + " " + accountId + " names no registered account; register it with POST /accounts");
            }
            return null;
        });
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One lead", description = "The lead as projected from its events; ETag is its version.")
    @APIResponse(responseCode = "404", description = "No such lead")
    @APIResponse(responseCode = "200", description = "The lead; ETag is its version", content = {
            @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = LeadView.class))})
    public Uni<Response> get(@PathParam("id") UUID id) {
        return LeadQueries.byId(store.pool(), id).map(found -> {
            LeadView lead = found.orElseThrow(() -> new NotFound("lead", id));
            return Response.ok(lead).tag(Long.toString(lead.version())).build();
        });
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "The lead's events", description = "The audit timeline: every event of the lead, in order.")
    public Uni<List<HistoryEntry>> history(@PathParam("id") UUID id) {
        return HistoryEntry.of(store, "lead", id);
    }

    @GET
    @Operation(summary = "Search leads", description = "Filters combine with AND; q is a case-insensitive substring "
            + "of the customer name. Newest first.")
    public Uni<Page<LeadView>> list(
            @Parameter(schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = Tier.class))
            @QueryParam("tier") String tier,
            @Parameter(schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = Intent.class))
            @QueryParam("intent") String intent,
            @Parameter(schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = Channel.class))
            @QueryParam("channel") String channel,
            @Parameter(schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = Scenario.class))
            @QueryParam("scenario") String scenario,
            @Parameter(schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = LeadStatus.class))
            @QueryParam("status") String status,
            @QueryParam("overdue") Boolean overdue,
            @QueryParam("owner") @Size(max = 200) String owner, @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        LeadFilter filter = new LeadFilter(QueryParams.enumName(Tier.class, "tier", tier),
                QueryParams.enumName(Intent.class, "intent", intent), QueryParams.enumName(Channel.class, "channel", channel),
                QueryParams.enumName(Scenario.class, "scenario", scenario),
                QueryParams.enumName(LeadStatus.class, "status", status), overdue, owner, q, null);
        return LeadQueries.list(store.pool(), filter, "created_at DESC, lead_id", page, size);
    }

    @GET
    @Path("/tiers")
    @Operation(summary = "The customer tier list", description = "Open leads per tier (HIGH, MEDIUM, LOW) and how "
            + "many are overdue; list one tier with GET /leads?tier=...")
    public Uni<List<LeadQueries.TierCount>> tiers() {
        return LeadQueries.tiers(store.pool());
    }
}
