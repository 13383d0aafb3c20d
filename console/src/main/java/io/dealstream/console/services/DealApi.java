package io.dealstream.console.services;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** deal-service's published reads the console shows. */
@RegisterRestClient(configKey = "deal")
@RegisterClientHeaders(ForwardSignedInToken.class)
@Path("/")
public interface DealApi extends StageReads {

    @Override
    @GET
    @Path("deals/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode record(@PathParam("id") UUID id);

    @Override
    @GET
    @Path("deals/{id}/history")
    List<HistoryEntry> history(@PathParam("id") UUID id);

    /** The contract as the service prints it. */
    @GET
    @Path("deals/{id}/contract")
    @Produces(MediaType.TEXT_HTML)
    String printable(@PathParam("id") UUID id);

    /** Deals in one status, most recently changed first. */
    @GET
    @Path("deals")
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode list(@QueryParam("status") String status, @QueryParam("size") int size);

    @Override
    @GET
    @Path("deals/{id}/links")
    @Produces(MediaType.APPLICATION_JSON)
    List<CustomerLinkRow> links(@PathParam("id") UUID id);
}
