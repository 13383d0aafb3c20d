package io.dealstream.console.services;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** pipeline-service's published API: where every opportunity stands, and the funnel. */
@RegisterRestClient(configKey = "pipeline")
@RegisterClientHeaders(ForwardSignedInToken.class)
@Path("/pipeline")
public interface PipelineApi {

    /** A page of opportunities, most urgent first; a null criterion narrows nothing. */
    @GET
    Page<Opportunity> list(@QueryParam("stage") String stage, @QueryParam("overdue") Boolean overdue,
            @QueryParam("owner") String owner, @QueryParam("scenario") String scenario, @QueryParam("q") String text,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/opportunities/{id}")
    Opportunity opportunity(@PathParam("id") UUID id);

    @GET
    @Path("/funnel")
    Funnel funnel(@QueryParam("asOf") String asOf);

    record Opportunity(UUID opportunityId, String customerName, String scenario, String owner, String stage,
            String outcome, BigDecimal value, String currency, Instant nextDeadlineAt, String nextDeadlineKind,
            boolean overdue, Instant createdAt, Instant updatedAt, int cycle) {
    }

    record StageFigures(String stage, long entered, BigDecimal conversionToNextPercent, BigDecimal averageDaysBeforeNext) {
    }

    record Funnel(Instant asOf, List<StageFigures> stages, long won, long lost, BigDecimal winRatePercent) {
    }
}
