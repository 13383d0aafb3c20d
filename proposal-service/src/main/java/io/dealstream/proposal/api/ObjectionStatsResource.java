package io.dealstream.proposal.api;

import io.dealstream.eventstore.EventStore;
import io.dealstream.proposal.projection.ProposalQueries;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Objection statistics across all proposals. */
@Path("/objections")
@Tag(name = "Objections", description = "What customers object to, and how it ends")
@Produces(MediaType.APPLICATION_JSON)
public class ObjectionStatsResource {

    private final EventStore store;

    public ObjectionStatsResource(EventStore store) {
        this.store = store;
    }

    @GET
    @Path("/stats")
    @Operation(summary = "Objections by type and outcome", description = "outcome OPEN means no outcome yet; overdue "
            + "counts those not answered within 24 h.")
    public Uni<List<ProposalQueries.ObjectionStat>> stats() {
        return ProposalQueries.objectionStats(store.pool());
    }
}
