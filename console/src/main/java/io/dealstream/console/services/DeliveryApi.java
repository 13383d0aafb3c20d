package io.dealstream.console.services;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** delivery-service's published reads the console shows. */
@RegisterRestClient(configKey = "delivery")
@RegisterClientHeaders(ForwardSignedInToken.class)
@Path("/")
public interface DeliveryApi extends StageReads {

    @Override
    @GET
    @Path("deliveries/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode record(@PathParam("id") UUID id);

    @Override
    @GET
    @Path("deliveries/{id}/history")
    List<HistoryEntry> history(@PathParam("id") UUID id);

    @Override
    @GET
    @Path("deliveries/{id}/links")
    @Produces(MediaType.APPLICATION_JSON)
    List<CustomerLinkRow> links(@PathParam("id") UUID id);
}
