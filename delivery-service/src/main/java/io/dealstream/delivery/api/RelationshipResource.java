package io.dealstream.delivery.api;

import jakarta.ws.rs.BeanParam;
import io.dealstream.eventstore.http.CreateHeaders;
import io.dealstream.delivery.projection.DeliveryQueries;
import io.dealstream.delivery.domain.CommunityDecider;
import io.dealstream.delivery.projection.CommunityNews;
import io.dealstream.events.delivery.CommunityNewsPublished;
import io.dealstream.eventstore.CommandExecutor;
import io.dealstream.eventstore.DeadlineRules;
import io.dealstream.eventstore.http.Caller;
import io.dealstream.eventstore.http.CommandAccepted;
import io.dealstream.eventstore.http.IdempotentCommands;
import io.dealstream.eventstore.http.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.OptionalLong;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.dealstream.eventstore.EventStore;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The stage-6 outputs across customers: satisfaction report, referral list, community member list, and each
 * community's news and events.
 */
@Path("/")
@Tag(name = "After-sales reports")
@Produces(MediaType.APPLICATION_JSON)
public class RelationshipResource {

    private final EventStore store;
    private final IdempotentCommands idempotent;
    private final Caller caller;
    private final CommandExecutor<?, CommunityDecider.Publish> communities = new CommandExecutor<>("community",
            new CommunityDecider(), DeadlineRules.none(), CommunityNews.INSTANCE);

    public RelationshipResource(EventStore store, IdempotentCommands idempotent, Caller caller) {
        this.store = store;
        this.caller = caller;
        this.idempotent = idempotent;
    }

    @Schema(description = "News or an event (with its day) for a community's members", example = """
            {"community": "Rail Maintenance Circle", "kind": "EVENT", "title": "Predictive maintenance day",
             "text": "Two members show their first year of predictive planning.", "eventDate": "2027-03-18"}""")
    public record NewsDto(@NotBlank @Size(max = 200) String community, @NotNull CommunityNewsPublished.Kind kind,
            @NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 20_000) String text, LocalDate eventDate) {
    }

    @POST
    @Path("community/news")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.DELIVERY, Roles.ADMIN})
    @Operation(summary = "Publish news or an event to a community", description = "Roles: sales, manager, delivery, "
            + "admin. An EVENT names its day, not in the past (422 event-date-required / event-date-in-past).")
    public Uni<Response> publish(@Valid @NotNull NewsDto body, @BeanParam CreateHeaders headers) {
        UUID community = CommunityDecider.streamOf(body.community());
        return idempotent.run(headers, body, tx -> communities.execute(tx, community, OptionalLong.empty(),
                        new CommunityDecider.Publish(store.clock().instant(), body.community(), body.kind(), body.title(),
                                body.text(), body.eventDate()), UUID.randomUUID(), null, caller.actor())
                .map(outcome -> CommandAccepted.reply(community, outcome)));
    }

    @GET
    @Path("community/news")
    @Operation(summary = "A community's news and events, newest first")
    public Uni<List<CommunityNews.Item>> news(@QueryParam("community") @NotBlank @Size(max = 200) String community) {
        return CommunityNews.of(store.pool(), CommunityDecider.streamOf(community));
    }

    @GET
    @Path("satisfaction/report")
    @Operation(summary = "The satisfaction report", description = "Averages per dimension (1-5), overall verdicts, "
            + "and each customer's evaluation.")
    public Uni<DeliveryQueries.SatisfactionReport> satisfaction() {
        return DeliveryQueries.satisfaction(store.pool());
    }

    @GET
    @Path("referrals")
    @Operation(summary = "The referral list")
    public Uni<List<DeliveryQueries.Referral>> referrals() {
        return DeliveryQueries.referrals(store.pool());
    }

    @GET
    @Path("community/members")
    @Operation(summary = "The community member list")
    public Uni<List<DeliveryQueries.CommunityMember>> communityMembers() {
        return DeliveryQueries.communityMembers(store.pool());
    }
}
