package io.dealstream.lead.api;

import io.dealstream.eventstore.EventStore;
import io.dealstream.lead.projection.LeadFilter;
import io.dealstream.lead.projection.LeadQueries;
import io.dealstream.lead.projection.LeadView;
import io.dealstream.lead.projection.Page;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The morning work list of a salesperson. */
@Path("/follow-ups")
@Tag(name = "Follow-ups", description = "Follow-ups due: deep conversations, nurture follow-ups, reactivations")
@Produces(MediaType.APPLICATION_JSON)
public class FollowUpResource {

    private final EventStore store;

    public FollowUpResource(EventStore store) {
        this.store = store;
    }

    @GET
    @Path("/due")
    @Operation(summary = "Follow-ups due", description = "Open leads whose next follow-up (deep conversation, "
            + "nurture follow-up, reactivation) is due before the given time, most urgent first; overdue ones "
            + "included.")
    public Uni<Page<LeadView>> due(@QueryParam("before") @NotNull Instant before,
            @QueryParam("owner") @Size(max = 200) String owner,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        LeadFilter filter = new LeadFilter(null, null, null, null, null, null, owner, null, before);
        return LeadQueries.list(store.pool(), filter, "next_follow_up_at, lead_id", page, size);
    }

}
