package io.dealstream.pipeline.api;

import io.dealstream.eventstore.EventStore;
import io.dealstream.eventstore.domain.NotFound;
import io.dealstream.eventstore.http.Paging;
import io.dealstream.eventstore.http.BadRequest;
import io.dealstream.pipeline.projection.PipelineProjection;
import io.dealstream.pipeline.projection.PipelineQueries;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The pipeline view for frontends: where every opportunity stands, and the funnel as of any date. */
@Path("/pipeline")
@Tag(name = "Pipeline", description = "Read-only view over all five stages")
@Produces(MediaType.APPLICATION_JSON)
public class PipelineResource {

    private final EventStore store;

    public PipelineResource(EventStore store) {
        this.store = store;
    }

    @GET
    @Operation(summary = "Every opportunity", description = "Current stage (LEAD, NEEDS, PROPOSAL, NEGOTIATION, "
            + "DELIVERY), scenario, owner, value, next deadline and whether it is overdue; most urgent first.")
    public Uni<Paging.Page<PipelineQueries.OpportunityView>> list(@QueryParam("stage") String stage, @QueryParam("overdue") Boolean overdue,
            @Parameter(description = "the owner's user name, exactly") @QueryParam("owner") @Size(max = 200) String owner,
            @Parameter(description = "NEW_CUSTOMER, KEY_ACCOUNT or REPEAT") @QueryParam("scenario") @Size(max = 50) String scenario,
            @Parameter(description = "part of the customer's name, any case") @QueryParam("q") @Size(max = 200) String text,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        if (stage != null && !PipelineProjection.STAGES.contains(stage)) {
            throw new BadRequest("stage", "unknown stage '" + stage + "'; allowed: " + PipelineProjection.STAGES);
        }
        return PipelineQueries.list(store.pool(), new PipelineQueries.Criteria(stage, overdue, owner, scenario, text), page, size);
    }

    @GET
    @Path("/opportunities/{id}")
    @Operation(summary = "Where one opportunity stands")
    public Uni<PipelineQueries.OpportunityView> one(@PathParam("id") UUID id) {
        return PipelineQueries.byId(store.pool(), id).map(v -> {
            if (v == null) {
                throw new NotFound("opportunity", id);
            }
            return v;
        });
    }

    @GET
    @Path("/funnel")
    @Operation(summary = "The funnel", description = "Opportunities that entered each stage, conversion to the next, "
            + "average days before moving on, deals won and lost and the win rate - as of now, or as of any past "
            + "instant (asOf, ISO-8601), replayed from the events' times.")
    public Uni<PipelineQueries.Funnel> funnel(@QueryParam("asOf") String asOf) {
        Instant at;
        try {
            at = asOf == null || asOf.isBlank() ? store.clock().instant() : Instant.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new BadRequest("asOf", "an ISO-8601 instant, e.g. 2026-01-15T09:30:00Z");
        }
        return PipelineQueries.funnel(store.pool(), at);
    }
}
