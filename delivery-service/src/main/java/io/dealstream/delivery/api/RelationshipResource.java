package io.dealstream.delivery.api;

import io.dealstream.delivery.projection.DeliveryQueries;
import io.dealstream.eventstore.EventStore;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The stage-6 outputs across customers: satisfaction report, referral list, community member list. */
@Path("/")
@Tag(name = "After-sales reports")
@Produces(MediaType.APPLICATION_JSON)
public class RelationshipResource {

    private final EventStore store;

    public RelationshipResource(EventStore store) {
        this.store = store;
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
